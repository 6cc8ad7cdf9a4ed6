// pgbench running the SQL of one submission (lifecycle.usecases.ts `act('submit')` and the
// repositories it calls), statement for statement, without the API around it.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { percentiles, type Latency } from './load.ts'

/**
 * One transaction, the same 11 statements in the same order as the API sends them (plus BEGIN and
 * COMMIT), with the same tables, predicates and payload sizes. Differences: the draft comes from
 * `bench_drafts` (a sequence picks the next one, folded into the application select); the
 * officer is the least-loaded eligible one (the API draws at random, weighted by load); the
 * load slot is drawn by pgbench instead of the API. The service definition and the calendar are
 * not read: the API has them in its process caches, so it does not send those queries either.
 */
export const submitScript = `\\set k random(1, 9000000000000000)
\\set slot random(0, 15)
BEGIN;
-- idempotency.claim
INSERT INTO idempotency_keys (caller_id, owner_id, key, request_hash, created_at)
  VALUES (:applicant, :applicant, 'pgbench-' || :k, md5(:k::text) || md5(:k::text), now())
  ON CONFLICT DO NOTHING RETURNING key;
-- applications.find (loadVisible), picking the next prepared draft
WITH pick AS (SELECT nextval('bench_pick') AS seq)
SELECT a.id AS app_id, a.version AS ver, a.service_version_id AS sv, a::text AS app_row
  FROM pick JOIN bench_drafts d ON d.n = pick.seq % :drafts + 1
  JOIN applications a ON a.id = d.id AND a.office_id = :office \\gset
-- applications.documents (completeness check, and the answer)
SELECT * FROM application_documents WHERE application_id = :app_id AND removed_at IS NULL ORDER BY uploaded_at;
-- history.history (stage budget used, separation of duties, and the answer)
SELECT * FROM application_events WHERE application_id = :app_id ORDER BY id;
-- applications.eligibleOfficers: the kept load
SELECT u.id AS officer, coalesce(sum(l.open_files), 0) AS load FROM users u
  LEFT JOIN officer_loads l ON l.office_id = u.office_id AND l.officer_id = u.id
 WHERE u.office_id = :office AND u.kind = 'officer' AND u.on_duty = true AND u.deactivated_at IS NULL
   AND u.roles @> array[:role]::text[] AND (u.sectors IS NULL OR :sector = any(u.sectors))
 GROUP BY u.id ORDER BY 2 LIMIT 1 \\gset
-- applications.nextRegistrationNumber
SELECT nextval('registration_numbers') AS regno \\gset
-- applications.updateIfVersion
UPDATE applications SET updated_at = now(), status = 'admin_verification', current_stage = 'admin_verification', stage_started_at = now(),
       stage_due_date = to_char(now() + interval '1 day', 'YYYY-MM-DD'), assignee_id = :officer, open_return = NULL,
       registration_no = 'REG-PGB-' || lpad(:regno::text, 6, '0'), tracking_code_hash = md5(:regno::text) || md5(:k::text), submitted_at = now(),
       expected_completion_date = to_char(now() + interval '5 days', 'YYYY-MM-DD'), fee_amount = 0, version = :ver + 1
 WHERE id = :app_id AND version = :ver RETURNING *;
-- applications.handOverAssignment
WITH ended AS (UPDATE stage_assignments SET ended_at = now() WHERE application_id = :app_id AND ended_at IS NULL)
INSERT INTO stage_assignments (application_id, stage, officer_id, assigned_at, requested_by, reason)
  VALUES (:app_id, 'admin_verification', :officer, now(), NULL, NULL);
-- changes.insertChange: audit entry, history row, outbox row
WITH a AS (
  INSERT INTO audit_log (office_id, occurred_at, actor_id, actor_role, action, entity_type, entity_id, details, request_id)
  VALUES (:office, now(), :applicant, 'applicant', 'application.submit', 'application', :app_id,
          jsonb_build_object('from', 'draft', 'to', 'admin_verification', 'registrationNo', 'REG-PGB-' || :regno, 'assigneeId', :officer::uuid), 'req-' || :k)
  RETURNING id),
h AS (
  INSERT INTO application_events (application_id, at, action, from_status, to_status, actor_id, actor_role, stage, details)
  VALUES (:app_id, now(), 'submit', 'draft', 'admin_verification', :applicant, 'applicant', NULL,
          jsonb_build_object('from', 'draft', 'to', 'admin_verification', 'registrationNo', 'REG-PGB-' || :regno, 'assigneeId', :officer::uuid))
  RETURNING id),
o AS (
  INSERT INTO outbox (office_id, audit_id, type, entity_type, entity_id, application_id, occurred_at, payload)
  SELECT :office, a.id, 'application.submit', 'application', :app_id, :app_id, now(),
         jsonb_build_object('from', 'draft', 'to', 'admin_verification', 'registrationNo', 'REG-PGB-' || :regno, 'assigneeId', :officer::uuid)
  FROM a)
SELECT (SELECT id FROM h) AS history_id;
-- applications.adjustLoads (the writer keeps the officer's open-file count)
INSERT INTO officer_loads (office_id, officer_id, slot, open_files) VALUES (:office, :officer, :slot, 1)
  ON CONFLICT (office_id, officer_id, slot) DO UPDATE SET open_files = officer_loads.open_files + excluded.open_files;
-- idempotency.complete: the ids and the receipt
UPDATE idempotency_keys SET response_status = 200,
       response_body = jsonb_build_object('applicationId', :app_id::uuid, 'receipt', jsonb_build_object(
         'registrationNo', 'REG-PGB-' || lpad(:regno::text, 6, '0'), 'trackingCode', 'ABCDEFGHJK', 'submittedAt', now(),
         'expectedCompletionDate', to_char(now() + interval '5 days', 'YYYY-MM-DD'), 'slaDays', 5, 'expectedCompletionProvisional', false))
 WHERE caller_id = :applicant AND owner_id = :applicant AND key = 'pgbench-' || :k;
COMMIT;
`

/** The floor: pgbench's cheapest durable write, one row inserted and committed (the table is made by the bench). */
export const plainInsertScript = `BEGIN;
INSERT INTO bench_plain (at, payload) VALUES (now(), md5(random()::text));
COMMIT;
`

export interface PgbenchResult {
  tps: number
  transactions: number
  failed: number
  latency: Latency
  command: string
}

export function pgbenchPath(): string {
  const candidates = ['/usr/lib/postgresql/15/bin/pgbench', '/usr/bin/pgbench']
  const found = candidates.find((c) => existsSync(c))
  if (!found) throw new Error('pgbench not found (apt-get install postgresql-15 or postgresql-client)')
  return found
}

/** Runs the script for `seconds` with `clients` connections; latencies come from pgbench's per-transaction log. */
export async function runPgbench(options: {
  databaseUrl: string
  clients: number
  seconds: number
  variables: Record<string, string | number>
  script?: string
}): Promise<PgbenchResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pintu-pgbench-'))
  try {
    const scriptFile = path.join(dir, 'submit.sql')
    await writeFile(scriptFile, options.script ?? submitScript)
    const url = new URL(options.databaseUrl)
    const args = [
      '-n',
      '-M',
      'extended',
      '-c',
      String(options.clients),
      '-j',
      '1',
      '-T',
      String(options.seconds),
      '-f',
      scriptFile,
      '-l',
      `--log-prefix=${path.join(dir, 'log')}`,
      ...Object.entries(options.variables).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
      '-h',
      url.hostname,
      '-p',
      url.port || '5432',
      '-U',
      decodeURIComponent(url.username),
      url.pathname.slice(1),
    ]
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(pgbenchPath(), args, {
        env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let text = ''
      child.stdout.on('data', (c: Buffer) => (text += c.toString()))
      child.stderr.on('data', (c: Buffer) => (text += c.toString()))
      child.once('error', reject)
      child.once('exit', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`pgbench exited with ${code}:\n${text.slice(-3000)}`)),
      )
    })
    const number = (pattern: RegExp) => Number(output.match(pattern)?.[1] ?? NaN)
    const latencies: number[] = []
    for (const file of (await readdir(dir)).filter((f) => f.startsWith('log'))) {
      // client_id transaction_no time(µs) script_no time_epoch time_us
      for (const line of (await readFile(path.join(dir, file), 'utf8')).split('\n')) {
        const micros = Number(line.split(' ')[2])
        if (line && Number.isFinite(micros)) latencies.push(micros / 1000)
      }
    }
    return {
      tps: number(/tps = ([\d.]+) \(without initial connection time\)/),
      transactions: number(/number of transactions actually processed: (\d+)/),
      failed: number(/number of failed transactions: (\d+)/) || 0,
      latency: percentiles(latencies),
      command: `pgbench -n -M extended -c ${options.clients} -j 1 -T ${options.seconds} -f submit.sql`,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
