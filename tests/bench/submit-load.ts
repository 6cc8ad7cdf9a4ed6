// Submissions under load: `count` drafts seeded straight into the database, each submitted once
// through the API as the applicant, with its own idempotency key.
import type pg from 'pg'
import { login, submitPath } from './api-client.ts'
import { walker } from './load.ts'
import { seedDrafts, type SeedContext } from './seed.ts'

export async function submitRequests(
  db: pg.Client,
  ctx: SeedContext,
  api: { baseUrl: string; accounts: { applicant: { email: string; password: string } } },
  count: number,
  runId: string,
) {
  const drafts = await seedDrafts(db, ctx, count)
  const token = await login(api.baseUrl, api.accounts.applicant)
  return walker(
    drafts,
    (d, i) => ({
      path: submitPath(d.id),
      body: JSON.stringify({ version: d.version }),
      headers: { 'idempotency-key': `bench-${runId}-${d.id}-${i}` },
    }),
    { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } },
  )
}
