// Tampering against a real database, as someone who owns it and turns the append-only triggers
// off: each kind of rewrite must be caught and named by the log's verifier (`pnpm audit:verify`).
import { sql, type SQL } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import type { LogFindingKind } from '@pintu/contract'
import { applicationHelpers } from './support/applications.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

const GUARDED = ['audit_log', 'outbox', 'transparency_entries', 'transparency_tiles', 'transparency_bundles']
let t: TestApp | undefined

afterEach(async () => {
  await t?.close()
  t = undefined
})

async function rowsOf<T>(query: SQL): Promise<T[]> {
  return ((await t!.db.execute(query)) as unknown as { rows: T[] }).rows
}

/** Runs `work` with the guards off, as a database owner can, and puts them back. */
async function bypassingTriggers(work: () => Promise<unknown>) {
  const tables = [...GUARDED, 'transparency_checkpoints']
  for (const table of tables) await t!.db.execute(sql.raw(`alter table ${table} disable trigger user`))
  try {
    await work()
  } finally {
    for (const table of tables) await t!.db.execute(sql.raw(`alter table ${table} enable trigger user`))
  }
}

/** A log with a few entries and its checkpoint, as a witness saved it. */
async function loggedApp(): Promise<{ witness: string[]; size: number }> {
  t = await createTestApp()
  const applicant = await t.account(['applicant'])
  const h = applicationHelpers(t)
  await h.readyDraft(applicant, 'SKP')
  await t.app.integrateLog()
  const note = (await t.app.inject({ method: 'GET', url: '/api/v1/transparency/log/checkpoint' })).body
  const [{ size } = { size: 0 }] = await rowsOf<{ size: number }>(
    sql`select count(*)::int as size from transparency_entries`,
  )
  expect(size).toBeGreaterThanOrEqual(4)
  return { witness: [note], size }
}

const auditAt = async (position: number) =>
  (
    await rowsOf<{ id: number }>(sql`select audit_id::int as id from transparency_entries where position = ${position}`)
  )[0]!.id

async function findings(witness: string[] = []): Promise<LogFindingKind[]> {
  return (await t!.app.verifyLog(witness)).findings.map((f) => f.kind)
}

// Each case builds its own log (a few uploads and a submission): slow on a busy 2-core machine.
describe('the verifier names every kind of tampering', { timeout: 180_000 }, () => {
  it('finds nothing wrong with an untouched log', async () => {
    const { witness, size } = await loggedApp()
    const report = await t!.app.verifyLog(witness)
    expect(report).toMatchObject({ treeSize: size, findings: [] })
  })

  it('a field of a past entry changed', async () => {
    const { witness } = await loggedApp()
    const id = await auditAt(1)
    await bypassingTriggers(() => t!.db.execute(sql`update audit_log set actor_role = 'system' where id = ${id}`))
    const report = await t!.app.verifyLog(witness)
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'audit_entry_altered', position: 1, auditId: id }),
    ])
  })

  it('an entry deleted', async () => {
    await loggedApp()
    const id = await auditAt(2)
    await bypassingTriggers(() => t!.db.execute(sql`delete from audit_log where id = ${id}`))
    expect(await findings()).toEqual(['audit_entry_deleted'])
  })

  it('a forged entry inserted in the middle', async () => {
    await loggedApp()
    const original = await rowsOf<{ office_id: string }>(sql`select office_id from audit_log limit 1`)
    await bypassingTriggers(() =>
      t!.db
        .execute(sql`insert into audit_log (id, office_id, occurred_at, actor_role, action, entity_type, entity_id, details)
        overriding system value
        values (0, ${original[0]!.office_id}, now(), 'kepala_dinas', 'permit.issued', 'permit', 'forged', '{}')`),
    )
    expect(await findings()).toEqual(['audit_entry_not_in_log'])
  })

  it('two entries swapped', async () => {
    await loggedApp()
    const [a, b] = [await auditAt(1), await auditAt(2)]
    await bypassingTriggers(() =>
      t!.db.execute(sql`update audit_log a set occurred_at = b.occurred_at, actor_id = b.actor_id,
          actor_role = b.actor_role, action = b.action, entity_type = b.entity_type, entity_id = b.entity_id,
          details = b.details
        from audit_log b where (a.id = ${a} and b.id = ${b}) or (a.id = ${b} and b.id = ${a})`),
    )
    expect(await findings()).toEqual(['audit_entry_altered', 'audit_entry_altered'])
  })

  it('the tail truncated', async () => {
    const { witness, size } = await loggedApp()
    await bypassingTriggers(async () => {
      await t!.db.execute(
        sql`delete from audit_log where id in (select audit_id from transparency_entries where position >= ${size - 2})`,
      )
      await t!.db.execute(sql`delete from transparency_entries where position >= ${size - 2}`)
    })
    expect(await findings(witness)).toEqual(['checkpoint_beyond_log', 'log_truncated'])
  })

  it('an older backup restored after a checkpoint was published', async () => {
    const { size } = await loggedApp()
    // What the backup held: everything up to `size`. Then the office kept working and a witness
    // cosigned the bigger log; then the database was put back to the backup.
    const backup = {
      audit: (await rowsOf<{ max: number }>(sql`select max(id)::int as max from audit_log`))[0]!.max,
      state: await rowsOf<Record<string, unknown>>(sql`select * from transparency_state`),
    }
    await applicationHelpers(t!).readyDraft(await t!.account(['applicant']), 'SKP')
    await t!.app.integrateLog()
    const later = (await t!.app.inject({ method: 'GET', url: '/api/v1/transparency/log/checkpoint' })).body
    await bypassingTriggers(async () => {
      await t!.db.execute(sql`delete from audit_log where id > ${backup.audit}`)
      await t!.db.execute(sql`delete from outbox where audit_id > ${backup.audit}`)
      await t!.db.execute(sql`delete from transparency_entries where position >= ${size}`)
      await t!.db.execute(sql`delete from transparency_checkpoints where tree_size > ${size}`)
    })
    expect(await findings()).toEqual([])
    expect(await findings([later])).toEqual(['log_truncated'])
  })

  it('the whole log rewritten and re-signed with the log’s own key: only a witness catches it', async () => {
    const { witness } = await loggedApp()
    const id = await auditAt(1)
    await bypassingTriggers(async () => {
      await t!.db.execute(sql`update audit_log set actor_role = 'system' where id = ${id}`)
      for (const table of ['transparency_entries', 'transparency_tiles', 'transparency_bundles']) {
        await t!.db.execute(sql.raw(`delete from ${table}`))
      }
      await t!.db.execute(sql`delete from transparency_checkpoints`)
      await t!.db.execute(sql`delete from transparency_state`)
    })
    await t!.app.integrateLog()
    expect(await findings()).toEqual([])
    expect(await findings(witness)).toEqual(['history_rewritten'])
  })
})
