// Figures that explain the results: what one query costs at the backlog a run left behind, and how
// much each submission stores.
import pg from 'pg'
import type { SeedContext } from './seed.ts'

const heldStatuses = ['submitted', 'admin_verification', 'technical_review', 'decision', 'signing']

/** Files officers hold now (they count toward the load the system weighs when it assigns). */
export async function heldFiles(db: pg.Client): Promise<number> {
  const {
    rows: [row],
  } = await db.query(`SELECT count(*)::int AS n FROM applications WHERE assignee_id IS NOT NULL AND status = ANY($1)`, [
    heldStatuses,
  ])
  return row.n
}

/**
 * PostgreSQL execution time of the eligible-officers query the API runs on every submission
 * (applications.repository.ts `eligibleOfficers`, reading the kept load), median of 5, in ms.
 */
export async function officerLoadQueryMs(db: pg.Client, ctx: SeedContext): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 5; i += 1) {
    const {
      rows: [row],
    } = await db.query(
      `EXPLAIN (ANALYZE, FORMAT JSON)
       SELECT u.id, coalesce(sum(l.open_files), 0) FROM users u
         LEFT JOIN officer_loads l ON l.office_id = u.office_id AND l.officer_id = u.id
        WHERE u.office_id = $1 AND u.kind = 'officer' AND u.on_duty = true AND u.deactivated_at IS NULL
          AND u.roles @> array[$2]::text[] AND (u.sectors IS NULL OR $3 = any(u.sectors))
        GROUP BY u.id`,
      [ctx.officeId, ctx.verifierRole, ctx.sector],
    )
    times.push((row['QUERY PLAN'] as { 'Execution Time': number }[])[0]!['Execution Time'])
  }
  return times.sort((a, b) => a - b)[2]!
}

/** Average size of the response stored with each idempotency key, and of the service definition. */
export async function storedSizes(
  db: pg.Client,
  ctx: SeedContext,
): Promise<{ responseBodyKb: number; definitionKb: number }> {
  const {
    rows: [row],
  } = await db.query(
    `SELECT (SELECT avg(length(response_body::text)) FROM idempotency_keys WHERE key LIKE 'bench-%') AS response,
            (SELECT length(definition::text) FROM service_versions WHERE id = $1) AS definition`,
    [ctx.serviceVersionId],
  )
  return { responseBodyKb: Number(row.response) / 1024, definitionKb: Number(row.definition) / 1024 }
}
