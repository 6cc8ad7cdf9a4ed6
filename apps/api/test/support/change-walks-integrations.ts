// The change-record walk's steps for integration clients (apps/api/test/change-record.test.ts):
// their registration and upkeep, their webhook subscriptions, and filing on a consenting applicant's
// behalf. Each checks every change its routes make is recorded once.
import type { ServiceDefinition } from '@pintu/contract'
import { fillReadyDraft } from '@pintu/contract/samples'
import { sql } from 'drizzle-orm'
import { multipart, samplePdf } from './applications.ts'
import type { ChangeWalk } from './change-walks.ts'
import { queryRows, type TestApp } from './test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/** Registers a client with these scopes and answers it with a token, as a caller of the walk. */
async function registeredClient(w: ChangeWalk, admin: Account, scopes: string[]) {
  const { client, clientSecret } = await w.expectChanges(['integration_client.registered'], () =>
    w.call(admin, 'POST', '/api/v1/clients', {
      name: 'Portal Asosiasi Pengusaha',
      ownerOrganisation: 'Kadin Kota Bandung',
      contactEmail: 'it@kadin.example',
      scopes,
      serviceCodes: ['SKP'],
      rateLimitPerMinute: 600,
    }),
  )
  const token = await w.expectChanges([], () =>
    w.t.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${client.id}:${clientSecret}`).toString('base64')}`,
      },
      payload: 'grant_type=client_credentials',
    }),
  )
  return { id: client.id as string, headers: { authorization: `Bearer ${token.access_token}` } } as Account & {
    id: string
  }
}

/** Clients registered, rotated and revoked; their webhooks; filing on consent. */
export async function walkIntegrations(w: ChangeWalk): Promise<void> {
  const admin = await w.t.account(['admin'])
  const client = await registeredClient(w, admin, ['applications:read'])
  await w.expectChanges(['integration_client.secret_rotated'], () =>
    w.call(admin, 'POST', `/api/v1/clients/${client.id}/rotate-secret`, { overlapHours: 1 }),
  )
  await w.expectChanges(['integration_client.revoked'], () =>
    w.call(admin, 'POST', `/api/v1/clients/${client.id}/revoke`),
  )
  await walkWebhooks(w, await registeredClient(w, admin, ['webhooks:manage']))
  await walkFilingOnConsent(w, await registeredClient(w, admin, ['applications:write', 'documents:write']))
}

/** A webhook subscription, a replay of a delivery that died, and the subscription deleted. */
async function walkWebhooks(w: ChangeWalk, asClient: Account) {
  const { t, call, expectChanges } = w
  const { subscription } = await expectChanges(['webhook.subscribed'], () =>
    call(asClient, 'POST', '/api/v1/webhooks/subscriptions', {
      url: 'https://203.0.114.10/hooks/pintu',
      eventTypes: ['application.submit'],
      serviceCodes: ['SKP'],
    }),
  )
  // A delivery that used up its retries, as the relay leaves one (the walk sends nothing out).
  const [dead] = await queryRows<{ id: number }>(
    t.db,
    sql`insert into webhook_deliveries (office_id, subscription_id, outbox_id, event_id, event_type, application_id, event, status, attempts, created_at)
        values (${t.office.id}, ${subscription.id}, 1, 'evt_walk_1', 'application.submit', gen_random_uuid(), '{}'::jsonb, 'dead', 10, now())
        returning id::int`,
  )
  await expectChanges(['webhook.replayed'], () =>
    call(asClient, 'POST', `/api/v1/webhooks/deliveries/${dead!.id}/replay`),
  )
  await expectChanges(['webhook.unsubscribed'], () =>
    call(asClient, 'DELETE', `/api/v1/webhooks/subscriptions/${subscription.id}`),
  )
}

/** An applicant's consent, the client's filing on their behalf step by step, and the consent withdrawn. */
async function walkFilingOnConsent(w: ChangeWalk, asClient: Account & { id: string }) {
  const { t, call, expectChanges } = w
  const person = await t.account(['applicant'])
  const nik = '3273014508907002'
  await t.db.execute(sql`update users set nik = ${nik} where id = ${person.user.id}`)
  const consent = await expectChanges(['consent.granted'], () =>
    call(person, 'POST', '/api/v1/me/consents', { clientId: asClient.id, serviceCodes: ['SKP'], days: 7 }),
  )
  const base = '/api/v1/integration/filings'
  const draft = await expectChanges(['application.created'], () =>
    call(asClient, 'POST', base, { applicantNik: nik, serviceCode: 'SKP', applicationKind: 'baru' }),
  )
  const ready = await fillReadyDraft(draft as { id: string; version: number; service: ServiceDefinition }, {
    fill: (data) =>
      expectChanges(['application.form_updated'], () =>
        call(asClient, 'PATCH', `${base}/${draft.id}/form`, { version: draft.version, data }),
      ),
    async upload(req) {
      const file = multipart('akta.pdf', samplePdf)
      await expectChanges(['application.document_uploaded'], () =>
        call(asClient, 'POST', `${base}/${draft.id}/documents/${req.key}`, file.payload, file.headers),
      )
    },
  })
  await expectChanges(['application.submit'], () =>
    call(asClient, 'POST', `${base}/${ready.id}/submit`, { version: ready.version }),
  )
  await expectChanges(['consent.revoked'], () => call(person, 'POST', `/api/v1/me/consents/${consent.id}/revoke`))
}
