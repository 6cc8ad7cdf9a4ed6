import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSmtpMailSender } from '../src/modules/messaging/mail-sender.ts'
import { startSmsGatewaySimulator, type SmsGatewaySimulator } from '../src/modules/messaging/sms-gateway-simulator.ts'
import { createHttpSmsSender } from '../src/modules/messaging/sms-sender.ts'
import { applicationHelpers, counterReadyDraft, officerCrew } from './support/applications.ts'
import { startSmtpSink } from './support/smtp-sink.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/** Counter intake (issue 13 item 1): a frontdesk officer serves a walk-in applicant, through the real senders. */
describe('counter intake', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let sms: SmsGatewaySimulator
  let desk: Account
  let n = 0
  /** A valid NIK (Kota Bandung, born 5 Aug 1990) that no other test uses. */
  const nextNik = () => `327301450890${String(5000 + ++n).slice(-4)}`

  beforeAll(async () => {
    smtp = await startSmtpSink()
    sms = await startSmsGatewaySimulator({})
    t = await createTestApp({
      mail: createSmtpMailSender({ url: smtp.url, from: 'Pintu <pintu@test.pintu.id>' }),
      sms: createHttpSmsSender({ url: sms.url, token: sms.token }),
    })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    desk = team.crew.frontdesk1!
  })
  afterAll(async () => {
    await t.close()
    await smtp.close()
    await sms.close()
  })

  const call = (who: Account, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, payload })
  const register = (who: Account, body: Record<string, unknown> = {}) => {
    const nik = nextNik()
    return call(who, 'POST', '/api/v1/counter/applicants', {
      nik,
      fullName: 'Siti Walk-in',
      email: `walkin-${nik}@contoh.id`,
      phone: '0812 3456 7001',
      passwordChannel: 'email',
      ...body,
    })
  }
  const audit = (entityId: string) =>
    queryRows<{ action: string; actor_id: string; actor_role: string; details: Record<string, unknown> }>(
      t.db,
      sql`select action, actor_id, actor_role, details from audit_log where entity_id = ${entityId} order by id`,
    )

  /** A counter draft filled and with every mandatory document uploaded, through the counter routes. */
  const counterReady = (officer: Account, applicantId: string, serviceCode = 'SKP') =>
    counterReadyDraft(t, officer, applicantId, serviceCode)

  it('creates an account without a password; the applicant sets their own through the emailed reset link', async () => {
    const res = await register(desk)
    expect(res.statusCode, res.body).toBe(201)
    const applicant = res.json()
    expect(applicant).toMatchObject({ fullName: 'Siti Walk-in', created: true })
    expect(applicant.nikMasked).toMatch(/^•{12}\d{4}$/)
    const [row] = await queryRows<{ email: string; kind: string }>(
      t.db,
      sql`select email, kind from users where id = ${applicant.id}`,
    )
    expect(row!.kind).toBe('applicant')
    const mail = await smtp.next(row!.email)
    const token = /#token=([0-9a-f-]{36}\.[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1]
    expect(token, mail.text).toBeDefined()
    // The officer's answer carries no link, code or password.
    expect(res.body).not.toContain(token!.split('.')[1])
    const set = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'kopi luwak dari garut' },
    })
    expect(set.statusCode, set.body).toBe(204)
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: row!.email, password: 'kopi luwak dari garut' },
    })
    expect(login.statusCode).toBe(200)
    expect((await audit(applicant.id)).map((a) => [a.action, a.actor_id, a.actor_role])).toContainEqual([
      'identity.applicant_registered_at_counter',
      desk.user.id,
      'frontdesk',
    ])
  })

  it('sends a 6-digit code by SMS when the applicant has no email at hand', async () => {
    const since = sms.messages().length
    const res = await register(desk, { passwordChannel: 'sms', phone: '081234567099' })
    expect(res.statusCode, res.body).toBe(201)
    for (
      let i = 0;
      i < 100 &&
      !sms
        .messages()
        .slice(since)
        .some((m) => m.to === '+6281234567099');
      i++
    )
      await new Promise((resolve) => setTimeout(resolve, 50))
    const message = sms
      .messages()
      .slice(since)
      .find((m) => m.to === '+6281234567099')
    expect(message?.text).toMatch(/\b\d{6}\b/)
  })

  it('finds an applicant by exact NIK only, records the read, and lists nobody', async () => {
    const nik = nextNik()
    const made = (
      await call(desk, 'POST', '/api/v1/counter/applicants', {
        nik,
        fullName: 'Budi Loket',
        email: `budi-${nik}@contoh.id`,
        phone: '081234567002',
        passwordChannel: 'email',
      })
    ).json()
    const found = await call(desk, 'POST', '/api/v1/counter/applicants/lookup', { nik })
    expect(found.statusCode, found.body).toBe(200)
    expect(found.json()).toEqual({
      id: made.id,
      fullName: 'Budi Loket',
      nikMasked: `••••••••••••${nik.slice(-4)}`,
      created: false,
    })
    expect((await audit(made.id)).filter((a) => a.action === 'identity.applicant_looked_up')).toEqual([
      { action: 'identity.applicant_looked_up', actor_id: desk.user.id, actor_role: 'frontdesk', details: {} },
    ])
    // A near miss is a miss, and a partial NIK is not a search.
    const other = `${nik.slice(0, 15)}${(Number(nik[15]) + 1) % 10}`
    const miss = await call(desk, 'POST', '/api/v1/counter/applicants/lookup', { nik: other })
    expect(miss.statusCode).toBe(404)
    expect(miss.json().error.code).toBe('counter.applicant_not_found')
    const partial = await call(desk, 'POST', '/api/v1/counter/applicants/lookup', { nik: nik.slice(0, 12) })
    expect(partial.statusCode).toBe(400)
    // An officer's NIK-less account or another officer is never "found" as an applicant.
    expect((await call(desk, 'POST', '/api/v1/counter/applicants/lookup', {})).statusCode).toBe(400)
    // The miss is recorded on the officer, and the NIK tried is nowhere in the record.
    const missed = await queryRows<{ entity_id: string; actor_id: string; details: object }>(
      t.db,
      sql`select entity_id, actor_id, details from audit_log where action = 'identity.applicant_lookup_missed'`,
    )
    expect(missed).toEqual([{ entity_id: desk.user.id, actor_id: desk.user.id, details: {} }])
    expect(JSON.stringify(await queryRows(t.db, sql`select * from audit_log`))).not.toContain(other)
  })

  it('lets one officer look up at most 30 NIKs a minute, whatever the address, and not another officer less', async () => {
    const busy = await t.account(['frontdesk'])
    // Off duty, so the later tests' assignment among the crew is not changed by this extra officer.
    await t.db.execute(sql`update users set on_duty = false where id = ${busy.user.id}`)
    const answers = []
    for (let i = 0; i < 31; i++)
      answers.push(await call(busy, 'POST', '/api/v1/counter/applicants/lookup', { nik: nextNik() }))
    expect(answers.slice(0, 30).map((a) => a.statusCode)).toEqual(Array(30).fill(404))
    expect(answers[30]!.statusCode).toBe(429)
    expect(Number(answers[30]!.headers['retry-after'])).toBeGreaterThan(0)
    expect(
      (await call(team.crew.frontdesk2!, 'POST', '/api/v1/counter/applicants/lookup', { nik: nextNik() })).statusCode,
    ).toBe(404)
  })

  it("files a draft, its form, its documents and its submission on the applicant's behalf, as the officer", async () => {
    const applicant = (await register(desk)).json()
    const ready = await counterReady(desk, applicant.id)
    expect(ready.channel).toBe('counter')
    const submitOnce = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/counter/applications/${ready.id}/submit`,
        headers: { ...desk.headers, 'idempotency-key': `loket-${ready.id}` },
        payload: { version: ready.version },
      })
    const submitted = await submitOnce()
    expect(submitted.statusCode, submitted.body).toBe(200)
    // A retry (the counter's network dropped the answer) gives the same receipt and files nothing twice.
    const retried = await submitOnce()
    expect(retried.statusCode, retried.body).toBe(200)
    expect(retried.json().receipt).toEqual(submitted.json().receipt)
    const { application, receipt } = submitted.json()
    expect(application).toMatchObject({
      status: 'admin_verification',
      channel: 'counter',
      registrationNo: receipt.registrationNo,
    })
    expect(receipt.registrationNo).toEqual(expect.any(String))
    expect(receipt.trackingCode).toEqual(expect.any(String))
    expect(receipt.expectedCompletionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // Every change: the officer as actor, on the applicant's behalf.
    const entries = await audit(ready.id)
    const actions = entries.map((e) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'application.created',
        'application.form_updated',
        'application.document_uploaded',
        'application.submit',
      ]),
    )
    for (const e of entries) {
      expect([e.action, e.actor_id, e.actor_role]).toEqual([e.action, desk.user.id, 'frontdesk'])
      expect(e.details.onBehalfOf).toBe(applicant.id)
    }
    expect(entries.find((e) => e.action === 'application.created')!.details.channel).toBe('counter')
    const [stored] = await queryRows<{ channel: string; intake_officer_id: string; applicant_id: string }>(
      t.db,
      sql`select channel, intake_officer_id, applicant_id from applications where id = ${ready.id}`,
    )
    expect(stored).toEqual({ channel: 'counter', intake_officer_id: desk.user.id, applicant_id: applicant.id })
    // The same public tracking as online.
    const tracked = await t.app.inject({
      method: 'GET',
      url: `/api/v1/track/${receipt.registrationNo}?code=${encodeURIComponent(receipt.trackingCode)}`,
    })
    expect(tracked.statusCode, tracked.body).toBe(200)
    expect(tracked.json()).toMatchObject({ channel: 'counter', status: 'admin_verification' })
    expect(tracked.body).not.toContain('Siti')
    // The transparency log shows the counter actions with the applicant only as a pseudonym, never the account id.
    await t.app.integrateLog()
    const log = await t.app.inject({
      method: 'GET',
      url: `/api/v1/track/${encodeURIComponent(receipt.registrationNo)}/log?code=${receipt.trackingCode}`,
    })
    expect(log.statusCode, log.body).toBe(200)
    const logged = (log.json().entries as { entry: string }[]).map((e) => JSON.parse(e.entry) as Record<string, any>)
    const created = logged.find((e) => e.action === 'application.created')!
    expect(JSON.stringify(created)).toContain('onBehalfOf')
    for (const entry of logged) {
      expect(JSON.stringify(entry)).not.toContain(applicant.id)
      expect(JSON.stringify(entry)).not.toContain(desk.user.id)
    }
  })

  it('never gives the verification to the officer who took the intake', async () => {
    for (let i = 0; i < 8; i++) {
      const applicant = (await register(desk)).json()
      const ready = await counterReady(desk, applicant.id)
      const res = await call(desk, 'POST', `/api/v1/counter/applications/${ready.id}/submit`, {
        version: ready.version,
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(await h.assigneeId(ready.id)).toBe(team.crew.frontdesk2!.user.id)
    }
  })

  it('leaves the file waiting rather than give it to the intake officer when they are the only one on duty', async () => {
    const other = team.crew.frontdesk2!
    expect((await call(other, 'PUT', '/api/v1/work/duty', { onDuty: false })).statusCode).toBe(200)
    try {
      const applicant = (await register(desk)).json()
      const ready = await counterReady(desk, applicant.id)
      const res = await call(desk, 'POST', `/api/v1/counter/applications/${ready.id}/submit`, {
        version: ready.version,
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(await h.assigneeId(ready.id)).toBeNull()
    } finally {
      await call(other, 'PUT', '/api/v1/work/duty', { onDuty: true })
    }
  })

  it("lets only the intake officer continue a counter draft; the applicant's own draft is out of reach", async () => {
    const applicant = (await register(desk)).json()
    const draft = (
      await call(desk, 'POST', '/api/v1/counter/applications', {
        applicantId: applicant.id,
        serviceCode: 'SKP',
        applicationKind: 'baru',
      })
    ).json()
    const otherDesk = team.crew.frontdesk2!
    for (const [method, url, payload] of [
      ['GET', `/api/v1/counter/applications/${draft.id}`, undefined],
      ['PATCH', `/api/v1/counter/applications/${draft.id}/form`, { version: draft.version, data: {} }],
      ['POST', `/api/v1/counter/applications/${draft.id}/submit`, { version: draft.version }],
    ] as const) {
      const res = await call(otherDesk, method, url, payload)
      expect(res.statusCode, `${method} ${url}`).toBe(404)
      expect(res.json().error.code).toBe('applications.not_found')
    }
    expect((await call(desk, 'GET', `/api/v1/counter/applications/${draft.id}`)).statusCode).toBe(200)
    // An online draft of an applicant is never reachable through the counter.
    const online = await t.account(['applicant'])
    const own = (
      await call(online, 'POST', '/api/v1/applications', { serviceCode: 'SKP', applicationKind: 'baru' })
    ).json()
    expect((await call(desk, 'GET', `/api/v1/counter/applications/${own.id}`)).statusCode).toBe(404)
    // And an online submission stays channel online.
    expect(own.channel).toBe('online')
  })

  it('refuses other roles (the access matrix) and bad input with a 4xx that changes nothing', async () => {
    const before = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from users`)
    for (const role of ['applicant', 'technical', 'supervisor', 'auditor'] as const) {
      const who =
        role === 'applicant' ? await t.account(['applicant']) : team.crew[role === 'technical' ? 'technical1' : role]!
      const res = await register(who)
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('auth.forbidden')
      expect((await call(who, 'POST', '/api/v1/counter/applicants/lookup', { nik: nextNik() })).statusCode).toBe(403)
    }
    const badNik = await register(desk, { nik: '9973014508900001' })
    expect(badNik.statusCode).toBe(422)
    expect(badNik.json().error.code).toBe('nik.unknown_province')
    expect((await register(desk, { phone: '12' })).json().error.code).toBe('phone.invalid')
    expect((await register(desk, { passwordChannel: 'fax' })).statusCode).toBe(400)
    expect((await register(desk, { password: 'rahasia-petugas-123' })).statusCode).toBe(400)
    const after = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from users`)
    expect(after[0]!.n).toBe(before[0]!.n + 1) // only the applicant account made for the loop above
    const nik = nextNik()
    const first = await register(desk, { nik, email: `dup-${nik}@contoh.id` })
    expect(first.statusCode).toBe(201)
    const again = await register(desk, { nik })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('identity.nik_taken')
    const noSuch = await call(desk, 'POST', '/api/v1/counter/applications', {
      applicantId: '00000000-0000-4000-8000-000000000000',
      serviceCode: 'SKP',
      applicationKind: 'baru',
    })
    expect(noSuch.statusCode).toBe(404)
    expect(noSuch.json().error.code).toBe('counter.applicant_not_found')
    const officerAsApplicant = await call(desk, 'POST', '/api/v1/counter/applications', {
      applicantId: team.crew.technical1!.user.id,
      serviceCode: 'SKP',
      applicationKind: 'baru',
    })
    expect(officerAsApplicant.json().error.code).toBe('counter.applicant_not_found')
    const applicant = first.json()
    const draft = (
      await call(desk, 'POST', '/api/v1/counter/applications', {
        applicantId: applicant.id,
        serviceCode: 'SKP',
        applicationKind: 'baru',
      })
    ).json()
    const incomplete = await call(desk, 'POST', `/api/v1/counter/applications/${draft.id}/submit`, {
      version: draft.version,
    })
    expect(incomplete.statusCode).toBe(422)
    expect(incomplete.json().error.code).toBe('applications.incomplete')
    const [row] = await queryRows<{ status: string }>(t.db, sql`select status from applications where id = ${draft.id}`)
    expect(row!.status).toBe('draft')
  })
})
