// The job queue the outbox consumers hand their work to: pg-boss, on the same database as
// everything else, in its own `pgboss` schema. It runs on our connections (the pool, or the one
// PGlite), so a job can be written in the transaction of the change that causes it, and closing the
// database is all a shutdown or a test needs to let go of it.
import { sql } from 'drizzle-orm'
import {
  fromDrizzle,
  fromPglite,
  PgBoss,
  type ConnectionOptions,
  type Db as IDatabase,
  type PGliteLike,
  type Queue,
} from 'pg-boss'
import type pg from 'pg'
import type { Database } from './database.ts'
import type { Executor } from './transaction.ts'

/**
 * How many jobs a settle call changed: 0 when the attempt it names is no longer the job's (pg-boss
 * declares the answer as an empty interface; the count is there at run time).
 */
export const affectedBy = (response: object) => (response as { affected: number }).affected

/** A job as this process fetched it: settling it is fenced to this attempt. */
export interface JobAttempt {
  id: string
  retryCount: number
}

/** Completes a job in the caller's transaction; false when its claim lapsed and another process has it now. */
export async function completeJob(jobs: JobQueue, tx: Executor, queue: string, job: JobAttempt, output: object) {
  return affectedBy(await jobs.complete(queue, job, output, inTransaction(tx))) > 0
}

/**
 * Puts a fetched job back to run again after `delaySeconds`, in the caller's transaction: failed to
 * pg-boss (so it goes to `retry`, and on a `key_strict_fifo` queue keeps holding its key) and its
 * start moved to the time the caller's schedule says (pg-boss's `update` edits a job waiting in
 * `retry`). False when the claim lapsed and another process has the job now.
 */
export async function retryJobAfter(
  jobs: JobQueue,
  tx: Executor,
  queue: string,
  job: JobAttempt,
  delaySeconds: number,
  output: object,
): Promise<boolean> {
  if (affectedBy(await jobs.fail(queue, job, output, inTransaction(tx))) === 0) return false
  await jobs.update(queue, undefined, { id: job.id, startAfter: delaySeconds, ...inTransaction(tx) })
  return true
}

/**
 * Where pg-boss's `startAfter` must put a job due at `at` by the consumer's clock: that far from
 * the database's now, or at once when the consumer's clock is not the database's (a hand-moved
 * test clock) and so the consumer alone judges when it is due.
 */
export const delaySecondsUntil = (at: Date, now: Date, deferInQueue: boolean) =>
  deferInQueue ? Math.max(0, at.getTime() - now.getTime()) / 1000 : 0

/** Where pg-boss keeps its tables; operators inspect it there (docs/operations.md). */
export const JOB_SCHEMA = 'pgboss'

export type JobQueue = PgBoss

/** A queue with the options it is kept at: created when missing, brought up to date when not. */
export type QueueDefinition = Queue

/**
 * pg-boss's statements on our connections. Drizzle's `$client` is the pg pool or the PGlite
 * instance; its installer sends several statements at once, which only a plain (unparameterised)
 * query takes, so the pool is asked directly rather than through Drizzle.
 */
const clientOf = (database: Database) => (database.db as unknown as { $client: unknown }).$client

function adapterOf(database: Database): IDatabase {
  const client = clientOf(database)
  if (database.engine === 'pglite') return fromPglite(client as PGliteLike)
  const pool = client as pg.Pool
  return { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) }
}

/** Options for a pg-boss call that must commit or roll back with the caller's transaction. */
export function inTransaction(tx: Executor): ConnectionOptions {
  return { db: fromDrizzle(tx as never, sql as never) }
}

async function ensureQueue(boss: PgBoss, { name, ...options }: QueueDefinition): Promise<void> {
  const { policy: _policy, ...settings } = options
  // A policy is fixed at creation (pg-boss refuses to change it); the rest follows the configuration.
  if (await boss.getQueue(name)) return boss.updateQueue(name, settings)
  // Two processes starting together may both find it missing: the loser finds it made.
  await boss.createQueue(name, options).catch(async (error: unknown) => {
    if (!(await boss.getQueue(name))) throw error
  })
}

/**
 * Starts pg-boss for this process. `supervise` runs its upkeep (failing jobs whose process died
 * mid-attempt, deleting old completed jobs) on timers; pg-boss takes its own advisory locks for it,
 * so several API processes share the work, and its cron scheduler is off (Pintu's timers run the
 * jobs). Queues are created or updated, then read once so that no later call inside one of our
 * transactions has to look a queue up outside it (on PGlite's single connection that would wait on
 * the transaction forever).
 */
export async function startJobQueue(
  database: Database,
  options: { queues: QueueDefinition[]; supervise: boolean; onError: (error: Error) => void },
  on: IDatabase = adapterOf(database),
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: on,
    schema: JOB_SCHEMA,
    backend: database.engine === 'pglite' ? 'pglite' : 'postgres',
    schedule: false,
    supervise: options.supervise,
    registerInstance: options.supervise,
    openTelemetry: { enabled: false },
  })
  boss.on('error', options.onError)
  await boss.start()
  for (const queue of options.queues) {
    await ensureQueue(boss, queue)
    await boss.findJobs(queue.name, { limit: 1 })
  }
  return boss
}

/** Arbitrary constant naming pg-boss's installation among PostgreSQL advisory locks. */
const INSTALL_LOCK_KEY = 7_303_281

/**
 * Installs (or migrates) pg-boss's schema and the queues, once, with the other migrations. Two
 * processes installing into a new database at once collide on `create schema` inside pg-boss
 * (found by tests/deploy/two-processes.test.ts), so on PostgreSQL they take turns under a session
 * lock, as the migrations do; PGlite has one process.
 */
export async function installJobQueue(database: Database, queues: QueueDefinition[]): Promise<void> {
  const lock = database.engine === 'postgres' ? await (clientOf(database) as pg.Pool).connect() : undefined
  try {
    if (lock) {
      // Waiting for another process's install may take longer than a statement may.
      await lock.query('set statement_timeout = 0')
      await lock.query('select pg_advisory_lock($1)', [INSTALL_LOCK_KEY])
    }
    // On the locked session itself: a pool of one connection (the test template's) has no other.
    const boss = await startJobQueue(
      database,
      {
        queues,
        supervise: false,
        onError: (error) => {
          throw error
        },
      },
      lock ? { executeSql: (text: string, values?: unknown[]) => lock.query(text, values) } : undefined,
    )
    await boss.stop({ graceful: false, close: false })
  } finally {
    await lock?.query('select pg_advisory_unlock($1)', [INSTALL_LOCK_KEY]).catch(() => undefined)
    // The session keeps statement_timeout = 0: destroy it rather than hand it back to the pool.
    lock?.release(true)
  }
}
