// Issue 16 item 7: two province cells feed a national statistics database by PostgreSQL logical
// replication, with no personal data leaving a cell; then a cell's primary fails over to its
// replica and the national subscription is re-pointed (docs/operations.md, "Cells and national
// statistics"). Real clusters on loopback, the compiled API in each cell, and the SQL printed by
// `pnpm national:sql`, piped into psql as an operator does.
import { applicationRoutes, authRoutes, type ApplicationAction, type ApplicationDetail } from '@pintu/contract'
import { createClient } from '@pintu/contract/client'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInstallation, type ApiProcess } from '../faults/support/api-process.ts'
import { logIn, submitApplication } from '../support/applicant-api.ts'
import type { AccountKey, Accounts } from '../support/pintu.ts'
import { startCluster, type Cluster } from './support/cell-cluster.ts'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const TIMEOUT = 240_000
const SERVICE = 'SKP' // no fee, no technical stage: accept, approve, sign
/** The national side's login on each cell: it may replicate and read the published tables, nothing else. */
const NATIONAL_LOGIN = 'pintu_national'
const PUBLISHED = ['offices', 'stats_backlog', 'stats_backlog_days', 'stats_daily', 'stats_durations']

/** What an operator runs: `pnpm national:sql …`, whose output is piped into psql. */
function nationalSql(...args: string[]): string {
  const run = spawnSync(path.join(repoRoot, 'node_modules/.bin/tsx'), ['apps/api/src/cli/national-sql.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`national:sql ${args.join(' ')} exited ${run.status}: ${run.stderr}`)
  return run.stdout
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

type Figures = Record<string, number>
/** Every public figure the summary tables hold, summed over offices and counter slots; zeros left out. */
const FIGURES = `
  SELECT 'backlog ' || status || ' ' || service_code || ' ' || channel AS key, sum(files) AS n FROM stats_backlog GROUP BY 1
  UNION ALL SELECT 'backlog on ' || day || ' ' || status, sum(files) FROM stats_backlog_days GROUP BY 1
  UNION ALL SELECT 'daily ' || day || ' ' || service_code || ' ' || metric || ' ' || detail, sum(count)
              FROM stats_daily GROUP BY 1
  UNION ALL SELECT 'sla ' || day || ' ' || service_code || ' ' || stage || ' ' || working_days || ' ' || within_sla,
                   sum(count) FROM stats_durations GROUP BY 1`

async function figures(url: string): Promise<Figures> {
  const rows = await query<{ key: string; n: string }>(url, FIGURES)
  return Object.fromEntries(rows.filter((r) => Number(r.n) !== 0).map((r) => [r.key, Number(r.n)]))
}

function sum(...parts: Figures[]): Figures {
  const total: Figures = {}
  for (const part of parts) for (const [key, n] of Object.entries(part)) total[key] = (total[key] ?? 0) + n
  return Object.fromEntries(Object.entries(total).filter(([, n]) => n !== 0))
}

const sorted = (f: Figures) => Object.fromEntries(Object.entries(f).sort(([a], [b]) => a.localeCompare(b)))
const backlogFiles = (f: Figures) =>
  Object.entries(f)
    .filter(([key]) => key.startsWith('backlog ') && !key.startsWith('backlog on '))
    .reduce((total, [, n]) => total + n, 0)

/** Polls (bounded) until the national figures equal the sum of the cells'; answers both for the assertion. */
async function nationalEqualsSumOfCells(national: Cluster, cells: Cluster[]) {
  let expected: Figures = {}
  let actual: Figures = {}
  for (let tries = 0; tries < 120; tries++) {
    expected = sum(...(await Promise.all(cells.map((c) => figures(c.url)))))
    actual = await figures(national.url)
    if (JSON.stringify(sorted(actual)) === JSON.stringify(sorted(expected))) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { expected: sorted(expected), actual: sorted(actual) }
}

/** Everything started, so afterAll ends it even when the setup failed halfway. */
const clusters: Cluster[] = []
const installations: Cell['installation'][] = []
const cells: Cell[] = []
let national: Cluster
let replicaA: Cluster
let cellA: Cell
let cellB: Cell

/** One cell: its cluster, the API running on it and the office it serves. */
interface Cell {
  name: string
  cluster: Cluster
  installation: Awaited<ReturnType<typeof createInstallation>>
  api: ApiProcess
  accounts: Accounts
  officeId: string
}

async function openCell(name: string, cluster: Cluster): Promise<Cell> {
  // Not a load test: two servers and five clusters share the machine, so a slow event loop is not overload.
  const installation = await createInstallation(cluster.url, { PINTU_SHED_EVENT_LOOP_DELAY_MS: '0' })
  installations.push(installation)
  const api = await installation.start()
  const [office] = await query<{ id: string }>(cluster.url, 'SELECT id FROM offices')
  cluster.psql(`CREATE ROLE ${NATIONAL_LOGIN} LOGIN REPLICATION`)
  return { name, cluster, installation, api, accounts: await installation.accounts(), officeId: office!.id }
}

const officer = async (cell: Cell, who: AccountKey) => {
  const anyone = createClient({ baseUrl: cell.api.baseUrl, getAccessToken: () => null })
  const { accessToken } = await anyone.call(authRoutes.login, { body: cell.accounts[who] })
  return createClient({ baseUrl: cell.api.baseUrl, getAccessToken: () => accessToken })
}

async function act(
  cell: Cell,
  who: AccountKey,
  id: string,
  action: ApplicationAction,
  extra = (_app: ApplicationDetail) => ({}),
) {
  const client = await officer(cell, who)
  const app = await client.call(applicationRoutes.get, { params: { id } })
  await client.call(applicationRoutes.act, {
    params: { id, action },
    body: { version: app.version, ...extra(app) } as never,
  })
}

/** Files `count` applications in the cell; the first is decided and issued, the second returned, the rest wait. */
async function fileApplications(cell: Cell, count: number): Promise<void> {
  const token = await logIn(cell.api.baseUrl, cell.accounts.applicant)
  const ids: string[] = []
  for (let i = 0; i < count; i++) ids.push((await submitApplication(cell.api.baseUrl, token, SERVICE)).detail.id)
  if (ids[0])
    for (const [who, action] of [
      ['frontdesk', 'accept'],
      ['approver', 'approve'],
      ['signer', 'sign'],
    ] as const)
      await act(cell, who, ids[0], action)
  if (ids[1])
    await act(cell, 'frontdesk', ids[1], 'return', (app) => ({
      returnReasons: {
        codes: ['data_mismatch'],
        requirements: [],
        fields: Object.keys(app.formData).slice(0, 1),
        note: 'Isian tidak sesuai dokumen.',
      },
    }))
}

function subscribe(national: Cluster, cell: Cell, node: Cluster) {
  national.psql(nationalSql('subscription', '--cell', cell.name, '--connection', node.conninfo(NATIONAL_LOGIN)))
}

/**
 * Two cells with their API and applications, a replica of cell A, and the national database
 * subscribed to both. Built before the tests, as they read on from each other; a failure here is
 * kept and thrown by every test (a failed hook alone would count the tests as skipped, not failed).
 */
async function setUp() {
  const start = async (name: string, options?: Parameters<typeof startCluster>[1]) => {
    const cluster = await startCluster(name, options)
    clusters.push(cluster)
    return cluster
  }
  const primaryA = await start('cell-a')
  national = await start('cell-national')
  const primaryB = await start('cell-b')
  ;[cellA, cellB] = await Promise.all([openCell('cell_a', primaryA), openCell('cell_b', primaryB)])
  cells.push(cellA, cellB)
  // Cell A's streaming replica, for the failover drill: a copy taken now, kept current by streaming.
  replicaA = await start('cell-a-replica', { replicaOf: primaryA })
  await fileApplications(cellA, 3)
  await fileApplications(cellB, 2)
  for (const cell of cells)
    cell.cluster.psql(nationalSql('publication', '--office', cell.officeId, '--grant-to', NATIONAL_LOGIN))
  national.psql(nationalSql('national-tables'))
  for (const cell of cells) subscribe(national, cell, cell.cluster)
}

let setupFailure: unknown
beforeAll(() => setUp().catch((error: unknown) => void (setupFailure = error)), 2 * TIMEOUT)

function whenSetUp<T>(test: () => Promise<T>) {
  return async () => {
    if (setupFailure) throw setupFailure
    return test()
  }
}

afterAll(async () => {
  for (const installation of installations) await installation.remove()
  // The national database first: its subscriptions end before their publishers go.
  for (const cluster of [...clusters].reverse()) await cluster.remove()
})

describe('two cells and the national statistics database', () => {
  it(
    "holds national figures equal to the sum of the two cells' (backlog, daily events, SLA histograms)",
    whenSetUp(async () => {
      const a = await figures(cellA.cluster.url)
      const b = await figures(cellB.cluster.url)
      // Each cell has something in every public table, so the sum below is not of empty sets.
      for (const cell of [a, b])
        for (const kind of ['backlog ', 'backlog on ', 'daily '])
          expect(Object.keys(cell).some((k) => k.startsWith(kind))).toBe(true)
      expect(Object.keys(a).some((k) => k.startsWith('sla '))).toBe(true)
      expect(backlogFiles(a)).toBe(2)
      expect(backlogFiles(b)).toBe(1)

      const { expected, actual } = await nationalEqualsSumOfCells(
        national,
        cells.map((c) => c.cluster),
      )
      expect(actual).toEqual(expected)
      expect(backlogFiles(actual)).toBe(3)
      const offices = await query<{ id: string }>(national.url, 'SELECT id FROM offices ORDER BY id')
      expect(offices.map((o) => o.id)).toEqual([cellA.officeId, cellB.officeId].sort())
    }),
    TIMEOUT,
  )

  it(
    'brings a new change in a cell to the national figures',
    whenSetUp(async () => {
      const before = backlogFiles(await figures(national.url))
      // The office list of a running publication changes in place (here to the same list): streaming goes on.
      cellB.cluster.psql(nationalSql('publication', '--alter', '--office', cellB.officeId))
      await submitApplication(cellB.api.baseUrl, await logIn(cellB.api.baseUrl, cellB.accounts.applicant), SERVICE)
      const { expected, actual } = await nationalEqualsSumOfCells(
        national,
        cells.map((c) => c.cluster),
      )
      expect(actual).toEqual(expected)
      expect(backlogFiles(actual)).toBe(before + 1)
    }),
    TIMEOUT,
  )

  it(
    'lets no personal data leave a cell: only the summary tables, their listed columns, and the cell’s offices',
    whenSetUp(async () => {
      const tables = await query<{ name: string }>(
        national.url,
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
      )
      expect(tables.map((t) => t.name)).toEqual(PUBLISHED)
      for (const cell of cells) {
        // The publication as PostgreSQL holds it: every table filtered to the office, no personal column.
        const published = await query<{ tablename: string; attnames: string[]; rowfilter: string | null }>(
          cell.cluster.url,
          "SELECT tablename, attnames, rowfilter FROM pg_publication_tables WHERE pubname = 'pintu_national' ORDER BY 1",
        )
        expect(published.map((p) => p.tablename)).toEqual(PUBLISHED)
        for (const p of published) {
          expect(p.rowfilter).toContain(cell.officeId)
          for (const column of p.attnames)
            expect(column).not.toMatch(/nik|name|phone|email|address|assignee|application/)
        }
        // The national login cannot read what is not published, even on the cell.
        expect(() => cell.cluster.psql('SELECT count(*) FROM applications', NATIONAL_LOGIN)).toThrow(
          /permission denied/,
        )
        expect(() => cell.cluster.psql('SELECT count(*) FROM users', NATIONAL_LOGIN)).toThrow(/permission denied/)
      }
      // Nothing the applicant gave is in the national data: not their email, NIK, phone or name.
      const people = await query<{ email: string; nik: string | null; phone: string | null; full_name: string }>(
        cellA.cluster.url,
        `SELECT email, nik, phone, full_name FROM users WHERE email = '${cellA.accounts.applicant.email}'`,
      )
      expect(people).toHaveLength(1)
      const dump = national.psql(PUBLISHED.map((t) => `SELECT row_to_json(t)::text FROM ${t} t;`).join('\n'))
      expect(dump.length).toBeGreaterThan(0)
      for (const value of [people[0]!.email, people[0]!.nik, people[0]!.phone, people[0]!.full_name].filter(Boolean))
        expect(dump).not.toContain(value)
      expect(dump).not.toMatch(/@|\b\d{16}\b/)
    }),
    TIMEOUT,
  )
})

describe("the failover drill of a cell's primary", () => {
  it(
    'promotes the replica, the API keeps filing on it, and the re-pointed subscription brings the national figures back to the sum',
    whenSetUp(async () => {
      // The replica has replayed everything the primary wrote (asynchronous streaming: wait for it, bounded).
      const written = cellA.cluster.psql('SELECT pg_current_wal_lsn()').trim()
      for (let tries = 0; tries < 120; tries++) {
        if (replicaA.psql(`SELECT pg_last_wal_replay_lsn() >= '${written}'::pg_lsn`).trim() === 't') break
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      const beforeFailover = await figures(cellA.cluster.url)
      cellA.api.child.kill('SIGTERM')
      await cellA.api.exited
      cellA.cluster.crash()
      replicaA.promote()
      expect(replicaA.psql('SELECT pg_is_in_recovery()').trim()).toBe('f')
      expect(await figures(replicaA.url)).toEqual(beforeFailover)

      // The same installation (data directory, secrets) on the promoted node: the office goes on working.
      cellA.api = await cellA.installation.start({ DATABASE_URL: replicaA.url })
      const token = await logIn(cellA.api.baseUrl, cellA.accounts.applicant)
      const { receipt } = await submitApplication(cellA.api.baseUrl, token, SERVICE)
      expect(receipt.registrationNo).toMatch(/^REG-/)
      expect(backlogFiles(await figures(replicaA.url))).toBe(3)

      // PostgreSQL 15 keeps no logical slot on a replica: re-point by subscribing afresh with a copy.
      national.psql(
        nationalSql(
          'repoint',
          '--cell',
          cellA.name,
          '--connection',
          replicaA.conninfo(NATIONAL_LOGIN),
          '--office',
          cellA.officeId,
        ),
      )
      const promotedCells = [replicaA, cellB.cluster]
      const { expected, actual } = await nationalEqualsSumOfCells(national, promotedCells)
      expect(actual).toEqual(expected)
      expect(backlogFiles(actual)).toBe(3 + 2)
      const subscriptions = await query<{ subconninfo: string }>(
        national.url,
        "SELECT subconninfo FROM pg_subscription WHERE subname = 'national_cell_a'",
      )
      expect(subscriptions.map((s) => s.subconninfo)).toEqual([replicaA.conninfo(NATIONAL_LOGIN)])
    }),
    TIMEOUT,
  )
})
