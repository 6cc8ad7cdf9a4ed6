import { backlogAgeBuckets, officeDays } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { applicationHelpers, officerCrew } from './applications.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './test-app.ts'

const WIB = officeDays('Asia/Jakarta')

/**
 * The kept statistics against a direct count. Files are walked at random through the lifecycle over
 * several days (returns, resubmissions, rejections, withdrawals, reassignments, escalations, deemed
 * approvals, issuances); after each day the applications and their history are counted directly, and
 * the public figures for that day, asked afterwards with `asOf`, must be the same.
 */
export const SERVICES = ['SKP', 'SIUP', 'REKLAME']
export const DAYS = 6
export const NEW_PER_DAY = 7

export interface DirectRow {
  kind: string
  serviceCode: string
  stage: string
  files: number
  overdue: number
}

/** Seeded pseudo-random choices, so a failure can be replayed. */
function seeded(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export interface AssigneeRow {
  assigneeId: string | null
  files: number
  overdue: number
}

export const keptByAssignee = (body: { byAssignee: AssigneeRow[] }) =>
  body.byAssignee
    .map(({ assigneeId, files, overdue }) => ({ assigneeId, files, overdue }))
    .sort((a, b) => (a.assigneeId ?? '').localeCompare(b.assigneeId ?? ''))

export const keptRows = (body: { rows: (DirectRow & { channel: string })[] }) =>
  body.rows
    .map(({ kind, serviceCode, stage, files, overdue }) => ({ kind, serviceCode, stage, files, overdue }))
    .sort((a, b) => [a.kind, a.serviceCode, a.stage].join().localeCompare([b.kind, b.serviceCode, b.stage].join()))

/** The walk's app and people, the direct counts taken after each day, and the direct counts for any day. */
export type StatsWalk = Awaited<ReturnType<typeof statsWalk>>

/** Creates an app and walks its files for DAYS days, counting the backlog directly after each one. */
export async function statsWalk() {
  const clock = createTestClock(new Date('2026-03-02T09:00:00+07:00'))
  const random = seeded(11)
  const t: TestApp = await createTestApp({ clock })
  const h = applicationHelpers(t)
  const team = await officerCrew(t)
  const applicant = await t.account(['applicant'])
  const snapshots: { day: string; rows: DirectRow[]; ages: Record<string, number> }[] = []
  const assigneeSnapshots: { day: string; rows: AssigneeRow[] }[] = []

  /** Open files by who holds them, counted directly: what the officer report must say. */
  const directByAssignee = (today: string) =>
    queryRows<{ assigneeId: string | null; files: number; overdue: number }>(
      t.db,
      sql`select assignee_id::text as "assigneeId", count(*)::int as files,
                 (count(*) filter (where stage_due_date < ${today}))::int as overdue
          from applications where status not in ('draft', 'issued', 'rejected', 'withdrawn', 'expired', 'deleted')
          group by 1 order by 1 nulls first`,
    )

  async function directBacklog(today: string): Promise<{ rows: DirectRow[]; ages: Record<string, number> }> {
    const rows = await queryRows<DirectRow & { files: number; overdue: number }>(
      t.db,
      sql`select service_kind as kind, service_code as "serviceCode", status as stage, count(*)::int as files,
                 (count(*) filter (where stage_due_date < ${today}))::int as overdue
          from applications where status not in ('draft', 'issued', 'rejected', 'withdrawn', 'expired', 'deleted')
          group by 1, 2, 3 order by 1, 2, 3`,
    )
    const submitted = await queryRows<{ submitted_at: Date | string }>(
      t.db,
      sql`select submitted_at from applications
          where status not in ('draft', 'issued', 'rejected', 'withdrawn', 'expired', 'deleted')`,
    )
    const ages = Object.fromEntries(backlogAgeBuckets.map((b) => [b.bucket, 0]))
    for (const r of submitted) {
      const age = WIB.workingDaysBetween(new Date(r.submitted_at), WIB.endOfDay(today))
      ages[backlogAgeBuckets.find((b) => age <= b.max)!.bucket]! += 1
    }
    return { rows, ages }
  }

  /** One random step for a file, by whoever holds it (or none, when it waits). */
  async function step(id: string): Promise<void> {
    const app = (await h.get(team.crew.supervisor!, id)).json()
    const holder = team.byId(await h.assigneeId(id))
    const roll = random()
    const v = app.version
    const ok = (res: { statusCode: number; body: string }) => {
      if (res.statusCode !== 200) throw new Error(`${app.status}: ${res.body}`)
    }
    switch (app.status) {
      case 'submitted':
      case 'admin_verification':
        if (!holder) return
        if (roll < 0.25)
          return ok(
            await h.act(holder, id, 'return', {
              version: v,
              returnReasons: {
                codes: roll < 0.12 ? ['data_mismatch'] : ['document_missing', 'data_incomplete'],
                requirements: [],
                fields: Object.keys(app.formData).slice(0, 1),
                note: 'Mohon dilengkapi sesuai daftar periksa.',
              },
            }),
          )
        if (roll < 0.35) {
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/v1/applications/${id}/reassign`,
            headers: team.crew.supervisor!.headers,
            payload: { reason: 'Petugas sedang dinas luar kota.' },
          })
          return ok(res)
        }
        return ok(await h.act(holder, id, 'accept', { version: v }))
      case 'returned':
        if (roll < 0.2) return ok(await h.act(applicant, id, 'withdraw', { version: v }))
        return ok(await h.act(applicant, id, 'resubmit', { version: v }))
      case 'technical_review':
        if (!holder) return
        return ok(await h.act(holder, id, 'complete_review', { version: v, report: 'Lokasi sesuai dan aman.' }))
      case 'decision':
        if (!holder || roll < 0.3) return // left for the deadline: escalation, or approval by law
        if (roll < 0.45)
          return ok(
            await h.act(holder, id, 'reject', { version: v, legalReason: 'Persyaratan teknis tidak terpenuhi.' }),
          )
        return ok(await h.act(holder, id, 'approve', { version: v }))
      case 'signing':
        if (!holder || roll < 0.3) return
        return ok(await h.act(holder, id, 'sign', { version: v }))
      default:
    }
  }

  const files: string[] = []
  for (let day = 0; day < DAYS; day += 1) {
    for (let i = 0; i < NEW_PER_DAY; i += 1) {
      const draft = await h.readyDraft(applicant, SERVICES[(day + i) % SERVICES.length]!)
      const res = await h.act(applicant, draft.id, 'submit', { version: draft.version })
      if (res.statusCode !== 200) throw new Error(res.body)
      files.push(draft.id)
      clock.advance(60_000)
    }
    for (const id of files) {
      await step(id)
      clock.advance(30_000)
    }
    await t.app.runEscalations()
    const today = WIB.dateOf(clock.now())
    snapshots.push({ day: today, ...(await directBacklog(today)) })
    assigneeSnapshots.push({ day: today, rows: await directByAssignee(today) })
    clock.advance(86_400_000)
    // Keep the working hours: the next day starts at 09:00 again.
    clock.set(new Date(`${WIB.dateOf(clock.now())}T09:00:00+07:00`))
  }
  return { clock, t, h, team, applicant, snapshots, assigneeSnapshots, directBacklog, directByAssignee }
}
