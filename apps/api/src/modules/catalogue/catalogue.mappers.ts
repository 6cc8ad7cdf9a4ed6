import type { AdminServiceSummary, ServiceDetail, ServiceVersion } from '@pintu/contract'
import type {
  CatalogueRepository,
  ServiceTypeRow,
  ServiceVersionRow,
  VersionWithNames,
} from './catalogue.repository.ts'

/** Versions seeded from @pintu/catalogue carry this actor id; it belongs to no account. */
export const SEED_ACTOR_ID = '00000000-0000-0000-0000-000000000000'
const SEED_ACTOR_NAME = 'Data awal katalog (seed)'

const iso = (date: Date | null) => (date ? date.toISOString() : null)
const nameOf = (id: string | null, name: string | null) => (id === SEED_ACTOR_ID ? SEED_ACTOR_NAME : (name ?? ''))

export function toServiceDetail(type: ServiceTypeRow, version: ServiceVersionRow): ServiceDetail {
  return {
    version: version.version,
    versionId: version.id,
    validFrom: iso(version.validFrom)!,
    retired:
      type.retiredAt && type.retiredReason ? { at: type.retiredAt.toISOString(), reason: type.retiredReason } : null,
    definition: version.definition,
  }
}

export function toServiceVersion(row: VersionWithNames): ServiceVersion {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    status: row.status,
    revision: row.revision,
    validFrom: iso(row.validFrom),
    validTo: iso(row.validTo),
    createdBy: nameOf(row.createdBy, row.createdByName),
    updatedBy: nameOf(row.updatedBy, row.updatedByName),
    publishedBy: row.publishedBy ? nameOf(row.publishedBy, row.publishedByName) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    definition: row.definition,
  }
}

export function toAdminSummary(
  row: Awaited<ReturnType<CatalogueRepository['adminList']>>[number],
): AdminServiceSummary {
  return {
    code: row.type.code,
    kind: row.type.kind,
    sector: row.type.sector as AdminServiceSummary['sector'],
    name: row.definition.name,
    currentVersion: row.currentVersion === null ? null : Number(row.currentVersion),
    openDraft: row.draftId
      ? { id: row.draftId, version: row.draftVersion!, createdBy: row.draftCreatedBy ?? '' }
      : null,
    retiredAt: iso(row.type.retiredAt),
  }
}
