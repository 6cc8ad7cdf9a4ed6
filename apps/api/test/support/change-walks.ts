// The change-record walk's longer steps (apps/api/test/change-record.test.ts): each walks the
// routes of one area and checks every change they make is recorded once. Kept here so the walk
// itself stays one readable file; the walk's closing test still sees every route these call.
import type { ServiceDefinition } from '@pintu/contract'
import { fillReadyDraft } from '@pintu/contract/samples'
import { sql } from 'drizzle-orm'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect } from 'vitest'
import type { SmsGatewaySimulator } from '../../src/modules/messaging/sms-gateway-simulator.ts'
import { multipart, samplePdf, samplePng, type applicationHelpers, type officerCrew } from './applications.ts'
import type { ChangeRecorder } from './change-recorder.ts'
import { queryRows, type TestApp } from './test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/** What a step of the walk works with: the app, its people and the recorder. */
export interface ChangeWalk {
  t: TestApp
  h: ReturnType<typeof applicationHelpers>
  team: Awaited<ReturnType<typeof officerCrew>>
  applicant: Account
  admin1: Account
  sms: SmsGatewaySimulator
  call: ChangeRecorder['call']
  expectChanges: ChangeRecorder['expectChanges']
  newRecords: ChangeRecorder['newRecords']
}

export async function walkAccountRecovery(w: ChangeWalk): Promise<void> {
  const { t, call, expectChanges, sms } = w
  const person = await t.account(['applicant'])
  /** The newest email in the test app's file outbox (the embedded default's mail sender). */
  async function lastMail(): Promise<string> {
    const dir = path.join(t.storageDir, 'outbox')
    for (let i = 0; i < 100; i++) {
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort()
      if (names.length) return readFile(path.join(dir, names.at(-1)!), 'utf8')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error('no mail in the outbox')
  }
  async function lastSms(since: number): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const message = sms.messages()[since]
      if (message) return /\b(\d{6})\b/.exec(message.text)![1]!
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error('no SMS')
  }
  await expectChanges(['identity.password_reset_requested'], () =>
    call(null, 'POST', '/api/v1/auth/password-reset', { email: person.user.email, channel: 'email' }),
  )
  const token = /#token=(\S+)/.exec(await lastMail())![1]!
  await expectChanges(['identity.password_reset'], () =>
    call(null, 'POST', '/api/v1/auth/password-reset/confirm', { token, password: 'pasar baru bandung 1' }),
  )
  let since = sms.messages().length
  await expectChanges(['identity.password_reset_requested'], () =>
    call(null, 'POST', '/api/v1/auth/password-reset', { email: person.user.email, channel: 'sms' }),
  )
  let code = await lastSms(since)
  await expectChanges(['identity.password_reset'], () =>
    call(null, 'POST', '/api/v1/auth/password-reset/code', {
      email: person.user.email,
      code,
      password: 'pasar baru bandung 2',
    }),
  )
  const session = (
    await call(null, 'POST', '/api/v1/auth/login', { email: person.user.email, password: 'pasar baru bandung 2' })
  ).json()
  const owner = { ...person, headers: { authorization: `Bearer ${session.accessToken}` } }
  await expectChanges(['identity.password_changed'], () =>
    call(owner, 'POST', '/api/v1/me/password', {
      currentPassword: 'pasar baru bandung 2',
      newPassword: 'pasar baru bandung 3',
    }),
  )
  const renewed = (
    await call(null, 'POST', '/api/v1/auth/login', { email: person.user.email, password: 'pasar baru bandung 3' })
  ).json()
  const again = { ...person, headers: { authorization: `Bearer ${renewed.accessToken}` } }
  since = sms.messages().length
  await expectChanges(['identity.contact_change_requested'], () =>
    call(again, 'POST', '/api/v1/me/contact', {
      kind: 'phone',
      value: '081355556666',
      currentPassword: 'pasar baru bandung 3',
    }),
  )
  code = await lastSms(since)
  await expectChanges(['identity.contact_changed'], () =>
    call(again, 'POST', '/api/v1/me/contact/confirm', { kind: 'phone', code }),
  )
}

export async function walkComplaintAndSurvey(w: ChangeWalk): Promise<void> {
  const { t, h, team, applicant, call, expectChanges, newRecords } = w
  const body = { category: 'ordinary', subject: 'system', description: 'Situs tidak bisa dibuka (uji).' }
  const filed = await expectChanges(['complaint.filed'], () => call(null, 'POST', '/api/v1/complaints', body))
  await expectChanges(['complaint.filed'], () => call(applicant, 'POST', '/api/v1/me/complaints', body))
  const [complaint] = await queryRows<{ id: string }>(
    t.db,
    sql`select id from complaints where number = ${filed.number}`,
  )
  const id = complaint!.id
  const stepUrl = `/api/v1/work/complaints/${id}/steps`
  const supervisor = team.crew.supervisor!
  await expectChanges(['complaint.responded'], () =>
    call(supervisor, 'POST', stepUrl, { step: 'respond', message: 'Kami periksa.' }),
  )
  await expectChanges(['complaint.forwarded'], () =>
    call(supervisor, 'POST', stepUrl, { step: 'forward', message: 'Diteruskan.', forwardedTo: 'Diskominfo' }),
  )
  await expectChanges(['complaint.info_requested'], () =>
    call(supervisor, 'POST', stepUrl, { step: 'request_info', message: 'Peramban apa?' }),
  )
  await expectChanges(['complaint.replied'], () =>
    call(null, 'POST', `/api/v1/complaints/${filed.number}/replies`, {
      code: filed.followUpCode,
      message: 'Chromium.',
    }),
  )
  const screenshot = multipart('layar.png', samplePng)
  await expectChanges(['complaint.attachment_added'], () =>
    call(
      null,
      'POST',
      `/api/v1/complaints/${filed.number}/attachments?code=${filed.followUpCode}`,
      screenshot.payload,
      screenshot.headers,
    ),
  )
  await expectChanges(['complaint.closed'], () =>
    call(supervisor, 'POST', stepUrl, { step: 'close', outcome: 'resolved', message: 'Sudah pulih.' }),
  )

  const draft = await h.readyDraft(applicant, 'SKP')
  await call(applicant, 'POST', `/api/v1/applications/${draft.id}/actions/submit`, { version: draft.version })
  for (const [action, extra] of [
    ['accept', {}],
    ['reject', { legalReason: 'Pasal 12 Perwal 235/2017 (uji).' }],
  ] as const) {
    const officer = team.byId(await h.assigneeId(draft.id))!
    const version = (await h.get(team.crew.supervisor!, draft.id)).json().version
    await call(officer, 'POST', `/api/v1/applications/${draft.id}/actions/${action}`, { version, ...extra })
  }
  await newRecords()
  const scores = {
    requirements: 4,
    procedure: 4,
    time: 3,
    cost: 4,
    product: 3,
    competence: 4,
    conduct: 4,
    complaint_handling: 3,
    facilities: 3,
  }
  await expectChanges(['survey.answered'], () =>
    call(applicant, 'POST', `/api/v1/applications/${draft.id}/survey`, scores),
  )
}

export async function walkSignerEnrolment(w: ChangeWalk): Promise<void> {
  const { t, admin1, call, expectChanges } = w
  const acting = await t.account(['supervisor'])
  const enrolled = await expectChanges(['signer.enrolled'], () =>
    call(admin1, 'POST', '/api/v1/signers', {
      officerId: acting.user.id,
      nik: '3273010101800005',
      nip: '198001012005011002',
      title: 'Sekretaris Dinas',
      passphrase: 'passphrase-sekretaris',
    }),
  )
  await expectChanges(['signer.revoked'], () =>
    call(admin1, 'POST', `/api/v1/signers/${enrolled.id}/revoke`, { reason: 'Pindah tugas (uji).' }),
  )
  const rows = await queryRows<{ details: unknown }>(
    t.db,
    sql`select details from audit_log where action in ('signer.enrolled', 'signer.revoked')`,
  )
  expect(rows.length).toBeGreaterThanOrEqual(2)
  expect(JSON.stringify(rows)).not.toContain('3273010101800005')
}

export async function walkNotificationPreferences(w: ChangeWalk): Promise<void> {
  const { t, call, expectChanges } = w
  const person = await t.account(['applicant'])
  await expectChanges(['identity.notification_preferences_set'], () =>
    call(person, 'PUT', '/api/v1/me/notification-preferences', { locale: 'en', channels: 'both' }),
  )
}

export async function walkCounterIntake(w: ChangeWalk): Promise<void> {
  const { team, call, expectChanges } = w
  const desk = team.crew.frontdesk1!
  const nik = '3273014508907001'
  const applicant = await expectChanges(
    ['identity.applicant_registered_at_counter', 'identity.password_reset_requested'],
    () =>
      call(desk, 'POST', '/api/v1/counter/applicants', {
        nik,
        fullName: 'Pemohon Loket',
        email: 'loket-7001@contoh.id',
        phone: '081234567001',
        passwordChannel: 'sms',
      }),
  )
  await expectChanges(['identity.applicant_looked_up'], () =>
    call(desk, 'POST', '/api/v1/counter/applicants/lookup', { nik }),
  )
  const range = await expectChanges(['counter.range_allocated'], () =>
    call(desk, 'POST', '/api/v1/counter/provisional-ranges', { deviceId: '3fa2c1d0-0000-4000-8000-000000000001' }),
  )
  // An intake taken without the network, sent later: linking its provisional number is part of the creation.
  const draft = await expectChanges(['application.created'], () =>
    call(desk, 'POST', '/api/v1/counter/applications', {
      applicantId: applicant.id,
      serviceCode: 'SKP',
      applicationKind: 'baru',
      provisionalNo: `${range.prefix}001`,
      provisionalCode: 'WALKWALK22',
    }),
  )
  const ready = await fillReadyDraft(draft as { id: string; version: number; service: ServiceDefinition }, {
    fill: (data) =>
      expectChanges(['application.form_updated'], () =>
        call(desk, 'PATCH', `/api/v1/counter/applications/${draft.id}/form`, { version: draft.version, data }),
      ),
    async upload(req) {
      const file = multipart('scan.pdf', samplePdf)
      await expectChanges(['application.document_uploaded'], () =>
        call(desk, 'POST', `/api/v1/counter/applications/${draft.id}/documents/${req.key}`, file.payload, file.headers),
      )
    },
  })
  await expectChanges(['application.submit'], () =>
    call(desk, 'POST', `/api/v1/counter/applications/${ready.id}/submit`, { version: ready.version }),
  )
}

export async function walkDelegations(w: ChangeWalk): Promise<void> {
  const { t, team, call, expectChanges } = w
  const acting = await t.account(['supervisor'])
  const delegation = await expectChanges(['delegation.granted'], () =>
    call(team.crew.signer1!, 'POST', '/api/v1/delegations', {
      kind: 'plh',
      delegateId: acting.user.id,
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
      reason: 'Kepala Dinas dinas luar kota (uji).',
    }),
  )
  await expectChanges(['delegation.revoked'], () =>
    call(team.crew.signer1!, 'POST', `/api/v1/delegations/${delegation.id}/revoke`),
  )
}
