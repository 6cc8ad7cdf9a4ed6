// Issue 16 item 5: two API processes (the compiled server, as `pnpm start` runs it) on one
// PostgreSQL database and one data directory, behind a round-robin load balancer on loopback,
// behave as one: a submission is made once, a quota and the login throttle hold for the
// deployment, and the scheduled jobs run each step once.
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { login } from '../bench/api-client.ts'
import { createInstallation, type ApiProcess } from '../faults/support/api-process.ts'
import { startOwnPostgres, type OwnPostgres } from '../faults/support/own-postgres.ts'
import { expectExactlyOnce, prepareDrafts, type Draft } from '../faults/support/submissions.ts'
import type { Accounts } from '../support/pintu.ts'
import { startRoundRobinProxy } from '../support/round-robin-proxy.ts'

/** The tracking quota per minute; docs/operations.md bounds what two processes admit to 1.5 × it. */
const QUOTA = 10
const BOUND = QUOTA + Math.floor(QUOTA / 2)

describe('two API processes behind a load balancer', () => {
  let postgres: OwnPostgres
  let installation: Awaited<ReturnType<typeof createInstallation>>
  let apis: ApiProcess[]
  let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>>
  let accounts: Accounts
  const query = async <T extends pg.QueryResultRow>(text: string) => {
    const db = new pg.Client({ connectionString: postgres.url })
    await db.connect()
    try {
      return (await db.query<T>(text)).rows
    } finally {
      await db.end()
    }
  }
  const through = (url: string, init: RequestInit = {}) => fetch(`${proxy.baseUrl}${url}`, init)

  beforeAll(async () => {
    postgres = await startOwnPostgres()
    installation = await createInstallation(postgres.url, {
      PINTU_TRACK_LIMIT_PER_MINUTE: String(QUOTA),
      // Both processes run the sequencer and the notifier often, so their rounds overlap.
      PINTU_LOG_INTERVAL_MS: '100',
      PINTU_NOTIFY_INTERVAL_MS: '100',
    })
    // Both at once on an empty database: migrations, seeding and the generated secrets race.
    apis = await Promise.all([installation.start(), installation.start()])
    proxy = await startRoundRobinProxy(apis.map((api) => api.baseUrl))
    accounts = await installation.accounts()
  }, 180_000)
  afterAll(async () => {
    await proxy?.close()
    await installation?.remove()
    await postgres?.remove()
  })

  it('both start at once on an empty database: one migrates and seeds, both serve the same office', async () => {
    for (const api of apis) expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(200)
    const [types] = await query<{ n: number }>('select count(*)::int as n from service_types')
    const [offices] = await query<{ n: number }>('select count(*)::int as n from offices')
    expect(offices!.n).toBe(1)
    const services = await Promise.all(apis.map(async (api) => (await fetch(`${api.baseUrl}/api/v1/services`)).json()))
    expect(services[0]).toEqual(services[1])
    expect(types!.n).toBeGreaterThan(50)
  })

  it('one Idempotency-Key sent to both processes, one after the other and at once, makes one application', async () => {
    const token = await login(proxy.baseUrl, accounts.applicant)
    const drafts = await prepareDrafts(postgres.url, 8, 'lb')
    const submit = async (draft: Draft) => {
      const response = await through(`/api/v1/applications/${draft.id}/actions/submit`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': draft.key },
        body: JSON.stringify({ version: draft.version }),
      })
      return { status: response.status, upstream: response.headers.get('x-upstream'), body: await response.json() }
    }
    const acknowledged = new Map<string, string>()
    // One after the other: the proxy's turn makes the second copy reach the other process.
    for (const draft of drafts.slice(0, 4)) {
      const first = await submit(draft)
      const again = await submit(draft)
      expect(first.status, JSON.stringify(first.body)).toBe(200)
      expect(again.upstream).not.toBe(first.upstream)
      expect(again).toEqual({ ...first, upstream: again.upstream })
      acknowledged.set(draft.id, first.body.receipt.registrationNo)
    }
    // At once: four copies of each, two per process, all in flight together.
    const copies = drafts.slice(4).flatMap((draft) => Array.from({ length: 4 }, () => draft))
    const answers = await Promise.all(copies.map(submit))
    expect(new Set(answers.map((a) => a.upstream))).toEqual(new Set(['0', '1']))
    for (const draft of drafts.slice(4)) {
      const mine = answers.filter((_, i) => copies[i] === draft)
      for (const answer of mine) expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      expect(new Set(mine.map((a) => JSON.stringify(a.body))).size).toBe(1)
      acknowledged.set(draft.id, mine[0]!.body.receipt.registrationNo)
    }
    expect(await expectExactlyOnce(postgres.url, drafts, acknowledged)).toBe(drafts.length)
  })

  it('a rate limit holds for the deployment: 2 × quota requests alternating between the processes', async () => {
    const answers: { status: number; upstream: string | null; ratelimit: string | null }[] = []
    for (let i = 0; i < 2 * QUOTA; i += 1) {
      const response = await through('/api/v1/track/REG-2026-000001?code=AAAAAAAAAA')
      answers.push({
        status: response.status,
        upstream: response.headers.get('x-upstream'),
        ratelimit: response.headers.get('ratelimit'),
      })
    }
    // Every request went to the other process than the one before it.
    expect(answers.slice(1).filter((a, i) => a.upstream === answers[i]!.upstream)).toEqual([])
    const allowed = answers.filter((a) => a.status === 404).length
    // Each process alone would admit its own quota (2 × QUOTA in all); the deployment admits about one.
    expect(allowed).toBeGreaterThanOrEqual(QUOTA)
    expect(allowed).toBeLessThanOrEqual(BOUND)
    expect(answers.filter((a) => a.status !== 404).map((a) => a.status)).toEqual(Array(2 * QUOTA - allowed).fill(429))
    // The last ones are refused by both processes, each saying the quota is spent.
    for (const last of answers.slice(-2)) {
      expect(last.status).toBe(429)
      expect(last.ratelimit).toMatch(/^"tracking";r=0;t=\d+$/)
    }
  })

  it('login throttling holds across the processes', async () => {
    const attempt = async (password: string) => {
      const response = await through('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: accounts.auditor.email, password }),
      })
      return { status: response.status, upstream: response.headers.get('x-upstream'), body: await response.json() }
    }
    const failures = [
      await attempt('wrong-password!'),
      await attempt('wrong-password!'),
      await attempt('wrong-password!'),
    ]
    expect(failures.map((f) => f.status)).toEqual([401, 401, 401])
    expect(new Set(failures.map((f) => f.upstream))).toEqual(new Set(['0', '1']))
    // The fourth, on whichever process, waits: the three failures were counted for the deployment.
    for (const password of ['wrong-password!', accounts.auditor.password]) {
      const slowed = await attempt(password)
      expect(slowed.status).toBe(429)
      expect(slowed.body.error.code).toBe('auth.too_many_attempts')
    }
  })

  it('the sequencer and the notifier run each step once: no position twice or skipped, no message sent twice', async () => {
    // Wait (bounded) until both jobs have caught up with every change so far.
    let state = { treeSize: 0, pending: 1 }
    let unsent = 1
    for (let i = 0; i < 120 && (state.pending > 0 || unsent > 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      state = await (await through('/api/v1/transparency')).json()
      unsent = (
        await query<{ n: number }>('select count(*)::int as n from notification_deliveries where sent_at is null')
      )[0]!.n
    }
    expect(state.pending).toBe(0)
    const [entries] = await query<{ n: number; positions: number; audits: number; first: string; last: string }>(
      `select count(*)::int as n, count(distinct position)::int as positions, count(distinct audit_id)::int as audits,
              min(position)::text as first, max(position)::text as last from transparency_entries`,
    )
    const [audit] = await query<{ n: number }>('select count(*)::int as n from audit_log')
    expect(entries!.n).toBeGreaterThan(8)
    expect(entries).toEqual({
      n: audit!.n,
      positions: audit!.n,
      audits: audit!.n,
      first: '0',
      last: String(audit!.n - 1),
    })
    const checkpoints = await query<{ tree_size: string }>(
      'select tree_size::text from transparency_checkpoints order by signed_at, tree_size',
    )
    const sizes = checkpoints.map((c) => Number(c.tree_size))
    expect(sizes).toEqual([...new Set(sizes)].sort((x, y) => x - y))
    expect(sizes.at(-1)).toBe(entries!.n)

    const deliveries = await query<{ attempts: number }>(
      "select attempts from notification_deliveries where channel = 'email' and sent_at is not null",
    )
    expect(deliveries.length).toBeGreaterThanOrEqual(8)
    expect(deliveries.every((d) => d.attempts === 1)).toBe(true)
    const mails = (await readdir(path.join(installation.dataDir, 'outbox', 'mail'))).filter((f) => f.endsWith('.eml'))
    expect(mails).toHaveLength(deliveries.length)
  })
})
