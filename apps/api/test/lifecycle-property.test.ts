import {
  actionRule,
  applicationActions,
  lifecycle,
  type ApplicationAction,
  type ApplicationStatus,
} from '@pintu/contract'
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

const extras = {
  returnReasons: {
    codes: ['document_unreadable'],
    requirements: [] as string[],
    fields: [] as string[],
    note: 'Dokumen tidak terbaca dengan jelas.',
  },
  legalReason: 'Tidak memenuhi Pasal 5 Perwal 235/2017.',
  report: 'Hasil peninjauan lapangan sesuai dengan permohonan.',
}

describe('lifecycle invariants under random actions by random actors', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let owner: Account
  let stranger: Account
  let actors: Account[]
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    owner = await t.account(['applicant'])
    stranger = await t.account(['applicant'])
    actors = [owner, stranger, ...Object.values(team.crew)]
  })
  afterAll(() => t.close())

  it('holds one current stage, a history that matches the status, only eligible actors, and approver ≠ signer', async () => {
    const step = fc.record({
      actor: fc.nat({ max: 1000 }),
      action: fc.constantFrom<ApplicationAction>(...applicationActions),
      stale: fc.boolean(),
      withInputs: fc.boolean(),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('SKP', 'IUI'),
        fc.array(step, { minLength: 4, maxLength: 14 }),
        async (service, steps) => {
          const draft = await h.readyDraft(owner, service)
          const requirement = draft.service.requirements[0].key
          for (const s of steps) {
            // Bias toward the actor who can act, so sequences go deep into the lifecycle.
            const assignee = team.byId(await h.assigneeId(draft.id))
            const actor = s.actor % 3 === 0 ? actors[s.actor % actors.length]! : (assignee ?? owner)
            const before = (await h.get(team.crew.supervisor!, draft.id)).json() as {
              status: ApplicationStatus
              version: number
            }
            const current = before.status === undefined ? (await h.get(owner, draft.id)).json() : before
            const body = {
              version: s.stale ? current.version + 1 : current.version,
              ...(s.withInputs && {
                ...extras,
                returnReasons: { ...extras.returnReasons, requirements: [requirement] },
              }),
            }
            const res = await h.act(actor, draft.id, s.action, body)
            const rule = actionRule(current.status, s.action)
            if (res.statusCode === 200) {
              // Only what the table allows, by whom it allows, on the version read.
              expect(rule, `${s.action} in ${current.status}`).toBeDefined()
              expect(s.stale).toBe(false)
              if (rule!.by === 'applicant') expect(actor).toBe(owner)
              else {
                expect(actor.user.roles).toContain(rule!.by)
                expect(assignee?.user.id).toBe(actor.user.id)
              }
            } else {
              const after = (await h.get(owner, draft.id)).json()
              expect(after.version, `refused ${s.action} changed nothing`).toBe(current.version)
            }
            await checkInvariants(draft.id)
          }
        },
      ),
      { numRuns: 12 },
    )
  }, 240_000)

  async function checkInvariants(id: string) {
    const app = (await h.get(owner, id)).json()
    const [row] = await queryRows<{ current_stage: string | null; assignee_id: string | null }>(
      t.db,
      sql`select current_stage, assignee_id from applications where id = ${id}`,
    )
    const rule = lifecycle[app.status as ApplicationStatus]
    // One current stage: exactly the stage of the status while the office holds the file, none otherwise.
    expect(row!.current_stage).toBe(rule.holder === 'office' ? rule.stage : null)
    if (rule.holder !== 'office') expect(row!.assignee_id).toBeNull()
    // The history ends in the current status and each step starts where the last one ended.
    const events = await queryRows<{ from_status: string | null; to_status: string; action: string }>(
      t.db,
      sql`select from_status, to_status, action from application_events where application_id = ${id} order by id`,
    )
    expect(events.at(-1)!.to_status).toBe(app.status)
    events.slice(1).forEach((e, i) => expect(e.from_status).toBe(events[i]!.to_status))
    // Separation of duties: no officer acted in two stages of this file.
    const acted = await queryRows<{ actor_id: string; stages: number }>(
      t.db,
      sql`select actor_id, count(distinct stage)::int as stages from application_events where application_id = ${id} and actor_role not in ('applicant', 'system', 'supervisor') group by actor_id`,
    )
    for (const a of acted) expect(a.stages).toBe(1)
    const approver = await queryRows<{ actor_id: string }>(
      t.db,
      sql`select actor_id from application_events where application_id = ${id} and action = 'approve'`,
    )
    const signer = await queryRows<{ actor_id: string }>(
      t.db,
      sql`select actor_id from application_events where application_id = ${id} and action = 'sign'`,
    )
    if (approver[0] && signer[0]) expect(signer[0].actor_id).not.toBe(approver[0].actor_id)
    // One change record per change: each audit entry of the file has exactly one outbox row, and each
    // step of its history is one recorded transition (or its creation).
    const [records] = await queryRows<{ audits: number; outboxed: number; transitions: number }>(
      t.db,
      sql`
      select count(*)::int as audits,
             count(*) filter (where (select count(*) from outbox o where o.audit_id = a.id) = 1)::int as outboxed,
             count(*) filter (where a.action = 'application.created' or a.action like 'application.%' and substr(a.action, 13) = any(string_to_array(${applicationActions.join(',')}, ',')))::int as transitions
      from audit_log a where a.entity_type = 'application' and a.entity_id = ${id}`,
    )
    expect(records!.outboxed).toBe(records!.audits)
    expect(records!.transitions).toBe(events.length)
  }
})
