import type { ServiceDefinition } from '@pintu/contract'
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import { serviceTypes, serviceVersions } from './catalogue.table.ts'

export type ServiceTypeRow = typeof serviceTypes.$inferSelect
export type ServiceVersionRow = typeof serviceVersions.$inferSelect
export type VersionWithNames = ServiceVersionRow & {
  code: string
  createdByName: string | null
  updatedByName: string | null
  publishedByName: string | null
}

/** A published version is in force at `at` when its validity window contains `at`. */
const inForceAt = (at: Date) =>
  and(
    eq(serviceVersions.status, 'published'),
    sql`${serviceVersions.validFrom} <= ${at}`,
    sql`(${serviceVersions.validTo} is null or ${serviceVersions.validTo} > ${at})`,
  )

const matchesWords = (words: string[]) => words.map((word) => sql`${serviceVersions.searchText} like ${`%${word}%`}`)

interface SearchFilter {
  officeId: string
  at: Date
  words: string[]
  kind?: string
  sector?: string
}

/** Services of the office, not retired, with the version in force matching every word and filter. */
const searchWhere = (p: SearchFilter) =>
  and(
    eq(serviceTypes.officeId, p.officeId),
    sql`(${serviceTypes.retiredAt} is null or ${serviceTypes.retiredAt} > ${p.at})`,
    inForceAt(p.at),
    p.kind ? eq(serviceTypes.kind, p.kind as 'izin' | 'non_izin') : undefined,
    p.sector ? eq(serviceTypes.sector, p.sector) : undefined,
    ...matchesWords(p.words),
  )

const creator = alias(users, 'creator')
const editor = alias(users, 'editor')
const publisher = alias(users, 'publisher')

/** Queries only: the rules live in catalogue.usecases.ts. */
export function createCatalogueRepository() {
  const publishedDefinitions = new Map<string, { definition: ServiceDefinition; version: number }>()
  return {
    async searchInForce(ex: Executor, p: SearchFilter & { limit: number; offset: number }) {
      return ex
        .select({
          code: serviceTypes.code,
          kind: serviceTypes.kind,
          sector: serviceTypes.sector,
          version: serviceVersions.version,
          versionId: serviceVersions.id,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(serviceTypes)
        .innerJoin(serviceVersions, eq(serviceVersions.serviceTypeId, serviceTypes.id))
        .where(searchWhere(p))
        .orderBy(serviceVersions.sortName)
        .limit(p.limit)
        .offset(p.offset)
    },

    /** The total alone, for a page past the last (where the window count has no row to ride on). */
    async countInForce(ex: Executor, p: SearchFilter) {
      const [row] = await ex
        .select({ n: count() })
        .from(serviceTypes)
        .innerJoin(serviceVersions, eq(serviceVersions.serviceTypeId, serviceTypes.id))
        .where(searchWhere(p))
      return row?.n ?? 0
    },

    /** Applications pin published versions, which never change: each is read from the database once per process. */
    async pinnedDefinition(
      ex: Executor,
      versionId: string,
    ): Promise<{ definition: ServiceDefinition; version: number } | undefined> {
      const cached = publishedDefinitions.get(versionId)
      if (cached) return cached
      const [row] = await ex
        .select({
          definition: serviceVersions.definition,
          version: serviceVersions.version,
          status: serviceVersions.status,
        })
        .from(serviceVersions)
        .where(eq(serviceVersions.id, versionId))
      if (!row) return undefined
      const entry = { definition: row.definition, version: row.version }
      if (row.status === 'published') publishedDefinitions.set(versionId, entry)
      return entry
    },

    async findType(ex: Executor, officeId: string, code: string): Promise<ServiceTypeRow | undefined> {
      const [row] = await ex
        .select()
        .from(serviceTypes)
        .where(and(eq(serviceTypes.officeId, officeId), eq(serviceTypes.code, code)))
      return row
    },

    /** The version in force at `at`, or for a retired service the last one published. */
    async currentVersion(ex: Executor, type: ServiceTypeRow, at: Date): Promise<ServiceVersionRow | undefined> {
      const condition = type.retiredAt && type.retiredAt <= at ? eq(serviceVersions.status, 'published') : inForceAt(at)
      const [row] = await ex
        .select()
        .from(serviceVersions)
        .where(and(eq(serviceVersions.serviceTypeId, type.id), condition))
        .orderBy(desc(serviceVersions.version))
        .limit(1)
      return row
    },

    async findVersion(
      ex: Executor,
      officeId: string,
      id: string,
      forUpdate = false,
    ): Promise<(ServiceVersionRow & { type: ServiceTypeRow }) | undefined> {
      const query = ex
        .select({ version: serviceVersions, type: serviceTypes })
        .from(serviceVersions)
        .innerJoin(serviceTypes, eq(serviceTypes.id, serviceVersions.serviceTypeId))
        .where(and(eq(serviceVersions.id, id), eq(serviceTypes.officeId, officeId)))
      const [row] = forUpdate ? await query.for('update', { of: serviceVersions }) : await query
      return row && { ...row.version, type: row.type }
    },

    /** Every version of one service type, newest first, or the one version `versionId`. */
    async versionsWithNames(
      ex: Executor,
      of: { serviceTypeId: string } | { versionId: string },
    ): Promise<VersionWithNames[]> {
      const where =
        'versionId' in of ? eq(serviceVersions.id, of.versionId) : eq(serviceVersions.serviceTypeId, of.serviceTypeId)
      const rows = await ex
        .select({
          version: serviceVersions,
          code: serviceTypes.code,
          createdByName: creator.fullName,
          updatedByName: editor.fullName,
          publishedByName: publisher.fullName,
        })
        .from(serviceVersions)
        .innerJoin(serviceTypes, eq(serviceTypes.id, serviceVersions.serviceTypeId))
        .leftJoin(creator, eq(creator.id, serviceVersions.createdBy))
        .leftJoin(editor, eq(editor.id, serviceVersions.updatedBy))
        .leftJoin(publisher, eq(publisher.id, serviceVersions.publishedBy))
        .where(where)
        .orderBy(desc(serviceVersions.version))
      return rows.map((r) => ({
        ...r.version,
        code: r.code,
        createdByName: r.createdByName,
        updatedByName: r.updatedByName,
        publishedByName: r.publishedByName,
      }))
    },

    async adminList(
      ex: Executor,
      p: {
        officeId: string
        at: Date
        words: string[]
        status?: 'active' | 'draft' | 'retired'
        limit: number
        offset: number
      },
    ) {
      const latestPublished = sql<ServiceDefinition>`(select v.definition from service_versions v where v.service_type_id = ${serviceTypes.id} and v.status = 'published' order by v.version desc limit 1)`
      const currentVersion = sql<
        number | null
      >`(select v.version from service_versions v where v.service_type_id = ${serviceTypes.id} and v.status = 'published' and v.valid_from <= ${p.at} and (v.valid_to is null or v.valid_to > ${p.at}) order by v.version desc limit 1)`
      const where = and(
        eq(serviceTypes.officeId, p.officeId),
        p.status === 'retired' ? sql`${serviceTypes.retiredAt} is not null` : undefined,
        p.status === 'active' ? isNull(serviceTypes.retiredAt) : undefined,
        p.status === 'draft' ? sql`${serviceVersions.id} is not null` : undefined,
        ...p.words.map(
          (word) =>
            sql`exists (select 1 from service_versions s where s.service_type_id = ${serviceTypes.id} and s.search_text like ${`%${word}%`})`,
        ),
      )
      return ex
        .select({
          type: serviceTypes,
          definition: sql<ServiceDefinition>`coalesce(${latestPublished}, ${serviceVersions.definition})`,
          currentVersion,
          draftId: serviceVersions.id,
          draftVersion: serviceVersions.version,
          draftCreatedBy: creator.fullName,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(serviceTypes)
        .leftJoin(
          serviceVersions,
          and(eq(serviceVersions.serviceTypeId, serviceTypes.id), eq(serviceVersions.status, 'draft')),
        )
        .leftJoin(creator, eq(creator.id, serviceVersions.createdBy))
        .where(where)
        .orderBy(serviceTypes.code)
        .limit(p.limit)
        .offset(p.offset)
    },

    async nextVersionNumber(ex: Executor, serviceTypeId: string): Promise<number> {
      const [row] = await ex
        .select({ max: sql<number>`coalesce(max(${serviceVersions.version}), 0)`.mapWith(Number) })
        .from(serviceVersions)
        .where(eq(serviceVersions.serviceTypeId, serviceTypeId))
      return (row?.max ?? 0) + 1
    },

    async insertType(ex: Executor, values: typeof serviceTypes.$inferInsert): Promise<ServiceTypeRow> {
      const [row] = await ex.insert(serviceTypes).values(values).returning()
      return row!
    },

    async insertVersion(ex: Executor, values: typeof serviceVersions.$inferInsert): Promise<ServiceVersionRow> {
      const [row] = await ex.insert(serviceVersions).values(values).returning()
      return row!
    },

    async updateVersion(ex: Executor, id: string, values: Partial<typeof serviceVersions.$inferInsert>): Promise<void> {
      await ex.update(serviceVersions).set(values).where(eq(serviceVersions.id, id))
    },

    /** Ends the validity of whatever is published and still open, when a new version or a retirement takes over. */
    async closeOpenVersions(ex: Executor, serviceTypeId: string, at: Date): Promise<void> {
      await ex
        .update(serviceVersions)
        .set({ validTo: at })
        .where(
          and(
            eq(serviceVersions.serviceTypeId, serviceTypeId),
            eq(serviceVersions.status, 'published'),
            isNull(serviceVersions.validTo),
          ),
        )
    },

    async updateType(ex: Executor, id: string, values: Partial<typeof serviceTypes.$inferInsert>): Promise<void> {
      await ex.update(serviceTypes).set(values).where(eq(serviceTypes.id, id))
    },

    async countTypes(ex: Executor, officeId: string): Promise<number> {
      const [row] = await ex.select({ n: count() }).from(serviceTypes).where(eq(serviceTypes.officeId, officeId))
      return row?.n ?? 0
    },
  }
}
export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>
