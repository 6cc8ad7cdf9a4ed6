import { and, eq, gt, isNotNull, isNull, lt, or, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import { notificationChannelAlerts, notificationDeliveries } from './notifications.table.ts'

export type Channel = 'email' | 'sms'
export type ChannelAlert = typeof notificationChannelAlerts.$inferSelect

const row = (officeId: string, channel: Channel) =>
  and(eq(notificationChannelAlerts.officeId, officeId), eq(notificationChannelAlerts.channel, channel))

/** The alert state of each channel, and who is told of it. */
export function createChannelAlertsRepository() {
  return {
    /**
     * Marks the channel failing (since now, unless it already was) and takes the day's alert: true
     * when the admins are to be told now (not told since `sinceAt`), false when they were already.
     */
    async raise(ex: Executor, officeId: string, channel: Channel, error: string, now: Date, sinceAt: Date) {
      await ex
        .insert(notificationChannelAlerts)
        .values({ officeId, channel, failingSince: now, lastError: error })
        .onConflictDoUpdate({
          target: [notificationChannelAlerts.officeId, notificationChannelAlerts.channel],
          set: {
            failingSince: sql`coalesce(${notificationChannelAlerts.failingSince}, excluded.failing_since)`,
            lastError: error,
          },
        })
      const taken = await ex
        .update(notificationChannelAlerts)
        .set({ alertedAt: now })
        .where(
          and(
            row(officeId, channel),
            or(isNull(notificationChannelAlerts.alertedAt), lt(notificationChannelAlerts.alertedAt, sinceAt)),
          ),
        )
        .returning({ failingSince: notificationChannelAlerts.failingSince })
      return taken[0]?.failingSince ?? null
    },

    /** Gives the day's alert back when no admin could be told (the next failure tries again). */
    async untake(ex: Executor, officeId: string, channel: Channel, takenAt: Date) {
      await ex
        .update(notificationChannelAlerts)
        .set({ alertedAt: null })
        .where(and(row(officeId, channel), eq(notificationChannelAlerts.alertedAt, takenAt)))
    },

    /**
     * Clears a failing channel; answers what it was (since when, whether the admins were told), or
     * null when it was not failing (the usual case: one indexed read per round and channel).
     */
    async clear(ex: Executor, officeId: string, channel: Channel, now: Date) {
      const [was] = await ex
        .select()
        .from(notificationChannelAlerts)
        .where(and(row(officeId, channel), isNotNull(notificationChannelAlerts.failingSince)))
      if (!was) return null
      const cleared = await ex
        .update(notificationChannelAlerts)
        .set({ failingSince: null, alertedAt: null, recoveredAt: now })
        .where(and(row(officeId, channel), isNotNull(notificationChannelAlerts.failingSince)))
        .returning({ channel: notificationChannelAlerts.channel })
      return cleared.length > 0 ? was : null
    },

    async all(ex: Executor, officeId: string): Promise<ChannelAlert[]> {
      return ex.select().from(notificationChannelAlerts).where(eq(notificationChannelAlerts.officeId, officeId))
    },

    /** Deliveries of the channel not sent yet that have failed at least once. */
    async waiting(ex: Executor, officeId: string, channel: Channel): Promise<number> {
      const [counted] = await ex
        .select({ n: sql<number>`count(*)::int` })
        .from(notificationDeliveries)
        .where(
          and(
            eq(notificationDeliveries.officeId, officeId),
            eq(notificationDeliveries.channel, channel),
            isNull(notificationDeliveries.sentAt),
            gt(notificationDeliveries.attempts, 0),
          ),
        )
      return counted!.n
    },

    async adminEmails(ex: Executor, officeId: string): Promise<string[]> {
      const admins = await ex
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.officeId, officeId), sql`'admin' = any(${users.roles})`, isNull(users.deactivatedAt)))
      return admins.map((a) => a.email)
    },
  }
}
export type ChannelAlertsRepository = ReturnType<typeof createChannelAlertsRepository>
