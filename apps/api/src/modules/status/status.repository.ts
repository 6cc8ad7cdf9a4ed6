import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { statusLatency, statusProbes, statusSummaries, statusVitals } from './status.table.ts'

export interface VitalsRow {
  minute: Date
  route: string
  metric: string
  bucket: number
  count: number
}

export function createStatusRepository() {
  return {
    /** Adds one process's counts to the shared per-minute histograms. */
    async addLatency(
      ex: Executor,
      officeId: string,
      rows: { minute: Date; journey: string; bucket: number; count: number }[],
    ): Promise<void> {
      if (rows.length === 0) return
      await ex
        .insert(statusLatency)
        .values(rows.map((r) => ({ ...r, officeId })))
        .onConflictDoUpdate({
          target: [statusLatency.officeId, statusLatency.minute, statusLatency.journey, statusLatency.bucket],
          set: { count: sql`${statusLatency.count} + excluded.count` },
        })
    },

    /** Adds one process's real-user counts to the shared per-minute histograms. */
    async addVitals(ex: Executor, officeId: string, rows: VitalsRow[]): Promise<void> {
      if (rows.length === 0) return
      await ex
        .insert(statusVitals)
        .values(rows.map((r) => ({ ...r, officeId })))
        .onConflictDoUpdate({
          target: [
            statusVitals.officeId,
            statusVitals.minute,
            statusVitals.route,
            statusVitals.metric,
            statusVitals.bucket,
          ],
          set: { count: sql`${statusVitals.count} + excluded.count` },
        })
    },

    /** Real-user timing histograms of the minutes in [since, until), per route name, of these offices together. */
    async vitalsSince(ex: Executor, officeIds: readonly string[], since: Date, until?: Date) {
      return ex
        .select({
          route: statusVitals.route,
          metric: statusVitals.metric,
          bucket: statusVitals.bucket,
          count: sql<number>`sum(${statusVitals.count})`.mapWith(Number),
        })
        .from(statusVitals)
        .where(
          and(
            inArray(statusVitals.officeId, [...officeIds]),
            gte(statusVitals.minute, since),
            ...(until ? [lt(statusVitals.minute, until)] : []),
          ),
        )
        .groupBy(statusVitals.route, statusVitals.metric, statusVitals.bucket)
    },

    async addProbe(ex: Executor, officeId: string, minute: Date, ok: boolean): Promise<void> {
      await ex
        .insert(statusProbes)
        .values({ officeId, minute, probes: 1, ok: ok ? 1 : 0 })
        .onConflictDoUpdate({
          target: [statusProbes.officeId, statusProbes.minute],
          set: { probes: sql`${statusProbes.probes} + 1`, ok: sql`${statusProbes.ok} + excluded.ok` },
        })
    },

    /** Claims an hour's summary; false when another process (or an earlier run) has it already. */
    async claimSummary(ex: Executor, officeId: string, hour: Date): Promise<boolean> {
      const rows = await ex
        .insert(statusSummaries)
        .values({ officeId, hour })
        .onConflictDoNothing()
        .returning({ hour: statusSummaries.hour })
      return rows.length === 1
    },

    /**
     * Folds one hour's minute rows into a single row per journey and bucket at the hour's start (the
     * sums stay exact), so the 30- and 90-day windows read hours, not minutes.
     */
    async foldHour(ex: Executor, officeId: string, hour: Date): Promise<void> {
      const end = new Date(hour.getTime() + 3_600_000)
      const inHour = and(
        eq(statusLatency.officeId, officeId),
        gte(statusLatency.minute, hour),
        lt(statusLatency.minute, end),
      )
      const sums = await ex
        .select({
          journey: statusLatency.journey,
          bucket: statusLatency.bucket,
          count: sql<number>`sum(${statusLatency.count})`.mapWith(Number),
        })
        .from(statusLatency)
        .where(inHour)
        .groupBy(statusLatency.journey, statusLatency.bucket)
      await ex.delete(statusLatency).where(inHour)
      if (sums.length > 0) await ex.insert(statusLatency).values(sums.map((r) => ({ ...r, officeId, minute: hour })))
      const probesInHour = and(
        eq(statusProbes.officeId, officeId),
        gte(statusProbes.minute, hour),
        lt(statusProbes.minute, end),
      )
      const [p] = await ex
        .select({
          probes: sql<number>`coalesce(sum(${statusProbes.probes}), 0)`.mapWith(Number),
          ok: sql<number>`coalesce(sum(${statusProbes.ok}), 0)`.mapWith(Number),
        })
        .from(statusProbes)
        .where(probesInHour)
      await ex.delete(statusProbes).where(probesInHour)
      if (p && p.probes > 0) await ex.insert(statusProbes).values({ officeId, minute: hour, ...p })
      const vitalsInHour = and(
        eq(statusVitals.officeId, officeId),
        gte(statusVitals.minute, hour),
        lt(statusVitals.minute, end),
      )
      const vitals = await ex
        .select({
          route: statusVitals.route,
          metric: statusVitals.metric,
          bucket: statusVitals.bucket,
          count: sql<number>`sum(${statusVitals.count})`.mapWith(Number),
        })
        .from(statusVitals)
        .where(vitalsInHour)
        .groupBy(statusVitals.route, statusVitals.metric, statusVitals.bucket)
      await ex.delete(statusVitals).where(vitalsInHour)
      if (vitals.length > 0) await ex.insert(statusVitals).values(vitals.map((r) => ({ ...r, officeId, minute: hour })))
    },

    /** Drops every minute and hour before `before`: older than the longest window, read by nothing. */
    async pruneBefore(ex: Executor, officeId: string, before: Date): Promise<void> {
      await ex.delete(statusLatency).where(and(eq(statusLatency.officeId, officeId), lt(statusLatency.minute, before)))
      await ex.delete(statusProbes).where(and(eq(statusProbes.officeId, officeId), lt(statusProbes.minute, before)))
      await ex.delete(statusVitals).where(and(eq(statusVitals.officeId, officeId), lt(statusVitals.minute, before)))
    },

    /** Latency histograms of the minutes in [since, until), per journey, of these offices together. */
    async latencySince(ex: Executor, officeIds: readonly string[], since: Date, until?: Date) {
      return ex
        .select({
          journey: statusLatency.journey,
          bucket: statusLatency.bucket,
          count: sql<number>`sum(${statusLatency.count})`.mapWith(Number),
        })
        .from(statusLatency)
        .where(
          and(
            inArray(statusLatency.officeId, [...officeIds]),
            gte(statusLatency.minute, since),
            until ? lt(statusLatency.minute, until) : undefined,
          ),
        )
        .groupBy(statusLatency.journey, statusLatency.bucket)
    },

    /** Probes and those that passed in the minutes in [since, until), of these offices together. */
    async probesSince(ex: Executor, officeIds: readonly string[], since: Date, until?: Date) {
      const [row] = await ex
        .select({
          probes: sql<number>`coalesce(sum(${statusProbes.probes}), 0)`.mapWith(Number),
          ok: sql<number>`coalesce(sum(${statusProbes.ok}), 0)`.mapWith(Number),
        })
        .from(statusProbes)
        .where(
          and(
            inArray(statusProbes.officeId, [...officeIds]),
            gte(statusProbes.minute, since),
            until ? lt(statusProbes.minute, until) : undefined,
          ),
        )
      return row ?? { probes: 0, ok: 0 }
    },
  }
}
export type StatusRepository = ReturnType<typeof createStatusRepository>
