import { and, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm'
import { tryAdvisoryXactLock } from '../../db/advisory-lock.ts'
import type { Executor } from '../../db/transaction.ts'
import { applications } from '../applications/applications.table.ts'
import { users } from '../identity/identity.table.ts'
import { integrationClients } from '../integrations/integrations.table.ts'
import { webhookDeliveries, webhookSigningKeys, webhookSubscriptions } from './webhooks.table.ts'

const PLAN_CHUNK = 1000

export type Subscription = typeof webhookSubscriptions.$inferSelect
export type Delivery = typeof webhookDeliveries.$inferSelect
export type NewDelivery = Omit<typeof webhookDeliveries.$inferInsert, 'id'>

/** What an event says of its application, read when it is planned. */
export interface ApplicationFacts {
  id: string
  serviceCode: string
  registrationNo: string | null
  status: string
}

const pending = (id: number) => and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending'))

/**
 * The webhooks' queries. The planner reads applications and clients read-only, by id, to decide
 * who hears of a change: those modules expose no reader for it.
 */
export function createWebhooksRepository() {
  return {
    tryLock: tryAdvisoryXactLock,

    /** Active subscriptions with what their client may touch now (a revoked client hears nothing). */
    async activeSubscriptions(ex: Executor, officeId: string) {
      return ex
        .select({ subscription: webhookSubscriptions, clientServiceCodes: integrationClients.serviceCodes })
        .from(webhookSubscriptions)
        .innerJoin(integrationClients, eq(integrationClients.id, webhookSubscriptions.clientId))
        .where(
          and(
            eq(webhookSubscriptions.officeId, officeId),
            eq(webhookSubscriptions.status, 'active'),
            isNull(integrationClients.revokedAt),
          ),
        )
    },

    async applicationFacts(ex: Executor, ids: string[]): Promise<Map<string, ApplicationFacts>> {
      if (ids.length === 0) return new Map()
      const rows = await ex
        .select({
          id: applications.id,
          serviceCode: applications.serviceCode,
          registrationNo: applications.registrationNo,
          status: applications.status,
        })
        .from(applications)
        .where(inArray(applications.id, ids))
      return new Map(rows.map((row) => [row.id, row]))
    },

    /**
     * In chunks: PostgreSQL takes at most 65,535 parameters in one statement (nine a row here).
     * Answers the rows it inserted (a change planned twice inserts nothing the second time).
     */
    async plan(ex: Executor, rows: NewDelivery[]) {
      const planned: { id: number; subscriptionId: string; applicationId: string }[] = []
      for (let i = 0; i < rows.length; i += PLAN_CHUNK)
        planned.push(
          ...(await ex
            .insert(webhookDeliveries)
            .values(rows.slice(i, i + PLAN_CHUNK))
            .onConflictDoNothing()
            .returning({
              id: webhookDeliveries.id,
              subscriptionId: webhookDeliveries.subscriptionId,
              applicationId: webhookDeliveries.applicationId,
            })),
        )
      return planned
    },

    /**
     * The deliveries of claimed jobs with their subscriptions, and whether each may still be sent:
     * pending, its subscription active, its client neither revoked nor without the service type now.
     */
    async claimed(ex: Executor, ids: number[]) {
      if (ids.length === 0) return []
      return ex
        .select({
          delivery: webhookDeliveries,
          subscription: webhookSubscriptions,
          sendable: sql<boolean>`(${webhookDeliveries.status} = 'pending' and ${webhookSubscriptions.status} = 'active'
            and ${integrationClients.revokedAt} is null
            and ${webhookDeliveries.event}->'data'->>'serviceCode' = any(${integrationClients.serviceCodes}))`,
        })
        .from(webhookDeliveries)
        .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
        .innerJoin(integrationClients, eq(integrationClients.id, webhookSubscriptions.clientId))
        .where(inArray(webhookDeliveries.id, ids))
    },

    /** Only while the delivery is pending: the caller holds its job's claim, so no other process records it. */
    async markDelivered(ex: Executor, id: number, statusCode: number, at: Date): Promise<void> {
      await ex
        .update(webhookDeliveries)
        .set({
          status: 'delivered',
          deliveredAt: at,
          nextAttemptAt: null,
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          lastStatusCode: statusCode,
          lastError: null,
        })
        .where(pending(id))
    },

    /** A failed attempt: due again at `retryAt`, or dead when `retryAt` is null. */
    async markFailed(
      ex: Executor,
      id: number,
      outcome: { statusCode: number | null; error: string; retryAt: Date | null },
    ): Promise<void> {
      await ex
        .update(webhookDeliveries)
        .set({
          status: outcome.retryAt ? 'pending' : 'dead',
          nextAttemptAt: outcome.retryAt,
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          lastStatusCode: outcome.statusCode,
          lastError: outcome.error,
        })
        .where(pending(id))
    },

    /**
     * Ends a subscription (deleted, or disabled while active); its pending deliveries become `ending`.
     * Answers how many it ended, or null when it was not in a state to end (disabled twice, say).
     */
    async endSubscription(
      ex: Executor,
      id: string,
      status: 'deleted' | 'disabled',
      ending: 'cancelled' | 'dead',
      at: Date,
    ): Promise<number | null> {
      const from: Subscription['status'][] = status === 'disabled' ? ['active'] : ['active', 'disabled']
      const changed = await ex
        .update(webhookSubscriptions)
        .set({ status, endedAt: at })
        .where(and(eq(webhookSubscriptions.id, id), inArray(webhookSubscriptions.status, from)))
        .returning({ id: webhookSubscriptions.id })
      if (changed.length === 0) return null
      const ended = await ex
        .update(webhookDeliveries)
        .set({ status: ending, nextAttemptAt: null })
        .where(and(eq(webhookDeliveries.subscriptionId, id), eq(webhookDeliveries.status, 'pending')))
        .returning({ id: webhookDeliveries.id })
      return ended.length
    },

    /** Marks this kind of alert sent now unless one was sent since `sinceAt`; true when it was marked. */
    async takeAlert(ex: Executor, id: string, kind: 'failing' | 'dead', now: Date, sinceAt: Date): Promise<boolean> {
      const column = kind === 'failing' ? webhookSubscriptions.alertedAt : webhookSubscriptions.deadAlertedAt
      const rows = await ex
        .update(webhookSubscriptions)
        .set(kind === 'failing' ? { alertedAt: now } : { deadAlertedAt: now })
        .where(and(eq(webhookSubscriptions.id, id), sql`(${column} is null or ${column} < ${sinceAt})`))
        .returning({ id: webhookSubscriptions.id })
      return rows.length > 0
    },

    /** Who hears of a failing endpoint: the client's contact and the office's active admins. */
    async alertRecipients(ex: Executor, clientId: string, officeId: string) {
      const [client] = await ex
        .select({ name: integrationClients.name, contactEmail: integrationClients.contactEmail })
        .from(integrationClients)
        .where(eq(integrationClients.id, clientId))
      const admins = await ex
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.officeId, officeId), sql`'admin' = any(${users.roles})`, isNull(users.deactivatedAt)))
      return { client, adminEmails: admins.map((a) => a.email) }
    },

    async insertSubscription(ex: Executor, row: typeof webhookSubscriptions.$inferInsert): Promise<Subscription> {
      const [created] = await ex.insert(webhookSubscriptions).values(row).returning()
      return created!
    },

    async subscriptionsOf(ex: Executor, clientId: string): Promise<Subscription[]> {
      return ex
        .select()
        .from(webhookSubscriptions)
        .where(eq(webhookSubscriptions.clientId, clientId))
        .orderBy(desc(webhookSubscriptions.createdAt))
    },

    /** Serialises one client's subscription changes (the count and the insert) across processes. */
    async lockClient(ex: Executor, clientId: string): Promise<void> {
      await ex
        .select({ id: integrationClients.id })
        .from(integrationClients)
        .where(eq(integrationClients.id, clientId))
        .for('update')
    },

    async countActive(ex: Executor, clientId: string): Promise<number> {
      const [row] = await ex
        .select({ n: sql<number>`count(*)::int` })
        .from(webhookSubscriptions)
        .where(and(eq(webhookSubscriptions.clientId, clientId), eq(webhookSubscriptions.status, 'active')))
      return row!.n
    },

    async subscription(ex: Executor, id: string): Promise<Subscription | undefined> {
      const [row] = await ex.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id))
      return row
    },

    /** The delivery log, newest first; `clientId` limits it to one client's subscriptions. */
    async deliveries(
      ex: Executor,
      officeId: string,
      filter: {
        clientId?: string
        status?: Delivery['status']
        subscriptionId?: string
        before?: number
        limit: number
      },
    ): Promise<Delivery[]> {
      const conditions: (SQL | undefined)[] = [
        eq(webhookDeliveries.officeId, officeId),
        filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
        filter.subscriptionId ? eq(webhookDeliveries.subscriptionId, filter.subscriptionId) : undefined,
        filter.before ? lt(webhookDeliveries.id, filter.before) : undefined,
        filter.clientId
          ? inArray(
              webhookDeliveries.subscriptionId,
              ex
                .select({ id: webhookSubscriptions.id })
                .from(webhookSubscriptions)
                .where(eq(webhookSubscriptions.clientId, filter.clientId)),
            )
          : undefined,
      ]
      return ex
        .select()
        .from(webhookDeliveries)
        .where(and(...conditions))
        .orderBy(desc(webhookDeliveries.id))
        .limit(filter.limit)
    },

    async deliveryWithSubscription(ex: Executor, id: number) {
      const [row] = await ex
        .select({ delivery: webhookDeliveries, subscription: webhookSubscriptions })
        .from(webhookDeliveries)
        .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
        .where(eq(webhookDeliveries.id, id))
        .for('update', { of: webhookDeliveries })
      return row
    },

    /** Makes a delivery pending again from its first attempt (a replay). */
    async requeue(ex: Executor, id: number, now: Date): Promise<Delivery> {
      const [row] = await ex
        .update(webhookDeliveries)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null, lastError: null })
        .where(eq(webhookDeliveries.id, id))
        .returning()
      return row!
    },

    async pendingCount(ex: Executor, officeId: string): Promise<number> {
      const [row] = await ex
        .select({ n: sql<number>`count(*)::int` })
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.officeId, officeId), eq(webhookDeliveries.status, 'pending')))
      return row!.n
    },

    async signingKey(ex: Executor, officeId: string): Promise<string | undefined> {
      const [row] = await ex.select().from(webhookSigningKeys).where(eq(webhookSigningKeys.officeId, officeId))
      return row?.secretKey
    },

    /** Stores a new key unless another process stored one first; answers the one kept. */
    async keepSigningKey(ex: Executor, officeId: string, secretKey: string, at: Date): Promise<string> {
      await ex.insert(webhookSigningKeys).values({ officeId, secretKey, createdAt: at }).onConflictDoNothing()
      const [row] = await ex.select().from(webhookSigningKeys).where(eq(webhookSigningKeys.officeId, officeId))
      return row!.secretKey
    },
  }
}
export type WebhooksRepository = ReturnType<typeof createWebhooksRepository>
