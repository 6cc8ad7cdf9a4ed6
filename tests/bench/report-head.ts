// The fixed head of docs/benchmarks.md: how to run, what is measured, what is not yet measured.

export const RESULTS_MARKER =
  '<!-- pnpm bench inserts each new run below this line, newest first; keep the older runs. -->'

export function head(): string {
  return `# Benchmarks

Performance is measured by benchmarks whose results are written down here, never by timed
assertions in tests (SPEC §11). The goals are for 2 cores with the load generator on the same
machine and a real PostgreSQL.

## How to run

\`\`\`sh
pnpm bench
\`\`\`

About 2 minutes. Needs PostgreSQL (the bench starts the Debian cluster with \`pg_ctlcluster 15 main start\`
when it runs as root and finds it stopped) and a role that may create databases:
\`PINTU_BENCH_DATABASE_URL\` (default \`postgres://pintu:pintu@127.0.0.1:5432/pintu\`). It creates the
database \`pintu_bench\` next to it, drops it at the end, and adds a dated section under *Results*.
Run it on an otherwise quiet machine and compare figures within one run (baseline ratios), not across
runs or machines. The code is in \`tests/bench/\`.

## What a run does

1. Builds the API as production does (\`apps/api/scripts/build.mjs\`, esbuild into \`apps/api/dist\`) and
   starts it as \`pnpm start\` runs it (\`node apps/api/dist/server.mjs\`, the project's Node 24, no tsx),
   \`DATABASE_URL\` on the fresh database, demo accounts on, tracking rate limit lifted; samples its
   resident memory (VmRSS of the server process) every 200 ms.
2. Writes ready-to-submit drafts of the SKP service (research permit letter: no technical stage, no
   fee) for the demo applicant straight into the database: every form field filled with a valid value,
   one document row per mandatory requirement, the \`create\` event.
3. **Submit**: autocannon, each request submitting another draft
   (\`POST /api/v1/applications/:id/actions/submit\`, \`{"version":1}\`, a bearer token, a fresh
   \`Idempotency-Key\`). A 3 s warm-up, then the sustained run; then a run at a fixed 200 requests/s
   (autocannon \`overallRate\`: each connection sends its share at the start of every second, so
   requests come in small bursts, which is harsher than evenly spaced arrivals). The officers' queues
   are never emptied between runs: the writer keeps each officer's load (\`officer_loads\`), so the
   files earlier runs left cost a submission nothing.
4. **Public tracking**: a few hundred applications are submitted through the API for real
   registration numbers and tracking codes, then \`GET /api/v1/track/:registrationNo?code=…\` rotates
   over them.
5. **Latency against concurrency**: submit and tracking for 5 s each at 1, 10, 50 and 100 connections.
6. **Baselines in the same run**: a bare Fastify hello-world (same Fastify version, no plugins, own
   process) under the same autocannon settings; **pgbench** running the SQL of one submission as a
   custom script against the same database with as many clients as autocannon has connections; and
   pgbench's floor, a transaction inserting one row (\`bench_plain\`), same clients.
7. CPU use of each side (API, PostgreSQL, load generator, everything else on the machine) is read
   from \`/proc\` over each run: on 2 shared cores, who used the CPU says more than any single figure.

Latency is measured per response by the load generator (so it includes its own queueing); p50/p95/p99
are over all responses of the run. Throughput counts 2xx responses only; any non-2xx is a defect and
is listed.

### The pgbench script

\`tests/bench/pgbench.ts\` holds the SQL, in the order \`act('submit')\` in
\`apps/api/src/modules/applications/lifecycle.usecases.ts\` sends it, in one transaction
(\`-M extended\`, like node-postgres):

1. claim the idempotency key (\`INSERT … ON CONFLICT DO NOTHING RETURNING\`);
2. load the application (the next prepared draft, picked with a sequence);
3. list the documents (completeness check, and the answer);
4. list the application's events (stage budget used, separation of duties, and the answer);
5. eligible officers with their kept load (\`users\` left-joined to \`officer_loads\`);
6. \`nextval\` for the registration number;
7. update the application with the version check, \`RETURNING *\`;
8. end the open stage assignment and start the new one (one statement, a CTE);
9. the change record: audit entry, history row and outbox row (one statement, CTEs);
10. add one to the officer's kept load (\`INSERT … ON CONFLICT DO UPDATE\` on one of 16 slots);
11. store the ids and the receipt with the idempotency key.

The pinned service definition and the calendar are not read: the API has them in its process caches.
What it leaves out: HTTP, authentication, form validation, JSON work and query building. It reuses a
pool of prepared drafts (a draft is submitted again if the pool wraps), and picks the least-loaded
officer in SQL rather than at random. It runs as long as the sustained submit run. The floor script is
\`BEGIN; INSERT INTO bench_plain (at, payload) VALUES (now(), md5(random()::text)); COMMIT;\`.

## Not yet measured

| operation | goal (SPEC §11) |
|---|---|
| catalogue search | p95 ≤ 10 ms |
| officer queue, with 10 million applications stored | p95 ≤ 20 ms |
| public backlog and SLA statistics, with 10 million applications | p95 ≤ 50 ms |
| public tracking, p95 with 10 million applications | ≤ 5 ms |

The data-scale benchmark (10 million applications) and the SPA bundle budget are measured by their own
tools (issue 9 items 6 and 8), not by \`pnpm bench\`.

## Results

${RESULTS_MARKER}
`
}
