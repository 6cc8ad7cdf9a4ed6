import {
  allRoutes,
  checkServiceDefinition,
  paymentRoutes,
  ServiceDefinitionSchema,
  type RouteDefinition,
} from '@pintu/contract'
import { sql, type SQL } from 'drizzle-orm'
import { spawn, type ChildProcess } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signCallback } from '../src/modules/payments/callback-signature.ts'
import {
  casesFor,
  isMultipartRoute,
  materialize,
  schemaAccepts,
  type BaselineParts,
  type Schema,
} from './support/fuzz-inputs.ts'
import { sampleValue } from './support/fuzz-samples.ts'
import {
  callerRole,
  compactDefinition,
  createWorld,
  freshCounters,
  overridesFor,
  type World,
} from './support/fuzz-world.ts'
import { BANK_SECRET, createTestApp, queryRows, type TestApp } from './support/test-app.ts'

/**
 * Every route of the contract, every input it takes, fuzzed: NUL, lone surrogates, huge integers,
 * 1e400, wrong types, unknown properties, malformed multipart. The cases are derived from the route
 * objects (`allRoutes`), so a route added later is fuzzed without touching this file.
 *
 * For each request: no 5xx; an error has the documented shape; and nothing changed — every table of
 * the public schema keeps its rows (count and row versions; the audit log and the application
 * events also by content) and no file appears on disk. "Nothing changed" is
 * checked whenever the answer is an error, and also for a 2xx when the contract requires the input
 * to be refused (see `mustRefuse` in support/fuzz-inputs.ts). A mutation that is still valid input
 * (an unbounded number, say) may be accepted and change data.
 */

/**
 * Tables left out of "nothing changed", each with the reason a refused request may legitimately change it.
 */
const UNWATCHED: Record<string, string> = {
  login_throttle: 'counts failed logins per account and client address: recording a refused login is its purpose',
  rate_limit_counters:
    'the shared rate limiter counts every request to a limited route, refused ones too: counting them is its purpose',
}

/** Tables whose rows are compared by content, not only by row version. */
const CONTENT_HASHED = ['audit_log', 'application_events']

const usesCounters = (route: RouteDefinition) =>
  ['version', 'revision'].some((k) => k in ((route.schema.body as Schema | undefined)?.properties ?? {}))
const routeName = (route: RouteDefinition) => `${route.method} ${route.url}`
const collectCounters = { draft: 1, inReview: 1, revision: 1 }

function baselineFor(
  route: RouteDefinition,
  world: World | null,
  counters: typeof collectCounters,
  n: number,
): BaselineParts {
  const at = overridesFor(route, world, counters, n)
  const schema = route.schema as { params?: Schema; querystring?: Schema; body?: Schema }
  return {
    params: schema.params ? (sampleValue(schema.params, (p) => at('params', p)) as Record<string, unknown>) : {},
    query: schema.querystring
      ? (sampleValue(schema.querystring, (p) => at('querystring', p)) as Record<string, unknown>)
      : {},
    body: schema.body ? sampleValue(schema.body, (p) => at('body', p)) : undefined,
  }
}

// Collected from the route objects: the shape of each baseline request is known without a database.
const suites = allRoutes.map((route) => ({
  name: routeName(route),
  route,
  cases: casesFor(route, baselineFor(route, null, collectCounters, 0)),
}))

let t: TestApp
let world: World
let snapshotQuery: SQL
let watchedTables: string[]
let current: Record<string, string>
let requestNumber = 0

async function snapshot(): Promise<Record<string, string>> {
  const rows = await queryRows<{ name: string; n: number; h: string }>(t.db, snapshotQuery)
  const files = (await readdir(t.storageDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length
  return {
    ...Object.fromEntries(rows.map((r) => [r.name, `${r.n} rows (${r.h.slice(0, 8)})`])),
    'files on disk': String(files),
  }
}

const changes = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after })
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`)

beforeAll(async () => {
  void probeServer()
  t = await createTestApp()
  world = await createWorld(t)
  const tables = await queryRows<{ name: string }>(
    t.db,
    sql`
    select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )
  watchedTables = tables.map((r) => r.name).filter((name) => !(name in UNWATCHED))
  // Row count and a fingerprint of every table: the physical row versions (ctid, xmin), which any
  // insert, update or delete changes, and for the audit log and the application events a hash of
  // the rows' content. (Hashing every table's content is six times slower: the catalogue is large.)
  const fingerprint = (name: string) =>
    CONTENT_HASHED.includes(name)
      ? `md5(string_agg(md5(x::text), '' order by md5(x::text)))`
      : `md5(string_agg(x.ctid::text || ':' || x.xmin::text, ',' order by x.ctid))`
  snapshotQuery = sql.raw(
    watchedTables
      .map(
        (name) =>
          `select '${name}' as name, count(*)::int as n, coalesce(${fingerprint(name)}, '-') as h from "${name}" x`,
      )
      .join('\nunion all\n'),
  )
  current = await snapshot()
}, 120_000)
afterAll(async () => {
  await stopProbeServer()
  await t?.close()
})

describe('fuzz: the generator', () => {
  it('finds every route, and the five upload routes (four of documents, one of complaints) as multipart', () => {
    expect(suites.length).toBe(allRoutes.length)
    expect(allRoutes.filter(isMultipartRoute).map(routeName).sort()).toEqual([
      'POST /api/v1/applications/:id/documents/:requirementKey',
      'POST /api/v1/applications/:id/review-attachments',
      'POST /api/v1/complaints/:number/attachments',
      'POST /api/v1/counter/applications/:id/documents/:requirementKey',
      'POST /api/v1/integration/filings/:id/documents/:requirementKey',
    ])
    for (const suite of suites) expect(suite.cases.length, `${suite.name} has fuzz cases`).toBeGreaterThan(0)
  })

  it('builds a valid baseline request for every route (so each mutation is the only fault)', async () => {
    for (const route of allRoutes) {
      const baseline = baselineFor(route, world, await freshCounters(t, world), 1)
      const request = materialize(route, baseline, null)
      expect(request.mustRefuse, `${routeName(route)}: ${request.reason}`).toBe(false)
      const schema = route.schema as { params?: Schema; querystring?: Schema; body?: Schema }
      if (schema.params)
        expect(schemaAccepts(schema.params, 'params', baseline.params), `${routeName(route)} params`).toBe(true)
      if (schema.querystring)
        expect(schemaAccepts(schema.querystring, 'querystring', baseline.query), `${routeName(route)} query`).toBe(true)
      if (schema.body)
        expect(
          schemaAccepts(schema.body, 'body', baseline.body),
          `${routeName(route)} body ${JSON.stringify(baseline.body).slice(0, 300)}`,
        ).toBe(true)
    }
  })

  it('uses a service definition that also passes the catalogue rules, so definition mutations reach the database', () => {
    const definition = compactDefinition('UJI-MASUKAN')
    expect(schemaAccepts(ServiceDefinitionSchema as Schema, 'body', definition)).toBe(true)
    expect(checkServiceDefinition(definition)).toEqual([])
  })

  it('watches every table that records changes, the audit log and application events among them', () => {
    expect(watchedTables).toEqual(
      expect.arrayContaining(['audit_log', 'application_events', 'applications', 'users', 'service_versions']),
    )
    expect(watchedTables.length).toBeGreaterThan(15)
  })

  it('sees a change: an accepted request changes the snapshot', async () => {
    const before = await snapshot()
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/closures',
      headers: world.accounts.supervisor.headers,
      payload: {
        reason: 'Uji pemantauan perubahan',
        legalBasis: 'SK Uji 1',
        startsOn: '2099-01-05',
        endsOn: '2099-01-06',
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    const after = await snapshot()
    expect(changes(before, after).join('\n')).toContain('closures')
    current = after
  })
})

// Titles through %s: vitest shortens $-interpolated values, and a failure must name its route and mutation in full.
describe.each(suites.map((s) => [s.name, s] as const))('fuzz: %s', (_title, { route, cases }) => {
  it.each(cases.map((c) => [c.name, c.edit] as const))('%s', async (_name, edit) => {
    requestNumber += 1
    const counters = usesCounters(route) ? await freshCounters(t, world) : collectCounters
    const request = materialize(route, baselineFor(route, world, counters, requestNumber), edit)
    const role = callerRole(route)
    const headers: Record<string, string> = { ...request.headers, ...(role && world.accounts[role].headers) }
    if (route === paymentRoutes.callback) {
      // Signed like a bank would, so the body reaches the schema and the handler.
      const timestamp = String(Math.floor(t.clock.now().getTime() / 1000))
      headers['x-pintu-timestamp'] = timestamp
      headers['x-pintu-signature'] = signCallback(
        BANK_SECRET,
        timestamp,
        Buffer.isBuffer(request.payload) ? request.payload.toString() : (request.payload ?? ''),
      )
    }
    const n = requestNumber
    const res = await t.app.inject({
      method: request.method,
      url: request.url,
      headers,
      payload: request.payload,
      // A different client address each time, so the login throttle does not answer for the validator.
      remoteAddress: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    })
    const before = current
    current = await snapshot()
    const answer = `${res.statusCode} ${res.body.slice(0, 400)}`

    expect.soft(res.statusCode, `no 5xx — got ${answer}`).toBeLessThan(500)
    if (res.statusCode >= 400) {
      let body: unknown = res.body
      try {
        body = res.json()
      } catch {
        // not JSON: the shape check below fails and shows the text
      }
      // The token endpoint answers its 400s and 401s in RFC 6749's shape (see the contract's `errorShape`).
      const oauth = (route as RouteDefinition).errorShape === 'oauth' && [400, 401].includes(res.statusCode)
      expect
        .soft(body, `error shape — got ${answer}`)
        .toMatchObject(
          oauth
            ? { error: expect.any(String), error_description: expect.any(String) }
            : { error: { code: expect.any(String), message: expect.any(String) } },
        )
    }
    if (request.mustRefuse || res.statusCode >= 400) {
      const changed = changes(before, current)
      expect
        .soft(changed, `nothing changed (${request.reason}) — got ${answer} — changed: ${changed.join('; ')}`)
        .toEqual([])
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Due dates far from the calendar: a busy loop here blocks the whole process, so the probe runs
// against a real server in a child process that the test can time out and kill.

const PROBE_TIMEOUT_MS = 2_000
const probeScript = fileURLToPath(new URL('./support/probe-server.ts', import.meta.url))
const apiDir = fileURLToPath(new URL('..', import.meta.url))

interface ProbeServer {
  base: string
  child: ChildProcess
}

function startProbeServer(): Promise<ProbeServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', probeScript], {
    cwd: apiDir,
    env: { ...process.env, PINTU_PROBE_TEMPLATE: inject('pgliteTemplate') || '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  return new Promise<ProbeServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`probe server did not start: ${stderr}`))
    }, 90_000)
    let out = ''
    child.stdout!.on('data', (chunk) => {
      out += chunk
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) {
        clearTimeout(timer)
        resolve({ base: `http://127.0.0.1:${JSON.parse(line).port}`, child })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`probe server exited (${code}): ${stderr}`))
    })
  })
}

/**
 * The current probe server; started early (it loads while the fuzz runs) and replaced at once when a probe hangs it.
 */
let probe: Promise<ProbeServer> | null = null
const probeServer = () => {
  probe ??= startProbeServer()
  probe.catch(() => undefined)
  return probe
}
function replaceProbeServer() {
  void probe?.then(
    (s) => s.child.kill('SIGKILL'),
    () => undefined,
  )
  probe = null
  probeServer()
}

/** A GET that gives up after PROBE_TIMEOUT_MS; null when it timed out. */
async function probeGet(server: ProbeServer, path: string): Promise<{ status: number; body: string } | null> {
  try {
    const res = await fetch(`${server.base}${path}`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
    return { status: res.status, body: await res.text() }
  } catch (error) {
    if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') return null
    throw error
  }
}

async function stopProbeServer() {
  const last = probe
  probe = null
  await last?.then(
    (s) => s.child.kill('SIGKILL'),
    () => undefined,
  )
}

describe('fuzz: due dates far from the calendar', () => {
  it('the probe server answers an ordinary due date quickly (the harness works)', async () => {
    const res = await probeGet(await probeServer(), '/api/v1/calendar/due-date?from=2026-01-05&days=10')
    expect(res?.status, res?.body).toBe(200)
  }, 120_000)

  it.each([
    ['from=9999-12-30&days=1'],
    ['from=0001-01-01&days=365'],
    ['from=2026-01-05&days=100000'],
    ['from=2026-01-05&days=2147483648'],
  ])(
    'GET /api/v1/calendar/due-date?%s answers 4xx within 2 s and the server keeps serving',
    async (query) => {
      const server = await probeServer()
      const res = await probeGet(server, `/api/v1/calendar/due-date?${query}`)
      const ready = res ? await probeGet(server, '/ready') : null
      // A hung server cannot serve the next probe: replace it.
      if (!res || !ready) replaceProbeServer()
      expect(res, `no answer within ${PROBE_TIMEOUT_MS} ms (the event loop is blocked)`).not.toBeNull()
      expect(res!.status, res!.body).toBeGreaterThanOrEqual(400)
      expect(res!.status, res!.body).toBeLessThan(500)
      expect(JSON.parse(res!.body)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } })
      expect(ready?.status, 'GET /ready afterwards').toBe(200)
    },
    120_000,
  )
})
