import {
  checkServiceDefinition,
  type AdminServiceListQuery,
  type AdminServiceListResponse,
  type CreateDraftBody,
  type PublishDraftBody,
  type RetireServiceBody,
  type ServiceDefinition,
  type ServiceDetail,
  type ServiceListQuery,
  type ServiceListResponse,
  type ServiceVersion,
  type ServiceVersionList,
  type UpdateDraftBody,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { uniqueViolation } from '../../db/unique-violation.ts'
import { AppError, conflict, fieldError, forbidden, notFound } from '../../errors/app-error.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { CatalogueRepository, ServiceTypeRow } from './catalogue.repository.ts'
import { toAdminSummary, toServiceDetail, toServiceVersion } from './catalogue.mappers.ts'
import { searchTextOf, searchWords } from './search-text.ts'

export interface CatalogueDeps {
  db: Db
  catalogue: CatalogueRepository
  changes: ChangeRecord
  clock: Clock
  office: Office
  /** Whether one account set the other up (identity module): such a pair is one person for dual control. */
  areRelated(ex: Executor, a: string, b: string): Promise<boolean>
}

export interface ActorContext {
  actorId: string
  requestId: string
}

/** A publication may be dated a little before "now" to absorb clock skew between admin and server. */
const VALID_FROM_SKEW_MS = 60_000

function paging(query: { page?: number; pageSize?: number }) {
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize }
}

/** Rules the JSON schema cannot express; the code of a service never changes between versions. */
function assertConsistent(definition: ServiceDefinition, expectedCode?: string) {
  if (expectedCode && definition.code !== expectedCode) {
    throw fieldError('/code', 'catalogue.code_mismatch')
  }
  const problems = checkServiceDefinition(definition)
  if (problems.length) {
    throw new AppError('catalogue.invalid_definition', {
      problems: problems.map((p) => ({ field: p.path, code: p.code, message: p.message })),
    })
  }
}

export async function searchServices(deps: CatalogueDeps, query: ServiceListQuery): Promise<ServiceListResponse> {
  const { page, pageSize, limit, offset } = paging(query)
  const filter = {
    officeId: deps.office.id,
    at: deps.clock.now(),
    words: searchWords(query.q),
    kind: query.kind,
    sector: query.sector,
  }
  const rows = await deps.catalogue.searchInForce(deps.db, { ...filter, limit, offset })
  const total = rows[0]?.total ?? (offset > 0 ? await deps.catalogue.countInForce(deps.db, filter) : 0)
  return {
    // What each result lists comes from the published definitions the process keeps, not from
    // the database: reading it there de-TOASTs each version's whole definition on every search.
    items: await Promise.all(
      rows.map(async ({ total: _total, versionId, ...row }) => {
        const { definition } = (await deps.catalogue.pinnedDefinition(deps.db, versionId))!
        return {
          ...row,
          sector: row.sector as ServiceListResponse['items'][number]['sector'],
          name: definition.name,
          ...(definition.shortName && { shortName: definition.shortName }),
          description: definition.description,
          slaDays: definition.slaDays,
          feeKind: definition.fee.kind,
        }
      }),
    ),
    total,
    page,
    pageSize,
  }
}

async function requireType(deps: CatalogueDeps, ex: Executor, code: string): Promise<ServiceTypeRow> {
  const type = await deps.catalogue.findType(ex, deps.office.id, code)
  if (!type) throw notFound('catalogue.not_found')
  return type
}

export async function getService(deps: CatalogueDeps, code: string): Promise<ServiceDetail> {
  const type = await requireType(deps, deps.db, code)
  const version = await deps.catalogue.currentVersion(deps.db, type, deps.clock.now())
  if (!version) throw notFound('catalogue.not_found')
  return toServiceDetail(type, version)
}

export async function adminListServices(
  deps: CatalogueDeps,
  query: AdminServiceListQuery,
): Promise<AdminServiceListResponse> {
  const { page, pageSize, limit, offset } = paging(query)
  const rows = await deps.catalogue.adminList(deps.db, {
    officeId: deps.office.id,
    at: deps.clock.now(),
    words: searchWords(query.q),
    status: query.status,
    limit,
    offset,
  })
  return { items: rows.map(toAdminSummary), total: rows[0]?.total ?? 0, page, pageSize }
}

export async function listVersions(deps: CatalogueDeps, code: string): Promise<ServiceVersionList> {
  const type = await requireType(deps, deps.db, code)
  const rows = await deps.catalogue.versionsWithNames(deps.db, { serviceTypeId: type.id })
  return { items: rows.map(toServiceVersion) }
}

async function loadVersion(deps: CatalogueDeps, ex: Executor, id: string): Promise<ServiceVersion> {
  const [row] = await deps.catalogue.versionsWithNames(ex, { versionId: id })
  if (!row) throw notFound('catalogue.version_not_found')
  return toServiceVersion(row)
}

export async function getVersion(deps: CatalogueDeps, id: string): Promise<ServiceVersion> {
  const found = await deps.catalogue.findVersion(deps.db, deps.office.id, id)
  if (!found) throw notFound('catalogue.version_not_found')
  return loadVersion(deps, deps.db, id)
}

async function insertDraft(
  deps: CatalogueDeps,
  tx: Executor,
  type: ServiceTypeRow,
  definition: ServiceDefinition,
  ctx: ActorContext,
) {
  const now = deps.clock.now()
  const draft = await deps.catalogue.insertVersion(tx, {
    serviceTypeId: type.id,
    version: await deps.catalogue.nextVersionNumber(tx, type.id),
    status: 'draft',
    revision: 1,
    definition,
    searchText: searchTextOf(definition),
    createdBy: ctx.actorId,
    updatedBy: ctx.actorId,
    editorIds: [ctx.actorId],
    createdAt: now,
    updatedAt: now,
  })
  await deps.changes.record(tx, {
    action: 'catalogue.draft_created',
    entity: { type: 'service_version', id: draft.id },
    actor: { id: ctx.actorId, role: 'admin' },
    details: { code: type.code, version: draft.version },
    requestId: ctx.requestId,
  })
  return draft
}

export async function createService(
  deps: CatalogueDeps,
  definition: ServiceDefinition,
  ctx: ActorContext,
): Promise<ServiceVersion> {
  assertConsistent(definition)
  try {
    const id = await deps.db.transaction(async (tx) => {
      if (await deps.catalogue.findType(tx, deps.office.id, definition.code)) throw conflict('catalogue.code_taken')
      const type = await deps.catalogue.insertType(tx, {
        officeId: deps.office.id,
        code: definition.code,
        kind: definition.kind,
        sector: definition.sector,
        createdAt: deps.clock.now(),
      })
      return (await insertDraft(deps, tx, type, definition, ctx)).id
    })
    return loadVersion(deps, deps.db, id)
  } catch (error) {
    if (uniqueViolation(error) !== null) throw conflict('catalogue.code_taken')
    throw error
  }
}

export async function createDraft(
  deps: CatalogueDeps,
  code: string,
  body: CreateDraftBody,
  ctx: ActorContext,
): Promise<ServiceVersion> {
  try {
    const id = await deps.db.transaction(async (tx) => {
      const type = await requireType(deps, tx, code)
      if (type.retiredAt) throw conflict('catalogue.retired')
      const current = await deps.catalogue.currentVersion(tx, type, deps.clock.now())
      const definition = body.definition ?? current?.definition
      if (!definition) throw notFound('catalogue.version_not_found')
      assertConsistent(definition, code)
      return (await insertDraft(deps, tx, type, definition, ctx)).id
    })
    return loadVersion(deps, deps.db, id)
  } catch (error) {
    // The one-open-draft index: someone else opened a draft first.
    if (uniqueViolation(error) !== null) throw conflict('catalogue.draft_exists')
    throw error
  }
}

/** Loads a draft for change under a row lock, checking its state and the revision the admin saw. */
async function lockDraft(deps: CatalogueDeps, tx: Executor, id: string, revision: number) {
  const draft = await deps.catalogue.findVersion(tx, deps.office.id, id, true)
  if (!draft) throw notFound('catalogue.version_not_found')
  if (draft.status === 'published') throw conflict('catalogue.version_immutable')
  if (draft.status !== 'draft') throw conflict('catalogue.not_draft')
  if (draft.revision !== revision) throw conflict('catalogue.stale_revision')
  return draft
}

export async function updateDraft(
  deps: CatalogueDeps,
  id: string,
  body: UpdateDraftBody,
  ctx: ActorContext,
): Promise<ServiceVersion> {
  await deps.db.transaction(async (tx) => {
    const draft = await lockDraft(deps, tx, id, body.revision)
    assertConsistent(body.definition, draft.type.code)
    const now = deps.clock.now()
    await deps.catalogue.updateVersion(tx, id, {
      definition: body.definition,
      searchText: searchTextOf(body.definition),
      revision: draft.revision + 1,
      updatedBy: ctx.actorId,
      updatedAt: now,
      editorIds: [...new Set([...draft.editorIds, ctx.actorId])],
    })
    await deps.changes.record(tx, {
      action: 'catalogue.draft_edited',
      entity: { type: 'service_version', id: id },
      actor: { id: ctx.actorId, role: 'admin' },
      details: { code: draft.type.code, revision: draft.revision + 1 },
      requestId: ctx.requestId,
    })
  })
  return loadVersion(deps, deps.db, id)
}

/**
 * Dual control (SPEC §3): nobody who created or edited a draft may publish it, nor anyone whose
 * account one of its editors set up (or who set up an editor's): a second account of the same
 * person is not a second person.
 */
export async function publishDraft(
  deps: CatalogueDeps,
  id: string,
  body: PublishDraftBody,
  ctx: ActorContext,
): Promise<ServiceVersion> {
  await deps.db.transaction(async (tx) => {
    const draft = await lockDraft(deps, tx, id, body.revision)
    if (draft.editorIds.includes(ctx.actorId)) throw forbidden('catalogue.same_author')
    for (const editor of draft.editorIds)
      if (await deps.areRelated(tx, ctx.actorId, editor)) throw forbidden('catalogue.related_author')
    if (draft.type.retiredAt) throw conflict('catalogue.retired')
    const now = deps.clock.now()
    const validFrom = body.validFrom ? new Date(body.validFrom) : now
    if (validFrom.getTime() < now.getTime() - VALID_FROM_SKEW_MS) {
      throw fieldError('/validFrom', 'catalogue.valid_from_past')
    }
    assertConsistent(draft.definition, draft.type.code)
    await deps.catalogue.closeOpenVersions(tx, draft.serviceTypeId, validFrom)
    await deps.catalogue.updateVersion(tx, id, {
      status: 'published',
      validFrom,
      publishedBy: ctx.actorId,
      updatedAt: now,
    })
    await deps.catalogue.updateType(tx, draft.serviceTypeId, {
      kind: draft.definition.kind,
      sector: draft.definition.sector,
    })
    await deps.changes.record(tx, {
      action: 'catalogue.version_published',
      entity: { type: 'service_version', id: id },
      actor: { id: ctx.actorId, role: 'admin' },
      details: { code: draft.type.code, version: draft.version, validFrom: validFrom.toISOString() },
      requestId: ctx.requestId,
    })
  })
  return loadVersion(deps, deps.db, id)
}

export async function discardDraft(deps: CatalogueDeps, id: string, ctx: ActorContext): Promise<ServiceVersion> {
  await deps.db.transaction(async (tx) => {
    const draft = await deps.catalogue.findVersion(tx, deps.office.id, id, true)
    if (!draft) throw notFound('catalogue.version_not_found')
    if (draft.status === 'published') throw conflict('catalogue.version_immutable')
    if (draft.status !== 'draft') throw conflict('catalogue.not_draft')
    const now = deps.clock.now()
    await deps.catalogue.updateVersion(tx, id, { status: 'discarded', updatedBy: ctx.actorId, updatedAt: now })
    await deps.changes.record(tx, {
      action: 'catalogue.draft_discarded',
      entity: { type: 'service_version', id: id },
      actor: { id: ctx.actorId, role: 'admin' },
      details: { code: draft.type.code, version: draft.version },
      requestId: ctx.requestId,
    })
  })
  return loadVersion(deps, deps.db, id)
}

export async function retireService(
  deps: CatalogueDeps,
  code: string,
  body: RetireServiceBody,
  ctx: ActorContext,
): Promise<ServiceDetail> {
  await deps.db.transaction(async (tx) => {
    const type = await requireType(deps, tx, code)
    if (type.retiredAt) throw conflict('catalogue.retired')
    const now = deps.clock.now()
    await deps.catalogue.closeOpenVersions(tx, type.id, now)
    await deps.catalogue.updateType(tx, type.id, { retiredAt: now, retiredReason: body.reason })
    await deps.changes.record(tx, {
      action: 'catalogue.service_retired',
      entity: { type: 'service_type', id: type.id },
      actor: { id: ctx.actorId, role: 'admin' },
      details: { code, reason: body.reason },
      requestId: ctx.requestId,
    })
  })
  return getService(deps, code)
}
