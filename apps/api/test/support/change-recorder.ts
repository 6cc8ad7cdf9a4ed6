import { allRoutes } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { expect } from 'vitest'
import { queryRows, type TestApp } from './test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>
type Audit = { id: number; action: string; entity_type: string; entity_id: string }
type Outbox = { audit_id: number; type: string; entity_type: string; entity_id: string }

/**
 * Watches a test app for the change-record test: notes every contract route a request reached
 * (whichever helper made it), and reads the audit entries and outbox rows written since the last
 * look, checking that each change wrote exactly one of each.
 */
export async function recordChanges(t: TestApp) {
  const exercised = new Set<string>()
  const patterns = allRoutes.map((r) => ({
    key: `${r.method} ${r.url}`,
    method: r.method,
    regex: new RegExp(`^${r.url.replace(/:[a-zA-Z]+/g, '[^/]+')}$`),
  }))
  const inject = t.app.inject.bind(t.app) as (options: {
    method: string
    url: string
  }) => Promise<{ statusCode: number }>
  ;(t.app as unknown as { inject: typeof inject }).inject = async (options) => {
    const res = await inject(options)
    const path = options.url.split('?')[0]!
    const route = patterns.find((p) => p.method === options.method && p.regex.test(path))
    if (route && res.statusCode < 400) exercised.add(route.key)
    return res
  }
  let lastAudit = (
    await queryRows<{ id: number }>(t.db, sql`select coalesce(max(id), 0)::int as id from audit_log`)
  )[0]!.id

  /** The audit entries and outbox rows written since the last look, checked against each other. */
  async function newRecords() {
    const audits = await queryRows<Audit>(
      t.db,
      sql`select id::int, action, entity_type, entity_id from audit_log where id > ${lastAudit} order by id`,
    )
    const outbox = await queryRows<Outbox>(
      t.db,
      sql`select audit_id::int, type, entity_type, entity_id from outbox where audit_id > ${lastAudit} order by audit_id`,
    )
    lastAudit = audits.at(-1)?.id ?? lastAudit
    expect(outbox.map((o) => o.audit_id)).toEqual(audits.map((a) => a.id))
    for (const [i, audit] of audits.entries())
      expect(outbox[i]).toMatchObject({
        type: audit.action,
        entity_type: audit.entity_type,
        entity_id: audit.entity_id,
      })
    return audits.map((a) => a.action)
  }

  async function call(
    who: Account | null,
    method: string,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await t.app.inject({
      method: method as 'POST',
      url,
      headers: { ...(who?.headers ?? {}), ...headers },
      ...(payload !== undefined && { payload: payload as object }),
    })
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300)
    return res
  }

  /** Calls a route and expects exactly these changes recorded, each once, in this order. */
  async function expectChanges(actions: string[], request: () => Promise<{ json(): any }>) {
    const res = await request()
    expect(await newRecords()).toEqual(actions)
    const type = String((res as { headers?: Record<string, unknown> }).headers?.['content-type'] ?? '')
    return type.startsWith('application/json') ? res.json() : null
  }

  return { exercised, newRecords, call, expectChanges }
}
export type ChangeRecorder = Awaited<ReturnType<typeof recordChanges>>
