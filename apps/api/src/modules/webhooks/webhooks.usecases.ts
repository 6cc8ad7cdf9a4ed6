import type {
  CreateWebhookSubscriptionBody,
  WebhookDelivery,
  WebhookDeliveryQuery,
  WebhookEventType,
  WebhookPublicKey,
  WebhookSubscription,
  WebhookSubscriptionCreated,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, notFound } from '../../errors/app-error.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { CallingClient } from '../integrations/client-tokens.ts'
import type { Office } from '../offices/offices.repository.ts'
import { newWebhookSecret } from './signatures.ts'
import { refusedTarget, type TargetPolicy } from './target-guard.ts'
import type { Delivery, Subscription, WebhooksRepository } from './webhooks.repository.ts'

/** A client's active subscriptions at most: enough for any real system, few enough to plan fast. */
export const MAX_ACTIVE_SUBSCRIPTIONS = 10

export interface WebhooksDeps {
  db: Db
  clock: Clock
  office: Office
  changes: ChangeRecord
  repository: WebhooksRepository
  policy: TargetPolicy
  /** Enqueues the deliveries' pg-boss jobs in the caller's transaction. */
  enqueue: (tx: Executor, deliveries: (Delivery & { clientId: string })[]) => Promise<void>
  publicKey: () => Promise<string>
}

/** Who calls: an integration client as itself, or an officer (an admin replaying, an auditor reading). */
export type WebhookCaller =
  | { kind: 'client'; client: CallingClient; requestId: string }
  | { kind: 'officer'; officerId: string; role: string; requestId: string }

const clientActor = (client: CallingClient) => ({ id: client.id, role: 'integration_client' })

export function toSubscription(row: Subscription): WebhookSubscription {
  return {
    id: row.id,
    url: row.url,
    eventTypes: row.eventTypes as WebhookEventType[],
    serviceCodes: row.serviceCodes,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  }
}

export function toDelivery(row: Delivery): WebhookDelivery {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventId: row.eventId,
    eventType: row.eventType as WebhookEventType,
    applicationId: row.applicationId,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.status === 'pending' ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }
}

export async function subscribe(
  deps: WebhooksDeps,
  client: CallingClient,
  body: CreateWebhookSubscriptionBody,
  requestId: string,
): Promise<WebhookSubscriptionCreated> {
  const foreign = body.serviceCodes.find((code) => !client.serviceCodes.includes(code))
  if (foreign)
    throw new AppError('webhooks.service_not_allowed', {
      params: { code: foreign },
      problems: [{ field: '/serviceCodes', code: 'webhooks.service_not_allowed', params: { code: foreign } }],
    })
  if (await refusedTarget(body.url, deps.policy))
    throw new AppError('webhooks.target_refused', { problems: [{ field: '/url', code: 'webhooks.target_refused' }] })
  const secret = newWebhookSecret()
  const row = await deps.db.transaction(async (tx) => {
    // One client's subscriptions are counted and added one at a time, so the limit holds under a burst.
    await deps.repository.lockClient(tx, client.id)
    if ((await deps.repository.countActive(tx, client.id)) >= MAX_ACTIVE_SUBSCRIPTIONS)
      throw conflict('webhooks.too_many', { limit: MAX_ACTIVE_SUBSCRIPTIONS })
    const created = await deps.repository.insertSubscription(tx, {
      officeId: deps.office.id,
      clientId: client.id,
      url: body.url,
      eventTypes: body.eventTypes,
      serviceCodes: body.serviceCodes,
      secret,
      createdAt: deps.clock.now(),
    })
    await deps.changes.record(tx, {
      action: 'webhook.subscribed',
      entity: { type: 'webhook_subscription', id: created.id },
      actor: clientActor(client),
      details: {
        clientId: client.id,
        host: new URL(body.url).host,
        eventTypes: body.eventTypes,
        serviceCodes: body.serviceCodes,
      },
      requestId,
    })
    return created
  })
  return { subscription: toSubscription(row), secret }
}

export async function listSubscriptions(deps: WebhooksDeps, client: CallingClient) {
  return { items: (await deps.repository.subscriptionsOf(deps.db, client.id)).map(toSubscription) }
}

export async function unsubscribe(deps: WebhooksDeps, client: CallingClient, id: string, requestId: string) {
  await deps.db.transaction(async (tx) => {
    const row = await deps.repository.subscription(tx, id)
    // Another client's subscription is not told apart from one that does not exist.
    if (!row || row.clientId !== client.id || row.status === 'deleted') throw notFound('webhooks.not_found')
    const cancelled = await deps.repository.endSubscription(tx, id, 'deleted', 'cancelled', deps.clock.now())
    await deps.changes.record(tx, {
      action: 'webhook.unsubscribed',
      entity: { type: 'webhook_subscription', id },
      actor: clientActor(client),
      details: { clientId: client.id, cancelledDeliveries: cancelled ?? 0 },
      requestId,
    })
  })
}

export async function listDeliveries(deps: WebhooksDeps, caller: WebhookCaller, query: WebhookDeliveryQuery) {
  const limit = query.limit ?? 50
  const rows = await deps.repository.deliveries(deps.db, deps.office.id, {
    clientId: caller.kind === 'client' ? caller.client.id : undefined,
    status: query.status,
    subscriptionId: query.subscriptionId,
    before: query.before,
    limit,
  })
  return { items: rows.map(toDelivery), nextBefore: rows.length === limit ? rows[rows.length - 1]!.id : null }
}

export async function replay(deps: WebhooksDeps, caller: WebhookCaller, id: number): Promise<WebhookDelivery> {
  return deps.db.transaction(async (tx) => {
    const found = await deps.repository.deliveryWithSubscription(tx, id)
    if (!found || (caller.kind === 'client' && found.subscription.clientId !== caller.client.id))
      throw notFound('webhooks.not_found')
    const replayable =
      (found.delivery.status === 'dead' || found.delivery.status === 'delivered') &&
      found.subscription.status === 'active'
    if (!replayable) throw conflict('webhooks.not_replayable')
    const row = await deps.repository.requeue(tx, id, deps.clock.now())
    // A new job, behind whatever of the application's events is already waiting for this endpoint.
    await deps.enqueue(tx, [{ ...row, clientId: found.subscription.clientId }])
    await deps.changes.record(tx, {
      action: 'webhook.replayed',
      entity: { type: 'webhook_delivery', id: String(id) },
      actor: caller.kind === 'client' ? clientActor(caller.client) : { id: caller.officerId, role: caller.role },
      details: { clientId: found.subscription.clientId, subscriptionId: found.subscription.id, eventId: row.eventId },
      requestId: caller.requestId,
    })
    return toDelivery(row)
  })
}

export async function publicKey(deps: WebhooksDeps): Promise<WebhookPublicKey> {
  return { publicKey: await deps.publicKey(), signatureVersion: 'v1a', algorithm: 'ed25519' }
}
