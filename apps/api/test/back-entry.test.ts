import { datesBetween, officeDays } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { counterReadyDraft, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

const WIB = officeDays('Asia/Jakarta')

type Account = Awaited<ReturnType<TestApp['account']>>

/**
 * Paper back-entry (issue 13 item 3): applications received on paper while the office was declared closed are
 * entered afterwards with the receipt's number and date, and count only once a second officer approves them.
 * The office was closed Monday 2 to Friday 6 November 2026; today is Tuesday 17 November.
 */
describe('paper back-entry under two-person control', () => {
  const clock = createTestClock(new Date('2026-11-17T09:00:00+07:00'))
  const closure = { startsOn: '2026-11-02', endsOn: '2026-11-06' }
  const closedDays = new Set(datesBetween(closure.startsOn, closure.endsOn))
  let t: TestApp
  let team: Awaited<ReturnType<typeof officerCrew>>
  let desk: Account
  let otherDesk: Account
  let supervisor: Account
  let applicant: Account
  /** Officers made in the tests besides the crew, so whoever the system assigns can be found. */
  const extra: Account[] = []
  let receipts = 0
  const nextReceipt = () => `TT/2026/${String(++receipts).padStart(4, '0')}`

  beforeAll(async () => {
    t = await createTestApp({ clock })
    team = await officerCrew(t)
    desk = team.crew.frontdesk1!
    otherDesk = team.crew.frontdesk2!
    supervisor = team.crew.supervisor!
    applicant = await t.account(['applicant'])
    const declared = await call(supervisor, 'POST', '/api/v1/closures', {
      reason: 'Kantor disegel untuk pemeriksaan oleh penegak hukum.',
      legalBasis: 'Keputusan Wali Kota Nomor 100/2026',
      ...closure,
    })
    expect(declared.statusCode, declared.body).toBe(201)
  })
  afterAll(() => t.close())

  function call(who: Account | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
    return t.app.inject({ method, url, headers: who?.headers ?? {}, payload })
  }
  const enter = (who: Account, draft: { id: string; version: number }, body: Record<string, unknown> = {}) =>
    call(who, 'POST', '/api/v1/counter/back-entries', {
      applicationId: draft.id,
      version: draft.version,
      paperReceiptNumber: nextReceipt(),
      receivedOn: '2026-11-03',
      ...body,
    })
  const approve = (who: Account, id: string) => call(who, 'POST', `/api/v1/back-entries/${id}/approve`)
  const reject = (who: Account, id: string, reason = 'Tanda terima asli tidak cocok dengan berkas.') =>
    call(who, 'POST', `/api/v1/back-entries/${id}/reject`, { reason })
  const draftFor = (officer = desk) => counterReadyDraft(t, officer, applicant.user.id)
  const backEntryRows = async () =>
    (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from back_entries`))[0]!.n
  const audit = (entityId: string) =>
    queryRows<{ action: string; actor_id: string | null; actor_role: string; details: Record<string, unknown> }>(
      t.db,
      sql`select action, actor_id, actor_role, details from audit_log where entity_id = ${entityId} order by id`,
    )
  const application = async (id: string) =>
    (
      await queryRows<{
        status: string
        registration_no: string | null
        assignee_id: string | null
        stage_due_date: string | null
        expected_completion_date: string | null
      }>(t.db, sql`select * from applications where id = ${id}`)
    )[0]!
  async function entered(officer = desk, body: Record<string, unknown> = {}) {
    const draft = await draftFor(officer)
    const res = await enter(officer, draft, body)
    expect(res.statusCode, res.body).toBe(201)
    return { draft, entry: res.json() }
  }

  it('is refused on a day outside a declared closure, and in the future, changing nothing', async () => {
    const draft = await draftFor()
    const before = await backEntryRows()
    for (const [receivedOn, code] of [
      ['2026-11-10', 'backentry.not_in_closure'],
      ['2026-10-30', 'backentry.not_in_closure'],
      ['2026-11-18', 'backentry.future_date'],
    ] as const) {
      const res = await enter(desk, draft, { receivedOn })
      expect(res.statusCode, receivedOn).toBe(422)
      expect(res.json().error.code).toBe(code)
    }
    expect(await backEntryRows()).toBe(before)
    expect((await application(draft.id)).status).toBe('draft')
  })

  it('counts nothing while pending: a draft with no number, no officer, no clock, not in the backlog', async () => {
    const backlog = async () => (await call(null, 'GET', '/api/v1/stats/backlog')).json().files as number
    const filesBefore = await backlog()
    const { draft, entry } = await entered()
    expect(entry).toMatchObject({
      status: 'pending',
      receivedOn: '2026-11-03',
      enteredBy: { id: desk.user.id },
      decidedBy: null,
      registrationNo: null,
    })
    expect(await application(draft.id)).toMatchObject({
      status: 'draft',
      registration_no: null,
      assignee_id: null,
      stage_due_date: null,
      expected_completion_date: null,
    })
    expect(await backlog()).toBe(filesBefore)
    const pending = await call(supervisor, 'GET', '/api/v1/back-entries')
    expect(pending.json().items.map((i: { id: string }) => i.id)).toContain(entry.id)
    expect((await audit(entry.id)).map((a) => [a.action, a.actor_id, a.actor_role])).toEqual([
      ['backentry.entered', desk.user.id, 'frontdesk'],
    ])
  })

  it('refuses a paper receipt number entered before (in any case), and the same draft twice', async () => {
    const { entry } = await entered(desk, { paperReceiptNumber: 'tt/dup/1' })
    expect(entry.paperReceiptNumber).toBe('TT/DUP/1')
    const before = await backEntryRows()
    const again = await enter(desk, await draftFor(), { paperReceiptNumber: 'TT/DUP/1' })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('backentry.receipt_used')
    const sameDraft = await enter(desk, { id: entry.applicationId, version: await draftVersion(entry.applicationId) })
    expect(sameDraft.statusCode).toBe(409)
    expect(sameDraft.json().error.code).toBe('backentry.already_pending')
    expect(await backEntryRows()).toBe(before)
  })

  async function draftVersion(id: string) {
    return (await call(desk, 'GET', `/api/v1/counter/applications/${id}`)).json().version as number
  }

  it('never lets the officer who entered it decide it, whatever roles or delegation they hold', async () => {
    // One person holding the counter and the supervisor's role, and acting as signer under a delegation.
    const both = await t.account(['frontdesk', 'supervisor'])
    extra.push(both)
    const delegated = await call(team.crew.signer1!, 'POST', '/api/v1/delegations', {
      kind: 'plh',
      delegateId: both.user.id,
      startsOn: '2026-11-17',
      endsOn: '2026-11-20',
      reason: 'Kepala dinas cuti; Plh. ditunjuk dengan surat perintah.',
    })
    expect(delegated.statusCode, delegated.body).toBe(201)
    const { draft, entry } = await entered(both)
    for (const res of [await approve(both, entry.id), await reject(both, entry.id)]) {
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('backentry.same_officer')
    }
    // An account the enterer set up is within one person's reach too.
    const puppet = await t.account(['supervisor'])
    extra.push(puppet)
    await t.db.execute(sql`update users set created_by = ${both.user.id} where id = ${puppet.user.id}`)
    const related = await approve(puppet, entry.id)
    expect(related.statusCode).toBe(403)
    expect(related.json().error.code).toBe('backentry.related_officer')
    expect((await application(draft.id)).status).toBe('draft')
    expect((await audit(entry.id)).map((a) => a.action)).toEqual(['backentry.entered'])
    // A frontdesk officer is no approver at all.
    const byDesk = await approve(otherDesk, entry.id)
    expect(byDesk.statusCode).toBe(403)
    expect(byDesk.json().error.code).toBe('auth.forbidden')
  })

  it('on approval starts the clocks from the paper date, leaving out the closure days, and records both officers', async () => {
    const { draft, entry } = await entered()
    const res = await approve(supervisor, entry.id)
    expect(res.statusCode, res.body).toBe(200)
    const approved = res.json()
    const paperDay = new Date('2026-11-03T12:00:00+07:00')
    const sla = draft.service.slaDays
    const firstStage = draft.service.stages[0]!
    // The first working day after the paper date is the first day after the closure.
    expect(WIB.addWorkingDays(paperDay, 1, closedDays)).toBe('2026-11-09')
    const expected = WIB.addWorkingDays(paperDay, sla, closedDays)
    expect(expected).not.toBe(WIB.addWorkingDays(paperDay, sla))
    expect(approved).toMatchObject({
      status: 'approved',
      decidedBy: { id: supervisor.user.id },
      expectedCompletionDate: expected,
    })
    expect(approved.registrationNo).toMatch(/^REG-2026-\d{6}$/)
    const row = await application(draft.id)
    expect(row.status).toBe('admin_verification')
    expect(row.stage_due_date).toBe(WIB.addWorkingDays(paperDay, firstStage.budgetDays, closedDays))
    // The same assignment as any counter intake: never the officer who entered it, nor the approver.
    expect(row.assignee_id).not.toBeNull()
    expect([desk.user.id, supervisor.user.id]).not.toContain(row.assignee_id)
    const assignee = team.byId(row.assignee_id) ?? extra.find((a) => a.user.id === row.assignee_id)!
    const queue = await call(assignee, 'GET', '/api/v1/work/queue')
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(draft.id)

    // The history: entered by the frontdesk officer, submitted and approved by the supervisor, naming both.
    const records = await audit(draft.id)
    const submit = records.find((r) => r.action === 'application.submit')!
    expect(submit).toMatchObject({ actor_id: supervisor.user.id, actor_role: 'supervisor' })
    expect(submit.details).toMatchObject({
      onBehalfOf: applicant.user.id,
      paperReceipt: { number: entry.paperReceiptNumber, receivedOn: '2026-11-03', enteredBy: desk.user.id },
    })
    expect((await audit(entry.id)).map((a) => [a.action, a.actor_id])).toEqual([
      ['backentry.entered', desk.user.id],
      ['backentry.approved', supervisor.user.id],
    ])
    const [event] = await queryRows<{ at: Date; actor_id: string }>(
      t.db,
      sql`select at, actor_id from application_events where application_id = ${draft.id} and action = 'submit'`,
    )
    expect(new Date(event!.at).toISOString()).toBe(paperDay.toISOString())

    // The applicant sees the paper receipt and its date; so does public tracking.
    const mine = (await call(applicant, 'GET', `/api/v1/applications/${draft.id}`)).json()
    expect(mine.submittedAt).toBe(paperDay.toISOString())
    const shown = mine.events.find((e: { action: string }) => e.action === 'submit')
    expect(shown.paperReceipt).toEqual({ number: entry.paperReceiptNumber, receivedOn: '2026-11-03' })
    const tracked = await call(
      null,
      'GET',
      `/api/v1/track/${approved.registrationNo}?code=${encodeURIComponent(mine.trackingCode)}`,
    )
    expect(tracked.statusCode, tracked.body).toBe(200)
    expect(JSON.stringify(tracked.json())).toContain(entry.paperReceiptNumber)
    expect(JSON.stringify(tracked.json())).not.toContain(desk.user.id)

    const twice = await approve(team.crew.supervisor!, entry.id)
    expect(twice.statusCode).toBe(409)
    expect(twice.json().error.code).toBe('backentry.already_decided')
  })

  it('a rejection, with a reason, never counts; the draft stays and its receipt number may be entered again', async () => {
    const number = nextReceipt()
    const { draft, entry } = await entered(desk, { paperReceiptNumber: number })
    const res = await reject(supervisor, entry.id)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Tanda terima asli tidak cocok dengan berkas.',
      decidedBy: { id: supervisor.user.id },
      registrationNo: null,
    })
    expect((await application(draft.id)).status).toBe('draft')
    const records = await audit(entry.id)
    expect(records.map((a) => [a.action, a.actor_id])).toEqual([
      ['backentry.entered', desk.user.id],
      ['backentry.rejected', supervisor.user.id],
    ])
    // Free text stays in the entry's own row, not in the record that becomes public.
    expect(JSON.stringify(records[1]!.details)).not.toContain('cocok')
    const approveAfter = await approve(supervisor, entry.id)
    expect(approveAfter.json().error.code).toBe('backentry.already_decided')
    const again = await enter(
      desk,
      { id: draft.id, version: await draftVersion(draft.id) },
      { paperReceiptNumber: number },
    )
    expect(again.statusCode, again.body).toBe(201)
  })

  it('approves only the draft as entered: an edit after entry is refused', async () => {
    const { draft, entry } = await entered()
    const edited = await call(desk, 'PATCH', `/api/v1/counter/applications/${draft.id}/form`, {
      version: draft.version,
      data: { penelitian_judul: 'Judul yang diubah setelah entri' },
    })
    expect(edited.statusCode, edited.body).toBe(200)
    const res = await approve(supervisor, entry.id)
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('backentry.draft_changed')
    expect((await application(draft.id)).status).toBe('draft')
  })

  it('keeps to roles: only frontdesk enters, only its own drafts; a frontdesk officer lists only their own', async () => {
    const draft = await draftFor()
    const bySupervisor = await enter(supervisor, draft)
    expect(bySupervisor.statusCode).toBe(403)
    const byAnotherDesk = await enter(otherDesk, draft)
    expect(byAnotherDesk.statusCode).toBe(404)
    expect(byAnotherDesk.json().error.code).toBe('applications.not_found')
    const byApplicant = await enter(applicant, draft)
    expect(byApplicant.statusCode).toBe(403)
    const { entry } = await entered(otherDesk)
    const mine = (await call(desk, 'GET', '/api/v1/back-entries')).json().items as { enteredBy: { id: string } }[]
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((i) => i.enteredBy.id === desk.user.id)).toBe(true)
    const theirs = (await call(otherDesk, 'GET', '/api/v1/back-entries')).json().items as { id: string }[]
    expect(theirs.map((i) => i.id)).toEqual([entry.id])
    const byApprover = await call(team.crew.approver1!, 'GET', '/api/v1/back-entries')
    expect(byApprover.statusCode).toBe(403)
  })
})
