import { allRoutes } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { signCallback } from '../src/modules/payments/callback-signature.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmsGatewaySimulator, type SmsGatewaySimulator } from '../src/modules/messaging/sms-gateway-simulator.ts'
import { createHttpSmsSender } from '../src/modules/messaging/sms-sender.ts'
import { applicationHelpers, multipart, officerCrew, samplePdf } from './support/applications.ts'
import { recordChanges, type ChangeRecorder } from './support/change-recorder.ts'
import {
  walkAccountRecovery,
  walkComplaintAndSurvey,
  walkCounterIntake,
  walkDelegations,
  walkNotificationPreferences,
  walkSignerEnrolment,
  type ChangeWalk,
} from './support/change-walks.ts'
import { walkIntegrations } from './support/change-walks-integrations.ts'
import { walkBackEntry } from './support/change-walks-back-entry.ts'
import { BANK_SECRET, createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/**
 * Every change goes through one change record: each state-changing route writes, per change it
 * makes, exactly one audit entry and exactly one outbox row (and a history row when it is a step of
 * an application's lifecycle). The test walks every such route of the contract and checks.
 */
const SIGNER_PASSPHRASE = 'rahasia-penanda-uji'

describe('one change record for every change', () => {
  const clock = createTestClock(new Date('2026-11-17T09:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let admin1: Account
  let admin2: Account
  let treasurers: Account[]
  let applicant: Account
  let exercised: ChangeRecorder['exercised']
  let newRecords: ChangeRecorder['newRecords']
  let call: ChangeRecorder['call']
  let expectChanges: ChangeRecorder['expectChanges']
  let sms: SmsGatewaySimulator

  beforeAll(async () => {
    sms = await startSmsGatewaySimulator({})
    t = await createTestApp({
      clock,
      sms: createHttpSmsSender({ url: sms.url, token: sms.token }),
      signing: { service: 'simulator' },
    })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    admin1 = await t.account(['admin'])
    // The crew's signers hold certificates from the CA simulator (enrolment is recorded in its own test below).
    for (const [i, signer] of [team.crew.signer1!, team.crew.signer2!].entries())
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/signers',
        headers: admin1.headers,
        payload: {
          officerId: signer.user.id,
          nik: `327301010180000${i}`,
          nip: '198001012005011001',
          title: 'Kepala Dinas',
          passphrase: SIGNER_PASSPHRASE,
        },
      })
    admin2 = await t.account(['admin'])
    treasurers = [await t.account(['treasurer']), await t.account(['treasurer'])]
    applicant = await t.account(['applicant'])
    ;({ exercised, newRecords, call, expectChanges } = await recordChanges(t))
  })
  afterAll(async () => {
    await t.close()
    await sms.close()
  })
  const walk = (): ChangeWalk => ({ t, h, team, applicant, admin1, sms, call, expectChanges, newRecords })

  it('records each change of the catalogue, the calendar, closures and officer administration once', async () => {
    const draft = await expectChanges(['catalogue.draft_created'], () =>
      call(admin1, 'POST', '/api/v1/catalogue/services/REKLAME/drafts', {}),
    )
    await expectChanges(['catalogue.draft_edited'], () =>
      call(admin1, 'PUT', `/api/v1/catalogue/versions/${draft.id}`, {
        revision: draft.revision,
        definition: draft.definition,
      }),
    )
    await expectChanges(['catalogue.draft_discarded'], () =>
      call(admin1, 'POST', `/api/v1/catalogue/versions/${draft.id}/discard`),
    )
    const next = await expectChanges(['catalogue.draft_created'], () =>
      call(admin1, 'POST', '/api/v1/catalogue/services/REKLAME/drafts', {}),
    )
    await expectChanges(['catalogue.version_published'], () =>
      call(admin2, 'POST', `/api/v1/catalogue/versions/${next.id}/publish`, { revision: next.revision }),
    )
    const definition = { ...draft.definition, code: 'UJI-BARU', name: { id: 'Layanan uji', en: 'Test service' } }
    await expectChanges(['catalogue.draft_created'], () =>
      call(admin1, 'POST', '/api/v1/catalogue/services', { definition }),
    )
    await expectChanges(['catalogue.service_retired'], () =>
      call(admin1, 'POST', '/api/v1/catalogue/services/REKLAME-INSIDENTIL/retire', {
        reason: { id: 'Dicabut oleh Perda (uji).', en: 'Repealed by bylaw (test).' },
      }),
    )

    const holiday = await expectChanges(['calendar.holiday_added'], () =>
      call(admin1, 'POST', '/api/v1/calendar/holidays', {
        date: '2026-11-27',
        kind: 'cuti_bersama',
        name: { id: 'Cuti uji', en: 'Test leave' },
        legalBasis: 'SKB uji 2026',
      }),
    )
    await expectChanges(['calendar.holiday_revoked'], () =>
      call(admin1, 'POST', `/api/v1/calendar/holidays/${holiday.id}/revoke`, { reason: 'Dicabut untuk pengujian.' }),
    )
    await expectChanges(['calendar.year_published'], () =>
      call(admin1, 'POST', '/api/v1/calendar/years', { year: 2027, legalBasis: 'SKB uji 2027' }),
    )
    const closure = await expectChanges(['closure.declared'], () =>
      call(team.crew.supervisor!, 'POST', '/api/v1/closures', {
        reason: 'Kantor ditutup untuk pengujian.',
        legalBasis: 'Keputusan uji',
        startsOn: '2026-11-30',
      }),
    )
    await expectChanges(['closure.ended'], () =>
      call(team.crew.supervisor!, 'POST', `/api/v1/closures/${closure.id}/end`, { endsOn: '2026-11-30' }),
    )

    const created = await expectChanges(['identity.officer_created', 'identity.roles_requested'], () =>
      call(admin1, 'POST', '/api/v1/officers', {
        fullName: 'Petugas Uji',
        email: 'petugas.uji@bandung.go.id',
        employeeNumber: '199001012015019999',
        roles: ['frontdesk', 'signer'],
      }),
    )
    const grants = (await call(admin2, 'GET', '/api/v1/role-grants')).json().items
    await expectChanges(['identity.roles_approved'], () =>
      call(admin2, 'POST', `/api/v1/role-grants/${grants[0].id}/approve`),
    )
    await expectChanges(['identity.roles_changed', 'identity.roles_requested'], () =>
      call(admin1, 'PUT', `/api/v1/officers/${created.officer.id}/roles`, { roles: ['technical', 'supervisor'] }),
    )
    const open = (await call(admin2, 'GET', '/api/v1/role-grants'))
      .json()
      .items.find((g: { outcome: null | string }) => g.outcome === null)
    await expectChanges(['identity.roles_refused'], () => call(admin2, 'POST', `/api/v1/role-grants/${open.id}/refuse`))
    await expectChanges(['identity.officer_deactivated'], () =>
      call(admin1, 'POST', `/api/v1/officers/${created.officer.id}/deactivate`, {
        reason: 'Dimutasi ke dinas lain (uji).',
      }),
    )
    await expectChanges(['identity.applicant_registered'], () =>
      call(null, 'POST', '/api/v1/auth/register', {
        nik: '3273014508901234',
        fullName: 'Pemohon Uji',
        email: 'pemohon.uji@contoh.id',
        phone: '081234567890',
        password: 'kopi susu gula aren',
      }),
    )
    await expectChanges(['identity.logged_in'], () =>
      call(null, 'POST', '/api/v1/auth/login', {
        email: team.crew.auditor!.user.email,
        password: team.crew.auditor!.password,
      }),
    )
  })

  it('records each step of an application, with the invoice, the payment, the permit and every reassignment', async () => {
    const draft = await expectChanges(['application.created'], () =>
      call(applicant, 'POST', '/api/v1/applications', { serviceCode: 'ITPMB', applicationKind: 'baru' }),
    )
    await expectChanges(['application.form_updated'], () =>
      call(applicant, 'PATCH', `/api/v1/applications/${draft.id}/form`, { version: draft.version, data: {} }),
    )
    const ready = await h.readyDraft(applicant, 'ITPMB')
    await newRecords()
    const extra = multipart('tambahan.pdf', samplePdf)
    const optional =
      ready.service.requirements.find((r: { mandatory: boolean }) => !r.mandatory) ?? ready.service.requirements[0]
    const doc = await expectChanges(['application.document_uploaded'], () =>
      call(
        applicant,
        'POST',
        `/api/v1/applications/${ready.id}/documents/${optional.key}`,
        extra.payload,
        extra.headers,
      ),
    )
    await expectChanges(['application.document_removed'], () =>
      call(applicant, 'DELETE', `/api/v1/applications/${ready.id}/documents/${doc.id}`),
    )
    await h.upload(applicant, ready.id, optional.key)
    await newRecords()

    let app = (
      await expectChanges(['application.submit'], () =>
        h.act(applicant, ready.id, 'submit', { version: ready.version }).then(ok),
      )
    ).application
    const holder = team.byId(await h.assigneeId(ready.id))!
    app = await expectChanges(['application.reassign'], () =>
      call(team.crew.supervisor!, 'POST', `/api/v1/applications/${ready.id}/reassign`, {
        reason: 'Petugas dinas luar kota (uji).',
      }),
    )
    expect(await h.assigneeId(ready.id)).not.toBe(holder.user.id)
    const other = team.byId(await h.assigneeId(ready.id))!
    await expectChanges(['identity.off_duty', 'application.reassign'], () =>
      call(other, 'PUT', '/api/v1/work/duty', { onDuty: false }),
    )
    await expectChanges(['identity.on_duty'], () => call(other, 'PUT', '/api/v1/work/duty', { onDuty: true }))
    app = (await h.get(applicant, ready.id)).json()
    for (const [action, extras] of [
      ['accept', {}],
      ['complete_review', { report: 'Lokasi memenuhi ketentuan jarak.' }],
    ] as const) {
      const officer = team.byId(await h.assigneeId(ready.id))!
      app = (
        await expectChanges([`application.${action}`], () =>
          h.act(officer, ready.id, action, { version: app.version, ...extras }).then(ok),
        )
      ).application
    }
    const approver = team.byId(await h.assigneeId(ready.id))!
    app = (
      await expectChanges(['application.approve', 'payment.invoice_issued'], () =>
        h.act(approver, ready.id, 'approve', { version: app.version }).then(ok),
      )
    ).application
    const invoice = (await call(applicant, 'GET', `/api/v1/applications/${ready.id}/invoice`)).json()

    const manual = await expectChanges(['payment.manual_requested'], () =>
      call(treasurers[0]!, 'POST', `/api/v1/payments/invoices/${invoice.id}/manual-confirmations`, {
        bankReference: 'NTB-UJI-000001',
        amount: invoice.amount,
        note: 'Callback bank tidak datang (uji).',
      }),
    )
    await expectChanges(['application.pay', 'payment.notice_received'], () =>
      call(treasurers[1]!, 'POST', `/api/v1/payments/manual-confirmations/${manual.id}/approve`),
    )
    const body = JSON.stringify({
      virtualAccount: invoice.virtualAccount,
      amount: invoice.amount,
      paidAt: new Date().toISOString(),
      bankReference: 'NTB-UJI-000002',
    })
    const timestamp = String(Math.floor(clock.now().getTime() / 1000))
    await expectChanges(['payment.notice_received'], () =>
      call(null, 'POST', '/api/v1/payments/callback', body, {
        'content-type': 'application/json',
        'x-pintu-timestamp': timestamp,
        'x-pintu-signature': signCallback(BANK_SECRET, timestamp, body),
      }),
    )
    await expectChanges(['payment.notice_received'], () =>
      call(applicant, 'POST', '/api/v1/bank-simulator/payments', { virtualAccount: invoice.virtualAccount }),
    )

    const signer = team.byId(await h.assigneeId(ready.id))!
    app = (await h.get(signer, ready.id)).json()
    await newRecords()
    await expectChanges(['application.sign', 'permit.issued'], () =>
      h.act(signer, ready.id, 'sign', { version: app.version, passphrase: SIGNER_PASSPHRASE }).then(ok),
    )
    const permit = (await call(applicant, 'GET', `/api/v1/applications/${ready.id}/permit`)).json()
    await expectChanges(['permit.revoked'], () =>
      call(signer, 'POST', `/api/v1/permits/${encodeURIComponent(permit.permit.number)}/revoke`, {
        reason: 'Dicabut untuk pengujian.',
      }),
    )
  })

  it('records returns, withdrawals, review attachments and reads of personal data', async () => {
    const ready = await h.readyDraft(applicant, 'IUI')
    await newRecords()
    let app = (await h.act(applicant, ready.id, 'submit', { version: ready.version }).then(ok)).json().application
    await newRecords()
    const desk = team.byId(await h.assigneeId(ready.id))!
    const requirement = ready.service.requirements[0].key
    app = (
      await expectChanges(['application.return'], () =>
        h
          .act(desk, ready.id, 'return', {
            version: app.version,
            returnReasons: {
              codes: ['document_unreadable'],
              requirements: [requirement],
              fields: [],
              note: 'Dokumen tidak terbaca (uji).',
            },
          })
          .then(ok),
      )
    ).application
    app = (
      await expectChanges(['application.resubmit'], () =>
        h.act(applicant, ready.id, 'resubmit', { version: app.version }).then(ok),
      )
    ).application
    const again = team.byId(await h.assigneeId(ready.id))!
    app = (await h.act(again, ready.id, 'accept', { version: app.version }).then(ok)).json().application
    await newRecords()
    const technical = team.byId(await h.assigneeId(ready.id))!
    const attachment = multipart('foto.pdf', samplePdf)
    await expectChanges(['application.document_uploaded'], () =>
      call(
        technical,
        'POST',
        `/api/v1/applications/${ready.id}/review-attachments`,
        attachment.payload,
        attachment.headers,
      ),
    )
    await expectChanges(['application.opened'], () => call(technical, 'GET', `/api/v1/applications/${ready.id}`))
    await expectChanges(['application.personal_data_read'], () =>
      call(technical, 'GET', `/api/v1/applications/${ready.id}/applicant`),
    )
    const docs = (await h.get(technical, ready.id)).json().documents
    await newRecords()
    await expectChanges(['application.document_read'], () =>
      call(technical, 'GET', `/api/v1/applications/${ready.id}/documents/${docs[0].id}`),
    )
    await expectChanges(['application.withdraw'], () =>
      h.act(applicant, ready.id, 'withdraw', { version: app.version }).then(ok),
    )
    // A draft deleted by its owner: the lifecycle's delete action, recorded once like every transition.
    const draft = await h.readyDraft(applicant, 'IUI')
    await newRecords()
    await expectChanges(['application.delete'], () =>
      call(applicant, 'DELETE', `/api/v1/applications/${draft.id}?version=${draft.version}`).then((res) => {
        expect(res.statusCode).toBe(204)
        return res
      }),
    )
    // An applicant's copy of their own data is a read of personal data, recorded like an officer's.
    await expectChanges(['identity.data_exported'], () => call(applicant, 'GET', '/api/v1/me/data').then(ok))
  })

  it('records each step of account recovery and upkeep', () => walkAccountRecovery(walk()))

  it('records signing delegations, granted and withdrawn', () => walkDelegations(walk()))

  it('records each step of a complaint and an IKM answer', () => walkComplaintAndSurvey(walk()))

  it('records enrolling a signer and revoking the enrolment, without the NIK', () => walkSignerEnrolment(walk()))

  it('records integration clients registered, rotated and revoked, their webhooks and filings on consent', () =>
    walkIntegrations(walk()))

  it("records an applicant's notification preferences, the choice only", () => walkNotificationPreferences(walk()))

  it("records each counter intake step once, as the frontdesk officer on the applicant's behalf", () =>
    walkCounterIntake(walk()))

  it('records a paper back-entry, its rejection and its approval once each, as the officer who took each', () =>
    walkBackEntry(walk()))

  it('walked every state-changing route of the contract', () => {
    // Sessions rotate and end without being changes of any record: they are the refresh-token rows themselves.
    // Sessions, and the auditor's check of the log: a POST because it takes a body of saved
    // checkpoints, but it reads and changes nothing.
    const notRecorded = new Set([
      'POST /api/v1/auth/refresh',
      'POST /api/v1/auth/logout',
      'POST /api/v1/transparency/verify',
      // An integration client's token: like a session, not a change of any record.
      'POST /api/v1/oauth/token',
      // The CA simulator's RFC 3161 timestamp authority answers a query; it keeps nothing.
      'POST /api/v1/signing-simulator/tsa',
      // Anonymous real-user timings: counts in histograms, like the status page's own latencies.
      'POST /api/v1/status/vitals',
    ])
    const changing = allRoutes
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !notRecorded.has(r))
    expect(changing.filter((route) => !exercised.has(route))).toEqual([])
  })

  it('keeps the history an application shows in step with its recorded transitions', async () => {
    const rows = await queryRows<{ n: number }>(
      t.db,
      sql`
      select count(*)::int as n from application_events e
      where not exists (select 1 from audit_log a where a.entity_id = e.application_id::text and a.action in ('application.' || e.action, 'application.created'))`,
    )
    expect(rows[0]!.n).toBe(0)
  })
})

async function ok(res: { statusCode: number; body: string; json(): any }) {
  expect(res.statusCode, res.body).toBe(200)
  return res
}
