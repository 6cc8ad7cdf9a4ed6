import { sql } from 'drizzle-orm'
import { officeStatuses } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

/** Every officer's kept load (the sum of their slots) and the files they really hold, side by side. */
async function loadsAgainstHeld(t: TestApp) {
  const held = sql.join(
    officeStatuses.map((s) => sql`${s}`),
    sql`, `,
  )
  const rows = await queryRows<{ officer_id: string; kept: number; held: number }>(
    t.db,
    sql`select coalesce(k.officer_id, h.officer_id) as officer_id, coalesce(k.kept, 0)::int as kept,
               coalesce(h.held, 0)::int as held
        from (select officer_id, sum(open_files) as kept from officer_loads group by officer_id) k
        full join (select assignee_id as officer_id, count(*) as held from applications
                   where assignee_id is not null and status in (${held}) group by assignee_id) h
          on h.officer_id = k.officer_id`,
  )
  return rows
}

/** The board's kept reassignment counts and a direct count over every stage assignment, side by side. */
async function reassignmentsAgainstHistory(t: TestApp, supervisor: { headers: Record<string, string> }) {
  const board = await t.app.inject({ method: 'GET', url: '/api/v1/work/board', headers: supervisor.headers })
  expect(board.statusCode).toBe(200)
  const [counted] = await queryRows<{ by_supervisor: number; by_system: number }>(
    t.db,
    sql`select count(*) filter (where requested_by is not null)::int as by_supervisor,
               count(*) filter (where requested_by is null and reason is not null)::int as by_system
        from stage_assignments`,
  )
  return {
    kept: board.json().reassignments,
    counted: { bySupervisor: counted!.by_supervisor, bySystem: counted!.by_system },
  }
}

describe("the kept count of an officer's open files", () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
  })
  afterAll(() => t.close())

  async function expectKeptEqualsHeld() {
    const rows = await loadsAgainstHeld(t)
    for (const row of rows)
      expect({ officer: row.officer_id, kept: row.kept }).toEqual({ officer: row.officer_id, kept: row.held })
    return rows
  }

  async function byAssignee(id: string, action: string, extra: Record<string, unknown> = {}) {
    const officer = team.byId(await h.assigneeId(id))
    if (!officer) throw new Error(`no crew officer assigned to ${id}`)
    const version = (await h.get(team.crew.supervisor!, id)).json().version
    const res = await h.act(officer, id, action, { version, ...extra })
    expect(res.statusCode).toBe(200)
    return res.json().application
  }

  it('stays equal to the files each officer holds through submit, return, resubmit, every stage and the signature', async () => {
    const draft = await h.readyDraft(applicant, 'REKLAME')
    const submitted = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    const rows = await expectKeptEqualsHeld()
    expect(rows.reduce((sum, r) => sum + r.kept, 0)).toBe(1)
    await byAssignee(draft.id, 'return', {
      returnReasons: {
        codes: ['data_mismatch'],
        requirements: [],
        fields: Object.keys(submitted.formData).slice(0, 1),
        note: 'Nama pada KTP tidak sama dengan data isian.',
      },
    })
    expect((await expectKeptEqualsHeld()).reduce((sum, r) => sum + r.kept, 0)).toBe(0)
    const mine = (await h.get(applicant, draft.id)).json()
    expect((await h.act(applicant, draft.id, 'resubmit', { version: mine.version })).statusCode).toBe(200)
    await expectKeptEqualsHeld()
    await byAssignee(draft.id, 'accept')
    await expectKeptEqualsHeld()
    await byAssignee(draft.id, 'complete_review', { report: 'Lokasi sesuai, konstruksi aman, ukuran sesuai.' })
    await expectKeptEqualsHeld()
    await byAssignee(draft.id, 'approve')
    await expectKeptEqualsHeld()
    const issued = await byAssignee(draft.id, 'sign')
    expect(issued.status).toBe('issued')
    expect((await expectKeptEqualsHeld()).reduce((sum, r) => sum + r.kept, 0)).toBe(0)
  })

  it('stays equal (and so do the board’s reassignment counts) through a rejection, a supervisor reassignment and the hand-over when an officer goes off duty', async () => {
    const files = []
    for (let i = 0; i < 4; i += 1) {
      const draft = await h.readyDraft(applicant, 'SKP')
      files.push((await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application)
    }
    await expectKeptEqualsHeld()
    const reassigned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${files[0].id}/reassign`,
      headers: team.crew.supervisor!.headers,
      payload: { reason: 'Petugas sedang dinas luar kota.' },
    })
    expect(reassigned.statusCode).toBe(200)
    await expectKeptEqualsHeld()
    const afterReassign = await reassignmentsAgainstHistory(t, team.crew.supervisor!)
    expect(afterReassign.kept).toEqual(afterReassign.counted)
    expect(afterReassign.kept.bySupervisor).toBeGreaterThanOrEqual(1)

    const holder = team.byId(await h.assigneeId(files[1].id))!
    const off = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/work/duty',
      headers: holder.headers,
      payload: { onDuty: false },
    })
    expect(off.statusCode).toBe(200)
    const rows = await expectKeptEqualsHeld()
    expect(rows.find((r) => r.officer_id === holder.user.id)?.kept ?? 0).toBe(0)
    const afterHandOver = await reassignmentsAgainstHistory(t, team.crew.supervisor!)
    expect(afterHandOver.kept).toEqual(afterHandOver.counted)
    expect(afterHandOver.kept.bySystem).toBeGreaterThanOrEqual(1)
    await t.app.inject({ method: 'PUT', url: '/api/v1/work/duty', headers: holder.headers, payload: { onDuty: true } })
    await expectKeptEqualsHeld()

    await byAssignee(files[2].id, 'accept')
    const rejected = await byAssignee(files[2].id, 'reject', { legalReason: 'Lokasi penelitian tidak sesuai izin.' })
    expect(rejected.status).toBe('rejected')
    await expectKeptEqualsHeld()
    // The hand-over may have moved this file too (a new version): withdraw the one there is now.
    const current = (await h.get(applicant, files[3].id)).json()
    const withdrawn = await h.act(applicant, files[3].id, 'withdraw', { version: current.version })
    expect(withdrawn.statusCode).toBe(200)
    await expectKeptEqualsHeld()
  })
})
