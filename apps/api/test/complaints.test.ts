import { officeDays } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

const WIB = officeDays('Asia/Jakarta')

type Account = Awaited<ReturnType<TestApp['account']>>
const HOLIDAYS = new Set(['2026-12-24', '2026-12-25', '2027-01-01'])
/** Monday 21 December 2026, 10:00 WIB: Christmas (24 cuti bersama, 25) and New Year fall inside the ladder. */
const MONDAY = new Date('2026-12-21T10:00:00+07:00')
const at = (iso: string) => new Date(`${iso}+07:00`)

function complaintWorld() {
  const clock = createTestClock(MONDAY)
  const w = {} as { t: TestApp; supervisor: Account; auditor: Account; applicant: Account }
  beforeAll(async () => {
    w.t = await createTestApp({ clock })
    w.supervisor = await w.t.account(['supervisor'])
    w.auditor = await w.t.account(['auditor'])
    w.applicant = await w.t.account(['applicant'])
  })
  afterAll(() => w.t.close())
  const file = async (body: Record<string, unknown>, who?: Account) => {
    const res = await w.t.app.inject({
      method: 'POST',
      url: who ? '/api/v1/me/complaints' : '/api/v1/complaints',
      headers: who?.headers ?? {},
      payload: { category: 'ordinary', subject: 'system', description: 'Situs lambat sekali sejak pagi.', ...body },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as {
      number: string
      followUpCode: string
      firstResponseDueDate: string
      resolutionDueDate: string
    }
  }
  const idOf = async (number: string) =>
    (await queryRows<{ id: string }>(w.t.db, sql`select id from complaints where number = ${number}`))[0]!.id
  const step = (who: Account, id: string, body: Record<string, unknown>) =>
    w.t.app.inject({ method: 'POST', url: `/api/v1/work/complaints/${id}/steps`, headers: who.headers, payload: body })
  const follow = (number: string, code: string) =>
    w.t.app.inject({ method: 'GET', url: `/api/v1/complaints/${number}?code=${code}` })
  return { w, clock, file, idOf, step, follow }
}

describe('complaint deadlines on the SP4N-LAPOR! ladder', () => {
  const { w, clock, file, idOf, step, follow } = complaintWorld()

  it('counts 3 working days to the first response and 5 / 14 / 60 to resolution, skipping holidays', async () => {
    clock.set(MONDAY)
    const ordinary = await file({ category: 'ordinary' })
    expect(ordinary.number).toMatch(/^ADU-2026-\d{6}$/)
    expect(ordinary.followUpCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/)
    // 22, 23, (24 and 25 holidays, weekend), 28 → the 3rd working day; 29, 30 → the 5th.
    expect(ordinary.firstResponseDueDate).toBe('2026-12-28')
    expect(ordinary.resolutionDueDate).toBe('2026-12-30')
    expect((await file({ category: 'information' })).resolutionDueDate).toBe('2026-12-30')
    // 31, (1 January), 4–8, 11, 12, 13 January → the 14th.
    expect((await file({ category: 'dispute' })).resolutionDueDate).toBe('2027-01-13')
    const field = await file({ category: 'field_check' })
    expect(field.resolutionDueDate).toBe(WIB.addWorkingDays(MONDAY, 60, HOLIDAYS))
    expect(field.resolutionDueDate > '2027-03-01').toBe(true)
  })

  it('pauses the resolution clock while waiting for the complainant and restarts it on the answer', async () => {
    clock.set(MONDAY)
    const filed = await file({ category: 'ordinary' })
    const id = await idOf(filed.number)
    clock.set(at('2026-12-22T10:00:00'))
    const asked = await step(w.supervisor, id, { step: 'request_info', message: 'Jam berapa situs lambat?' })
    expect(asked.statusCode, asked.body).toBe(200)
    expect(asked.json()).toMatchObject({ status: 'waiting_for_complainant', paused: true, resolutionOverdue: false })
    // Wednesday 30 December, past the unpaused date: 23, 28, 29, 30 were spent waiting → 5 + 4 days.
    clock.set(at('2026-12-30T10:00:00'))
    expect((await follow(filed.number, filed.followUpCode)).json()).toMatchObject({
      status: 'waiting_for_complainant',
      paused: true,
      resolutionDueDate: '2027-01-06',
    })
    const answered = await w.t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${filed.number}/replies`,
      payload: { code: filed.followUpCode, message: 'Sekitar jam 9 pagi.' },
    })
    expect(answered.statusCode, answered.body).toBe(200)
    expect(answered.json()).toMatchObject({ status: 'in_progress', paused: false, resolutionDueDate: '2027-01-06' })
    // The paused days stay counted after the answer; the next day counts against the office again.
    clock.set(at('2027-01-06T16:00:00'))
    const closed = await step(w.supervisor, id, { step: 'close', outcome: 'resolved', message: 'Server diperbaiki.' })
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'resolved', resolutionDueDate: '2027-01-06' })
    const [record] = await queryRows<{ details: Record<string, unknown> }>(
      w.t.db,
      sql`select details from audit_log where action = 'complaint.closed' and entity_id = ${id}`,
    )
    expect(record!.details).toMatchObject({ answeredOnTime: true, resolvedOnTime: true })
  })

  it('escalates a complaint once when its first response or its resolution runs late', async () => {
    clock.set(MONDAY)
    const late = await file({ category: 'ordinary' })
    const id = await idOf(late.number)
    clock.set(at('2026-12-28T23:00:00'))
    await w.t.app.runComplaintEscalations()
    expect(
      (
        await w.t.app.inject({ method: 'GET', url: `/api/v1/work/complaints/${id}`, headers: w.supervisor.headers })
      ).json(),
    ).toMatchObject({ firstResponseOverdue: false, escalated: false })
    clock.set(at('2026-12-29T08:00:00'))
    await w.t.app.runComplaintEscalations()
    await w.t.app.runComplaintEscalations()
    const seen = (
      await w.t.app.inject({ method: 'GET', url: `/api/v1/work/complaints/${id}`, headers: w.supervisor.headers })
    ).json()
    expect(seen).toMatchObject({ firstResponseOverdue: true, escalated: true, status: 'awaiting_response' })
    const escalations = await queryRows<{ details: Record<string, unknown> }>(
      w.t.db,
      sql`select details from audit_log where action = 'complaint.escalated' and entity_id = ${id}`,
    )
    expect(escalations.map((e) => e.details)).toEqual([{ kind: 'first_response', dueDate: '2026-12-28' }])

    // Answered late, then the resolution date passes too: a second, different escalation.
    await step(w.supervisor, id, { step: 'respond', message: 'Sedang kami periksa.' })
    clock.set(at('2026-12-31T09:00:00'))
    await w.t.app.runComplaintEscalations()
    const kinds = await queryRows<{ kind: string }>(
      w.t.db,
      sql`select details->>'kind' as kind from audit_log where action = 'complaint.escalated' and entity_id = ${id} order by id`,
    )
    expect(kinds.map((k) => k.kind)).toEqual(['first_response', 'resolution'])
    const figures = (await w.t.app.inject({ method: 'GET', url: '/api/v1/figures/complaints' })).json()
    expect(figures.answered).toBeGreaterThanOrEqual(2)
    expect(figures.answeredOnTime).toBe(figures.answered - 1)
  })

  it('refuses steps the status does not offer and details a step needs, changing nothing', async () => {
    clock.set(MONDAY)
    const filed = await file({})
    const id = await idOf(filed.number)
    const noTarget = await step(w.supervisor, id, { step: 'forward', message: 'Ke Diskominfo.' })
    expect(noTarget.statusCode).toBe(422)
    expect(noTarget.json().error.code).toBe('complaints.forward_target_required')
    const noOutcome = await step(w.supervisor, id, { step: 'close', message: 'Selesai.' })
    expect(noOutcome.json().error.code).toBe('complaints.outcome_required')
    const forwarded = await step(w.supervisor, id, {
      step: 'forward',
      message: 'Diteruskan.',
      forwardedTo: 'Diskominfo',
    })
    expect(forwarded.json()).toMatchObject({ status: 'in_progress', forwardedTo: 'Diskominfo' })
    await step(w.supervisor, id, { step: 'close', outcome: 'resolved', message: 'Selesai.' })
    const again = await step(w.supervisor, id, { step: 'respond', message: 'Lagi.' })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('complaints.step_not_allowed')
    const replied = await w.t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${filed.number}/replies`,
      payload: { code: filed.followUpCode, message: 'Terima kasih.' },
    })
    expect(replied.json().error.code).toBe('complaints.closed')
    for (const [body, code] of [
      [{ subject: 'service' }, 'complaints.subject_detail_required'],
      [{ subject: 'application' }, 'complaints.subject_detail_required'],
      [{ subject: 'service', serviceCode: 'NOPE' }, 'complaints.unknown_service'],
      [{ subject: 'system', pungli: true }, 'complaints.pungli_subject'],
    ] as const) {
      const res = await w.t.app.inject({
        method: 'POST',
        url: '/api/v1/complaints',
        payload: { category: 'ordinary', description: 'Keluhan yang cukup panjang.', ...body },
      })
      expect(res.statusCode).toBe(422)
      expect(res.json().error.code).toBe(code)
    }
  })

  it('opens a complaint with its code alone; a wrong code answers like an unknown number', async () => {
    const filed = await file({ subject: 'application', registrationNo: 'REG-2026-000777' })
    const seen = await follow(filed.number, filed.followUpCode.toLowerCase())
    expect(seen.statusCode).toBe(200)
    expect(seen.json().messages).toEqual([
      expect.objectContaining({ from: 'complainant', kind: 'complaint', text: 'Situs lambat sekali sejak pagi.' }),
    ])
    const wrong = await follow(filed.number, 'WRONGCODE2')
    const unknown = await follow('ADU-2026-999999', filed.followUpCode)
    expect([wrong.statusCode, unknown.statusCode]).toEqual([404, 404])
    expect(wrong.json().error.code).toBe('complaints.not_found')
    expect(wrong.json().error.message).toBe(unknown.json().error.message)
  })
})

describe('a declared closure moves complaint deadlines', () => {
  const { w, clock, file } = complaintWorld()

  it('does not count a closed day', async () => {
    clock.set(MONDAY)
    const before = await file({})
    const closure = await w.t.app.inject({
      method: 'POST',
      url: '/api/v1/closures',
      headers: w.supervisor.headers,
      payload: {
        reason: 'Banjir menutup kantor (uji).',
        legalBasis: 'Keputusan Wali Kota (uji)',
        startsOn: '2026-12-22',
        endsOn: '2026-12-22',
      },
    })
    expect(closure.statusCode, closure.body).toBe(201)
    const after = await file({})
    expect([before.firstResponseDueDate, after.firstResponseDueDate]).toEqual(['2026-12-28', '2026-12-29'])
    expect(after.resolutionDueDate).toBe('2026-12-31')
    // Deadlines are computed, not stored: the earlier complaint moves too.
    const seen = (
      await w.t.app.inject({ method: 'GET', url: `/api/v1/complaints/${before.number}?code=${before.followUpCode}` })
    ).json()
    expect(seen.firstResponseDueDate).toBe('2026-12-29')
  })
})

describe('anonymity and extortion reports', () => {
  const { w, file, idOf, step } = complaintWorld()

  it('keeps nothing that identifies an anonymous complainant, and shows officers no account', async () => {
    const anonymous = await file({ subject: 'officer_conduct', description: 'Petugas loket bersikap kasar.' })
    const id = await idOf(anonymous.number)
    const [row] = await queryRows<{ complainant_id: string | null }>(
      w.t.db,
      sql`select complainant_id from complaints where id = ${id}`,
    )
    expect(row!.complainant_id).toBeNull()
    const [audit] = await queryRows<{ actor_id: string | null; actor_role: string; details: object }>(
      w.t.db,
      sql`select actor_id, actor_role, details from audit_log where entity_id = ${id}`,
    )
    expect(audit).toMatchObject({ actor_id: null, actor_role: 'public' })
    expect(JSON.stringify(audit!.details)).not.toContain('kasar')
    const [outbox] = await queryRows<{ payload: object }>(
      w.t.db,
      sql`select payload from outbox where entity_id = ${id}`,
    )
    expect(JSON.stringify(outbox!.payload)).not.toContain('kasar')

    const mine = await file({ description: 'Saya tidak bisa masuk akun.' }, w.applicant)
    const mineId = await idOf(mine.number)
    const views = [
      await w.t.app.inject({ method: 'GET', url: `/api/v1/work/complaints/${mineId}`, headers: w.supervisor.headers }),
      await w.t.app.inject({ method: 'GET', url: '/api/v1/work/complaints', headers: w.supervisor.headers }),
      await w.t.app.inject({ method: 'GET', url: '/api/v1/figures/complaints' }),
    ]
    expect(views[0]!.json()).toMatchObject({ anonymous: false })
    expect(views[1]!.json().items.find((c: { id: string }) => c.id === id)).toMatchObject({ anonymous: true })
    for (const view of views) {
      expect(view.statusCode).toBe(200)
      for (const identifying of [
        w.applicant.user.id,
        w.applicant.user.fullName,
        w.applicant.user.email!,
        '+6281234567890',
      ])
        expect(view.body).not.toContain(identifying)
    }
  })

  it('sends extortion reports to the inspectorate only: supervisors cannot see or touch them', async () => {
    const report = await file({
      subject: 'officer_conduct',
      pungli: true,
      registrationNo: 'REG-2026-000123',
      description: 'Petugas meminta uang Rp 500.000 agar berkas dipercepat.',
    })
    const id = await idOf(report.number)
    const supervisorQueue = (
      await w.t.app.inject({ method: 'GET', url: '/api/v1/work/complaints', headers: w.supervisor.headers })
    ).json()
    expect(supervisorQueue.items.map((c: { id: string }) => c.id)).not.toContain(id)
    const peek = await w.t.app.inject({
      method: 'GET',
      url: `/api/v1/work/complaints/${id}`,
      headers: w.supervisor.headers,
    })
    expect(peek.statusCode).toBe(404)
    expect(peek.json().error.code).toBe('complaints.not_found')
    const touch = await step(w.supervisor, id, { step: 'respond', message: 'Kami tangani.' })
    expect(touch.statusCode).toBe(404)

    const auditorQueue = (
      await w.t.app.inject({ method: 'GET', url: '/api/v1/work/complaints', headers: w.auditor.headers })
    ).json()
    expect(auditorQueue.items.find((c: { id: string }) => c.id === id)).toMatchObject({
      pungli: true,
      steps: ['respond', 'request_info', 'forward', 'close'],
    })
    const handled = await step(w.auditor, id, { step: 'respond', message: 'Inspektorat menindaklanjuti.' })
    expect(handled.statusCode, handled.body).toBe(200)
    const [audit] = await queryRows<{ actor_role: string }>(
      w.t.db,
      sql`select actor_role from audit_log where action = 'complaint.responded' and entity_id = ${id}`,
    )
    expect(audit!.actor_role).toBe('auditor')
    // The public record of the report names neither the application nor a service.
    const [filed] = await queryRows<{ details: object }>(
      w.t.db,
      sql`select details from audit_log where action = 'complaint.filed' and entity_id = ${id}`,
    )
    expect(JSON.stringify(filed!.details)).not.toMatch(/REG-2026-000123|500\.000/)

    // The inspectorate reads other complaints but does not handle them.
    const ordinary = await idOf((await file({})).number)
    const notMine = await step(w.auditor, ordinary, { step: 'respond', message: 'Bukan tugas kami.' })
    expect(notMine.statusCode).toBe(403)
    expect(notMine.json().error.code).toBe('complaints.not_handler')
  })
})
