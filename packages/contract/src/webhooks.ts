import { Type, type Static } from 'typebox'
import { IsoDateTime, Uuid } from './common.ts'

/**
 * Webhooks (SPEC §10): an integration client subscribes an HTTPS endpoint to events of the service
 * types it may touch. Each event is a CloudEvents 1.0 JSON document, signed per the Standard
 * Webhooks specification (`webhook-id`, `webhook-timestamp`, `webhook-signature` with `v1` HMAC
 * and `v1a` Ed25519), delivered at least once and in order per application.
 */

/** The event types a subscription may ask for: the changes of an application that a client may see. */
export const webhookEventTypes = [
  'application.submit',
  'application.resubmit',
  'application.withdraw',
  'application.accept',
  'application.return',
  'application.complete_review',
  'application.approve',
  'application.reject',
  'application.deem_approve',
  'application.pay',
  'application.sign',
  'application.expire',
  'payment.invoice_issued',
  'permit.issued',
  'permit.revoked',
] as const
export type WebhookEventType = (typeof webhookEventTypes)[number]

export const WebhookEventTypeSchema = Type.Enum([...webhookEventTypes], {
  description: 'An event type: the recorded change it reports (`application.<lifecycle action>`, an invoice, a permit)',
})

/** The `data` of every event: ids, numbers and status only, never personal data. */
export const WebhookEventDataSchema = Type.Object({
  applicationId: Uuid('The application'),
  registrationNo: Type.Union([Type.String(), Type.Null()], { description: 'Its registration number' }),
  serviceCode: Type.String({ description: 'Its service type' }),
  status: Type.String({ description: 'Its status after the change' }),
  previousStatus: Type.Union([Type.String(), Type.Null()], {
    description: 'Its status before the change (lifecycle events), otherwise null',
  }),
  invoiceNumber: Type.Optional(Type.String({ description: 'The invoice, for `payment.invoice_issued`' })),
  permitNumber: Type.Optional(Type.String({ description: 'The permit, for `permit.*` events' })),
})
export type WebhookEventData = Static<typeof WebhookEventDataSchema>

/** The body of every delivery: a CloudEvents 1.0 event in its structured JSON form. */
export const WebhookEventSchema = Type.Object({
  specversion: Type.Literal('1.0'),
  id: Type.String({ description: 'The event id; also the `webhook-id` header, the same on every retry' }),
  source: Type.String({ description: 'The office that produced it, as a URI reference' }),
  type: WebhookEventTypeSchema,
  subject: Uuid('The application the event concerns'),
  time: IsoDateTime('When the change was recorded'),
  datacontenttype: Type.Literal('application/json'),
  sequence: Type.String({
    description:
      'CloudEvents `sequence` extension: zero-padded, increasing in the order the events were planned for the subscription (compare as strings). A replayed or retried event keeps its own, so a receiver can see it is older than one it already has',
  }),
  data: WebhookEventDataSchema,
})
export type WebhookEvent = Static<typeof WebhookEventSchema>

export const webhookSubscriptionStatuses = ['active', 'disabled', 'deleted'] as const

export const WebhookSubscriptionSchema = Type.Object({
  id: Uuid('The subscription'),
  url: Type.String({ description: 'The endpoint every event is POSTed to' }),
  eventTypes: Type.Array(WebhookEventTypeSchema),
  serviceCodes: Type.Array(Type.String(), { description: 'Events of these service types only' }),
  status: Type.Enum([...webhookSubscriptionStatuses], {
    description:
      '`active`; `disabled` when the endpoint answered 410 Gone (nothing more is sent); `deleted` by the client',
  }),
  createdAt: IsoDateTime('When it was made'),
})
export type WebhookSubscription = Static<typeof WebhookSubscriptionSchema>

export const WebhookSubscriptionListSchema = Type.Object({
  items: Type.Array(WebhookSubscriptionSchema, { description: 'The client’s subscriptions, newest first' }),
})

export const CreateWebhookSubscriptionBodySchema = Type.Object(
  {
    url: Type.String({
      minLength: 9,
      maxLength: 2000,
      pattern: '^https?://[\\x21-\\x7e]+$',
      description:
        'An `https://` URL without credentials. Its host must resolve only to public addresses: private, loopback and link-local ones are refused.',
    }),
    eventTypes: Type.Array(WebhookEventTypeSchema, {
      minItems: 1,
      maxItems: webhookEventTypes.length,
      uniqueItems: true,
    }),
    serviceCodes: Type.Array(Type.String({ pattern: '^[A-Z0-9_-]{2,32}$' }), {
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      description: 'Each must be one of the client’s own service types',
    }),
  },
  { additionalProperties: false },
)
export type CreateWebhookSubscriptionBody = Static<typeof CreateWebhookSubscriptionBodySchema>

export const WebhookSubscriptionCreatedSchema = Type.Object({
  subscription: WebhookSubscriptionSchema,
  secret: Type.String({
    description:
      'The `v1` signing secret (`whsec_` and base64), shown this once. `v1a` signatures verify with the public key of `GET /api/v1/webhooks/public-key`.',
  }),
})
export type WebhookSubscriptionCreated = Static<typeof WebhookSubscriptionCreatedSchema>

export const webhookDeliveryStatuses = ['pending', 'delivered', 'dead', 'cancelled'] as const

export const WebhookDeliverySchema = Type.Object({
  id: Type.Integer({ description: 'The delivery (one event to one subscription)' }),
  subscriptionId: Uuid('Its subscription'),
  eventId: Type.String({ description: 'The event id (`webhook-id`)' }),
  eventType: WebhookEventTypeSchema,
  applicationId: Uuid('The application'),
  status: Type.Enum([...webhookDeliveryStatuses], {
    description:
      '`pending` (due or waiting for a retry), `delivered` (a 2xx answer), `dead` (every retry failed: replay it; or its subscription was disabled by a 410: subscribe again), `cancelled` (its subscription was deleted)',
  }),
  attempts: Type.Integer({ description: 'Attempts made' }),
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()], { description: 'The endpoint’s last HTTP status' }),
  lastError: Type.Union([Type.String(), Type.Null()], {
    description: 'Why the last attempt failed: `http_<status>`, `timeout`, `refused_address`, `network`',
  }),
  nextAttemptAt: Type.Union([IsoDateTime('When it is tried next'), Type.Null()]),
  deliveredAt: Type.Union([IsoDateTime('When the endpoint acknowledged it'), Type.Null()]),
  createdAt: IsoDateTime('When the event was planned for this subscription'),
})
export type WebhookDelivery = Static<typeof WebhookDeliverySchema>

export const WebhookDeliveryListSchema = Type.Object({
  items: Type.Array(WebhookDeliverySchema, { description: 'Newest first' }),
  nextBefore: Type.Union([Type.Integer(), Type.Null()], { description: 'Pass as `before` for the next page' }),
})

export const WebhookDeliveryQuerySchema = Type.Object(
  {
    status: Type.Optional(Type.Enum([...webhookDeliveryStatuses])),
    subscriptionId: Type.Optional(Type.String({ format: 'uuid' })),
    before: Type.Optional(
      Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Ids below this' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
)
export type WebhookDeliveryQuery = Static<typeof WebhookDeliveryQuerySchema>

export const WebhookIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
)
export const WebhookDeliveryParamsSchema = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) },
  { additionalProperties: false },
)

export const WebhookPublicKeySchema = Type.Object({
  publicKey: Type.String({ description: 'The Ed25519 public key, `whpk_` and base64 of its 32 bytes' }),
  signatureVersion: Type.Literal('v1a'),
  algorithm: Type.Literal('ed25519'),
})
export type WebhookPublicKey = Static<typeof WebhookPublicKeySchema>
