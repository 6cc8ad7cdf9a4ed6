// Submissions for the fault tests: drafts seeded straight into the database (as the benchmark does),
// each submitted over real HTTP with its own Idempotency-Key, and the check that every acknowledged
// submission exists exactly once with its history and audit entry.
import pg from 'pg'
import { expect } from 'vitest'
import { login } from '../../bench/api-client.ts'
import { seedContext, seedDrafts } from '../../bench/seed.ts'

export interface Draft {
  id: string
  version: number
  key: string
}

/** The answer to one submission, or null when none came (the process died, the socket was cut). */
export interface Answer {
  status: number
  ms: number
  body: { receipt?: { registrationNo: string }; error?: { code: string } }
  retryAfter: string | null
}

export async function prepareDrafts(databaseUrl: string, count: number, label: string): Promise<Draft[]> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const drafts = await seedDrafts(db, await seedContext(db, 'SKP'), count)
    return drafts.map((d) => ({ ...d, key: `${label}-${d.id}` }))
  } finally {
    await db.end()
  }
}

export const applicantToken = (baseUrl: string, account: { email: string; password: string }) => login(baseUrl, account)

export async function submit(baseUrl: string, token: string, draft: Draft): Promise<Answer | null> {
  const started = performance.now()
  try {
    const response = await fetch(`${baseUrl}/api/v1/applications/${draft.id}/actions/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': draft.key },
      body: JSON.stringify({ version: draft.version }),
      signal: AbortSignal.timeout(30_000),
    })
    const body = (await response.json()) as Answer['body']
    return {
      status: response.status,
      ms: performance.now() - started,
      body,
      retryAfter: response.headers.get('retry-after'),
    }
  } catch {
    return null
  }
}

/** As a well-behaved client retries: the same key, again after Retry-After while the answer is 503. */
export async function submitUntilAnswered(baseUrl: string, token: string, draft: Draft): Promise<Answer | null> {
  let answer: Answer | null = null
  for (let attempt = 0; attempt < 10; attempt++) {
    answer = await submit(baseUrl, token, draft)
    if (answer && answer.status !== 503) return answer
    await new Promise((resolve) => setTimeout(resolve, Number(answer?.retryAfter ?? 1) * 1000))
  }
  return answer
}

/**
 * Every acknowledged submission (a 2xx answer) is submitted in the database under the registration
 * number it was acknowledged with, with exactly one `submit` history row and one audit entry; no
 * registration number is given twice. Returns how many drafts are submitted in all.
 */
export async function expectExactlyOnce(databaseUrl: string, drafts: Draft[], acknowledged: Map<string, string>) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const ids = drafts.map((d) => d.id)
    const { rows } = await db.query<{
      id: string
      status: string
      registration_no: string | null
      events: number
      audits: number
    }>(
      `SELECT a.id, a.status, a.registration_no,
              (SELECT count(*)::int FROM application_events e WHERE e.application_id = a.id AND e.action = 'submit') AS events,
              (SELECT count(*)::int FROM audit_log l WHERE l.entity_id = a.id::text AND l.action LIKE '%submit%') AS audits
         FROM applications a WHERE a.id = ANY($1::uuid[])`,
      [ids],
    )
    expect(rows).toHaveLength(drafts.length)
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const [id, registrationNo] of acknowledged) {
      const row = byId.get(id)!
      expect(row.status, id).not.toBe('draft')
      expect(row.registration_no, id).toBe(registrationNo)
      expect(row.events, `submit history rows of ${id}`).toBe(1)
      expect(row.audits, `submit audit entries of ${id}`).toBe(1)
    }
    // Nothing submitted twice, acknowledged or not.
    for (const row of rows) {
      expect(row.events, row.id).toBeLessThanOrEqual(1)
      expect(row.audits, row.id).toBeLessThanOrEqual(1)
    }
    const numbers = rows.flatMap((r) => (r.registration_no ? [r.registration_no] : []))
    expect(new Set(numbers).size).toBe(numbers.length)
    return rows.filter((r) => r.status !== 'draft').length
  } finally {
    await db.end()
  }
}
