import { and, eq, gt, inArray, or, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import {
  statsBacklog,
  statsBacklogDays,
  statsDaily,
  statsDurations,
  statsFiles,
  statsOfficerBacklog,
  statsOfficerBacklogDays,
} from './stats.table.ts'

/** Where a file is counted in the backlog (see `statsBacklog`). */
export interface BacklogKey {
  status: string
  serviceCode: string
  serviceKind: string
  channel: string
  receivedOn: string
  enteredOn: string
  daysLeft: number
}
export interface BacklogCount extends BacklogKey {
  files: number
}

/** Where a file is counted in the officer backlog report: the public key and who holds it ('' nobody). */
export interface OfficerBacklogKey extends BacklogKey {
  assigneeId: string
}
export interface OfficerBacklogCount extends OfficerBacklogKey {
  files: number
}

type FileRow = typeof statsFiles.$inferSelect
type DailyRow = Omit<typeof statsDaily.$inferInsert, 'officeId' | 'slot'>
type DurationRow = Omit<typeof statsDurations.$inferInsert, 'officeId' | 'slot'>

const backlogGroup = {
  status: statsBacklog.status,
  serviceCode: statsBacklog.serviceCode,
  serviceKind: statsBacklog.serviceKind,
  channel: statsBacklog.channel,
  receivedOn: statsBacklog.receivedOn,
  enteredOn: statsBacklog.enteredOn,
  daysLeft: statsBacklog.daysLeft,
}
const dayGroup = {
  status: statsBacklogDays.status,
  serviceCode: statsBacklogDays.serviceCode,
  serviceKind: statsBacklogDays.serviceKind,
  channel: statsBacklogDays.channel,
  receivedOn: statsBacklogDays.receivedOn,
  enteredOn: statsBacklogDays.enteredOn,
  daysLeft: statsBacklogDays.daysLeft,
}

const officerGroup = {
  status: statsOfficerBacklog.status,
  serviceCode: statsOfficerBacklog.serviceCode,
  serviceKind: statsOfficerBacklog.serviceKind,
  channel: statsOfficerBacklog.channel,
  receivedOn: statsOfficerBacklog.receivedOn,
  enteredOn: statsOfficerBacklog.enteredOn,
  daysLeft: statsOfficerBacklog.daysLeft,
  assigneeId: statsOfficerBacklog.assigneeId,
}
const officerDayGroup = {
  status: statsOfficerBacklogDays.status,
  serviceCode: statsOfficerBacklogDays.serviceCode,
  serviceKind: statsOfficerBacklogDays.serviceKind,
  channel: statsOfficerBacklogDays.channel,
  receivedOn: statsOfficerBacklogDays.receivedOn,
  enteredOn: statsOfficerBacklogDays.enteredOn,
  daysLeft: statsOfficerBacklogDays.daysLeft,
  assigneeId: statsOfficerBacklogDays.assigneeId,
}

/**
 * Rows in one canonical order: concurrent transactions then lock the counter rows they share in the
 * same order, and never deadlock on each other's upserts.
 */
const canonical = <T extends object>(rows: T[]) =>
  rows
    .map((row) => ({ row, key: JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => r.row)

/** The statistics tables' queries; only the stats module uses them. */
export function createStatsRepository() {
  return {
    async file(ex: Executor, applicationId: string): Promise<FileRow | undefined> {
      const rows = await ex.select().from(statsFiles).where(eq(statsFiles.applicationId, applicationId))
      return rows[0]
    },

    async insertFile(ex: Executor, row: FileRow): Promise<void> {
      await ex.insert(statsFiles).values(row).onConflictDoNothing()
    },

    /** Moves a file's count from one backlog key to another, now and on the day of the change. */
    async moveBacklog(
      ex: Executor,
      officeId: string,
      day: string,
      slot: number,
      moves: { key: BacklogKey; delta: number }[],
    ): Promise<void> {
      if (moves.length === 0) return
      // Ordered by key alone (the delta is not part of which row is locked).
      const rows = canonical(moves.map((m) => ({ officeId, slot, ...m.key }))).map((row) => ({
        ...row,
        files: moves.find((m) => Object.entries(m.key).every(([k, v]) => row[k as keyof BacklogKey] === v))!.delta,
      }))
      await ex
        .insert(statsBacklog)
        .values(rows)
        .onConflictDoUpdate({
          target: [
            statsBacklog.officeId,
            statsBacklog.status,
            statsBacklog.serviceCode,
            statsBacklog.serviceKind,
            statsBacklog.channel,
            statsBacklog.receivedOn,
            statsBacklog.enteredOn,
            statsBacklog.daysLeft,
            statsBacklog.slot,
          ],
          set: { files: sql`${statsBacklog.files} + excluded.files` },
        })
      // A key nobody is counted under any more goes, so the table stays the size of the backlog.
      await ex
        .delete(statsBacklog)
        .where(
          and(
            eq(statsBacklog.officeId, officeId),
            eq(statsBacklog.slot, slot),
            eq(statsBacklog.files, 0),
            or(
              ...moves.map((m) =>
                and(...Object.entries(m.key).map(([k, v]) => eq(backlogGroup[k as keyof BacklogKey], v as never))),
              ),
            ),
          ),
        )
      await ex
        .insert(statsBacklogDays)
        .values(rows.map((r) => ({ ...r, day })))
        .onConflictDoUpdate({
          target: [
            statsBacklogDays.officeId,
            statsBacklogDays.day,
            statsBacklogDays.status,
            statsBacklogDays.serviceCode,
            statsBacklogDays.serviceKind,
            statsBacklogDays.channel,
            statsBacklogDays.receivedOn,
            statsBacklogDays.enteredOn,
            statsBacklogDays.daysLeft,
            statsBacklogDays.slot,
          ],
          set: { files: sql`${statsBacklogDays.files} + excluded.files` },
        })
    },

    /** The officer report's twin of `moveBacklog`, with the assignee in the key. */
    async moveOfficerBacklog(
      ex: Executor,
      officeId: string,
      day: string,
      slot: number,
      moves: { key: OfficerBacklogKey; delta: number }[],
    ): Promise<void> {
      if (moves.length === 0) return
      const rows = canonical(moves.map((m) => ({ officeId, slot, ...m.key }))).map((row) => ({
        ...row,
        files: moves.find((m) => Object.entries(m.key).every(([k, v]) => row[k as keyof OfficerBacklogKey] === v))!
          .delta,
      }))
      const key = Object.values(officerGroup)
      await ex
        .insert(statsOfficerBacklog)
        .values(rows)
        .onConflictDoUpdate({
          target: [statsOfficerBacklog.officeId, ...key, statsOfficerBacklog.slot],
          set: { files: sql`${statsOfficerBacklog.files} + excluded.files` },
        })
      await ex
        .delete(statsOfficerBacklog)
        .where(
          and(
            eq(statsOfficerBacklog.officeId, officeId),
            eq(statsOfficerBacklog.slot, slot),
            eq(statsOfficerBacklog.files, 0),
            or(
              ...moves.map((m) =>
                and(
                  ...Object.entries(m.key).map(([k, v]) => eq(officerGroup[k as keyof OfficerBacklogKey], v as never)),
                ),
              ),
            ),
          ),
        )
      await ex
        .insert(statsOfficerBacklogDays)
        .values(rows.map((r) => ({ ...r, day })))
        .onConflictDoUpdate({
          target: [
            statsOfficerBacklogDays.officeId,
            statsOfficerBacklogDays.day,
            ...Object.values(officerDayGroup),
            statsOfficerBacklogDays.slot,
          ],
          set: { files: sql`${statsOfficerBacklogDays.files} + excluded.files` },
        })
    },

    async officerBacklogNow(ex: Executor, officeId: string): Promise<OfficerBacklogCount[]> {
      return ex
        .select({ ...officerGroup, files: sql<number>`sum(${statsOfficerBacklog.files})`.mapWith(Number) })
        .from(statsOfficerBacklog)
        .where(eq(statsOfficerBacklog.officeId, officeId))
        .groupBy(...Object.values(officerGroup))
    },

    async officerBacklogChangesAfter(ex: Executor, officeId: string, day: string): Promise<OfficerBacklogCount[]> {
      return ex
        .select({ ...officerDayGroup, files: sql<number>`sum(${statsOfficerBacklogDays.files})`.mapWith(Number) })
        .from(statsOfficerBacklogDays)
        .where(and(eq(statsOfficerBacklogDays.officeId, officeId), gt(statsOfficerBacklogDays.day, day)))
        .groupBy(...Object.values(officerDayGroup))
    },

    /** The officer backlog's changes on one day, by key (see `backlogChangesOn`). */
    async officerBacklogChangesOn(ex: Executor, officeId: string, day: string): Promise<OfficerBacklogCount[]> {
      return ex
        .select({ ...officerDayGroup, files: sql<number>`sum(${statsOfficerBacklogDays.files})`.mapWith(Number) })
        .from(statsOfficerBacklogDays)
        .where(and(eq(statsOfficerBacklogDays.officeId, officeId), eq(statsOfficerBacklogDays.day, day)))
        .groupBy(...Object.values(officerDayGroup))
    },

    /** Officers' names for the report (officers of this office only). */
    async officerNames(ex: Executor, officeId: string, ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map()
      const rows = await ex
        .select({ id: users.id, name: users.fullName })
        .from(users)
        .where(and(eq(users.officeId, officeId), eq(users.kind, 'officer'), inArray(users.id, ids)))
      return new Map(rows.map((r) => [r.id, r.name]))
    },

    async addDaily(ex: Executor, officeId: string, slot: number, rows: DailyRow[]): Promise<void> {
      if (rows.length === 0) return
      await ex
        .insert(statsDaily)
        .values(canonical(rows.map((r) => ({ ...r, officeId, slot }))))
        .onConflictDoUpdate({
          target: [
            statsDaily.officeId,
            statsDaily.day,
            statsDaily.serviceCode,
            statsDaily.metric,
            statsDaily.detail,
            statsDaily.slot,
          ],
          set: { count: sql`${statsDaily.count} + excluded.count` },
        })
    },

    async addDurations(ex: Executor, officeId: string, slot: number, rows: DurationRow[]): Promise<void> {
      if (rows.length === 0) return
      await ex
        .insert(statsDurations)
        .values(canonical(rows.map((r) => ({ ...r, officeId, slot }))))
        .onConflictDoUpdate({
          target: [
            statsDurations.officeId,
            statsDurations.day,
            statsDurations.serviceCode,
            statsDurations.stage,
            statsDurations.workingDays,
            statsDurations.withinSla,
            statsDurations.slot,
          ],
          set: { count: sql`${statsDurations.count} + excluded.count` },
        })
    },

    /** The backlog now, by key (slots summed). */
    async backlogNow(ex: Executor, officeId: string): Promise<BacklogCount[]> {
      return ex
        .select({ ...backlogGroup, files: sql<number>`sum(${statsBacklog.files})`.mapWith(Number) })
        .from(statsBacklog)
        .where(eq(statsBacklog.officeId, officeId))
        .groupBy(...Object.values(backlogGroup))
    },

    /** The changes to the backlog after the end of `day`, by key: the backlog then is now minus these. */
    async backlogChangesAfter(ex: Executor, officeId: string, day: string): Promise<BacklogCount[]> {
      return ex
        .select({ ...dayGroup, files: sql<number>`sum(${statsBacklogDays.files})`.mapWith(Number) })
        .from(statsBacklogDays)
        .where(and(eq(statsBacklogDays.officeId, officeId), gt(statsBacklogDays.day, day)))
        .groupBy(...Object.values(dayGroup))
    },

    /** The changes to the backlog on one day, by key: the backlog the day before is that day's minus these. */
    async backlogChangesOn(ex: Executor, officeId: string, day: string): Promise<BacklogCount[]> {
      return ex
        .select({ ...dayGroup, files: sql<number>`sum(${statsBacklogDays.files})`.mapWith(Number) })
        .from(statsBacklogDays)
        .where(and(eq(statsBacklogDays.officeId, officeId), eq(statsBacklogDays.day, day)))
        .groupBy(...Object.values(dayGroup))
    },

    /** The first day the backlog changed, if it ever did. */
    async firstBacklogDay(ex: Executor, officeId: string): Promise<string | undefined> {
      const rows = await ex
        .select({ day: sql<string | null>`min(${statsBacklogDays.day})::text` })
        .from(statsBacklogDays)
        .where(eq(statsBacklogDays.officeId, officeId))
      return rows[0]?.day ?? undefined
    },

    /**
     * Events per day and metric over the given days (those not yet folded, see stats-rollups.ts), every
     * service together (what the daily figures show).
     */
    async dailyOn(ex: Executor, officeId: string, days: string[]) {
      return ex
        .select({
          day: statsDaily.day,
          metric: statsDaily.metric,
          count: sql<number>`sum(${statsDaily.count})`.mapWith(Number),
        })
        .from(statsDaily)
        .where(and(eq(statsDaily.officeId, officeId), inArray(statsDaily.day, days)))
        .groupBy(statsDaily.day, statsDaily.metric)
    },

    /** The total over the given days of each detail (reason code, stage) of these metrics, every service together. */
    async detailsOn(ex: Executor, officeId: string, days: string[], metrics: string[]) {
      return ex
        .select({
          metric: statsDaily.metric,
          detail: statsDaily.detail,
          count: sql<number>`sum(${statsDaily.count})`.mapWith(Number),
        })
        .from(statsDaily)
        .where(
          and(eq(statsDaily.officeId, officeId), inArray(statsDaily.day, days), inArray(statsDaily.metric, metrics)),
        )
        .groupBy(statsDaily.metric, statsDaily.detail)
    },

    /**
     * The working-day histograms over the given days: of each stage over every service, and of each
     * service's files from registration to outcome (`stage` 'total'), the only rows that keep their service.
     */
    async durationsOn(ex: Executor, officeId: string, days: string[]) {
      const serviceCode = sql<string>`case when ${statsDurations.stage} = 'total' then ${statsDurations.serviceCode} else '' end`
      return ex
        .select({
          serviceCode,
          stage: statsDurations.stage,
          workingDays: statsDurations.workingDays,
          withinSla: statsDurations.withinSla,
          count: sql<number>`sum(${statsDurations.count})`.mapWith(Number),
        })
        .from(statsDurations)
        .where(and(eq(statsDurations.officeId, officeId), inArray(statsDurations.day, days)))
        .groupBy(serviceCode, statsDurations.stage, statsDurations.workingDays, statsDurations.withinSla)
    },
  }
}
export type StatsRepository = ReturnType<typeof createStatsRepository>
