/** Webhooks: a client's subscriptions, its deliveries (with replay), and the key `v1a` signatures verify with. */
import { NoContent } from './no-content.ts'
import { defineRoute } from '../route.ts'
import {
  CreateWebhookSubscriptionBodySchema,
  WebhookDeliveryListSchema,
  WebhookDeliveryParamsSchema,
  WebhookDeliveryQuerySchema,
  WebhookDeliverySchema,
  WebhookIdParamsSchema,
  WebhookPublicKeySchema,
  WebhookSubscriptionCreatedSchema,
  WebhookSubscriptionListSchema,
} from '../webhooks.ts'

const delivery =
  'Each event is POSTed as a CloudEvents 1.0 JSON document with the Standard Webhooks headers `webhook-id` (the event id, the same on every retry: drop duplicates by it), `webhook-timestamp` and `webhook-signature` (`v1,<HMAC-SHA256>` with the subscription’s secret and `v1a,<Ed25519>` with Pintu’s key, over `id.timestamp.body`). A 2xx answer within 15 seconds acknowledges it; anything else (a redirect too) is retried on the Standard Webhooks schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, about 3 days), after which it is `dead` until replayed. Events of one application arrive in order: a later one waits while an earlier one is retried. 410 Gone disables the subscription.'

export const webhookRoutes = {
  subscribe: defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks/subscriptions',
    access: [],
    scopes: ['webhooks:manage'],
    errors: ['webhooks.target_refused', 'webhooks.service_not_allowed', 'webhooks.too_many'],
    schema: {
      summary: 'Subscribe an endpoint to events (integration clients)',
      description: `Events of the given types about applications of the given service types (each one of the client’s) go to the URL from now on. The URL must be \`https://\`, without credentials, to a host whose every address is public (no private, loopback or link-local address): it is checked now and again at each delivery. At most 10 active subscriptions per client. The answer carries the signing secret, shown once. ${delivery}`,
      tags: ['webhooks'],
      body: CreateWebhookSubscriptionBodySchema,
      response: { 201: WebhookSubscriptionCreatedSchema },
    },
  }),
  subscriptions: defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/subscriptions',
    access: [],
    scopes: ['webhooks:manage'],
    schema: {
      summary: 'My webhook subscriptions (integration clients)',
      description: 'The calling client’s subscriptions, without their secrets.',
      tags: ['webhooks'],
      response: { 200: WebhookSubscriptionListSchema },
    },
  }),
  unsubscribe: defineRoute({
    method: 'DELETE',
    url: '/api/v1/webhooks/subscriptions/:id',
    access: [],
    scopes: ['webhooks:manage'],
    errors: ['webhooks.not_found'],
    schema: {
      summary: 'Delete a webhook subscription (integration clients)',
      description:
        'Nothing more is sent to it; its pending deliveries are cancelled. Another client’s subscription answers 404.',
      tags: ['webhooks'],
      params: WebhookIdParamsSchema,
      response: { 204: NoContent },
    },
  }),
  deliveries: defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/deliveries',
    access: ['admin', 'auditor'],
    scopes: ['webhooks:manage'],
    schema: {
      summary: 'Webhook deliveries',
      description:
        'The delivery log, newest first: a client sees its own; an admin or auditor sees every client’s (the dead letters to replay among them). Filter by status or subscription; page with `before`.',
      tags: ['webhooks'],
      querystring: WebhookDeliveryQuerySchema,
      response: { 200: WebhookDeliveryListSchema },
    },
  }),
  replay: defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks/deliveries/:id/replay',
    access: ['admin'],
    scopes: ['webhooks:manage'],
    errors: ['webhooks.not_found', 'webhooks.not_replayable'],
    schema: {
      summary: 'Send a delivery again',
      description:
        'A `dead` (or `delivered`) delivery of an active subscription becomes `pending` with a fresh retry schedule, the same event id and body. A receiver that drops duplicates by `webhook-id` drops a replayed delivered event too: replay those only for a receiver that lost what it had. Its client or an admin may replay it; recorded as a change.',
      tags: ['webhooks'],
      params: WebhookDeliveryParamsSchema,
      response: { 200: WebhookDeliverySchema },
    },
  }),
  publicKey: defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/public-key',
    access: 'public',
    schema: {
      summary: 'The key webhook `v1a` signatures verify with',
      description: 'Pintu’s Ed25519 public key in the Standard Webhooks form (`whpk_` and base64).',
      tags: ['webhooks'],
      response: { 200: WebhookPublicKeySchema },
    },
  }),
}
