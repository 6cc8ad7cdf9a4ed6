// Issue 16 item 6: Pintu works behind PgBouncer in transaction mode (PINTU_DATABASE_POOLER=pgbouncer),
// where consecutive statements of one client connection may run on different server sessions, so
// nothing may rely on session state. A real PgBouncer (Debian's, 1.18: it does not carry named
// prepared statements across sessions) with fewer server connections than the API's pool, in front
// of a cluster of the test's own on loopback ports 5442 (PostgreSQL) and 5443 (PgBouncer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInstallation, type ApiProcess } from '../faults/support/api-process.ts'
import { applicantToken, prepareDrafts, submit, type Draft } from '../faults/support/submissions.ts'
import { query, startPgBouncer, startPrimary, type Cluster } from './support/postgres-clusters.ts'

const POSTGRES_PORT = 5442
const PGBOUNCER_PORT = 5443
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('behind PgBouncer in transaction mode', () => {
  let postgres: Cluster
  let pgbouncer: Awaited<ReturnType<typeof startPgBouncer>>
  let installation: Awaited<ReturnType<typeof createInstallation>>
  let api: ApiProcess

  beforeAll(async () => {
    postgres = await startPrimary(POSTGRES_PORT)
    // Two server sessions for the API's ten pooled connections: every client connection's
    // transactions and statements are spread over both.
    pgbouncer = await startPgBouncer(postgres, PGBOUNCER_PORT, 2)
    installation = await createInstallation(pgbouncer.url, {
      PINTU_DATABASE_POOLER: 'pgbouncer',
      PINTU_LOG_INTERVAL_MS: '200',
      PINTU_JOB_INTERVAL_SECONDS: '1',
    })
    // Migrations, the seed and the demo accounts all go through PgBouncer.
    api = await installation.start()
  }, 180_000)
  afterAll(async () => {
    await installation?.remove()
    await pgbouncer?.remove()
    await postgres?.remove()
  })

  it('migrates, submits, tracks and runs its jobs with no error', async () => {
    const token = await applicantToken(api.baseUrl, (await installation.accounts()).applicant)
    const drafts: Draft[] = await prepareDrafts(postgres.url(), 12, 'pgbouncer')
    // Four clients at once: more transactions in flight than PgBouncer has server sessions.
    const receipts: { registrationNo: string; trackingCode: string }[] = []
    let next = 0
    await Promise.all(
      [1, 2, 3, 4].map(async () => {
        while (next < drafts.length) {
          const answer = await submit(api.baseUrl, token, drafts[next++]!)
          expect(answer?.status, JSON.stringify(answer?.body)).toBe(200)
          receipts.push(answer!.body.receipt as { registrationNo: string; trackingCode: string })
        }
      }),
    )
    expect(receipts).toHaveLength(drafts.length)

    // Tracking is a prepared query on the handle: executed again and again on whichever server session.
    const tracked = await Promise.all(
      [...receipts, ...receipts].map(async (r) => {
        const response = await fetch(
          `${api.baseUrl}/api/v1/track/${r.registrationNo}?code=${encodeURIComponent(r.trackingCode)}`,
        )
        return response.status
      }),
    )
    expect(tracked.every((status) => status === 200)).toBe(true)

    // A job step (the log's sequencer, one process at a time by a transaction-scoped lock) integrates it all.
    // The jobs go on recording changes meanwhile (an hour's status summary, an escalation), so the log
    // and the change record are compared again until they agree, not once at a moment a change lands.
    const changes = async () =>
      Number(
        ((await query<{ count: string }>(postgres.url(), 'select count(*) from audit_log')) as [{ count: string }])[0]
          .count,
      )
    let state = { pending: -1, treeSize: 0 }
    let recorded = -1
    for (let i = 0; i < 100 && !(state.pending === 0 && state.treeSize === recorded); i++) {
      recorded = await changes()
      state = await (await fetch(`${api.baseUrl}/api/v1/transparency`)).json()
      if (!(state.pending === 0 && state.treeSize === recorded)) await sleep(200)
    }
    expect(state.pending).toBe(0)
    expect(state.treeSize).toBe(recorded)
    expect(recorded).toBeGreaterThanOrEqual(drafts.length)
    // The escalation job ran every second meanwhile; no job, request or migration failed.
    await sleep(1500)
    expect(api.output()).not.toMatch(/failed|prepared statement|"level":50/)
    expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(200)
  })

  it('cannot start behind PgBouncer without PINTU_DATABASE_POOLER=pgbouncer (the setting is needed)', async () => {
    // PgBouncer refuses the session limits node-postgres sends in the startup packet.
    await expect(installation.start({ PINTU_DATABASE_POOLER: 'none' })).rejects.toThrow(
      /unsupported startup parameter: statement_timeout/,
    )
  })

  it('starts again behind PgBouncer on the migrated database: the migration lock went with its transaction', async () => {
    api.child.kill('SIGTERM')
    await api.exited
    const again = await installation.start()
    expect((await fetch(`${again.baseUrl}/ready`)).status).toBe(200)
    // No PostgreSQL session is left holding the migration lock (7303273, apps/api/src/db/database.ts):
    // a session-level lock taken through PgBouncer would outlive the client that took it.
    const held = "select pid from pg_locks where locktype = 'advisory' and objid = 7303273"
    expect(await query(postgres.url(), held)).toEqual([])
  })
})
