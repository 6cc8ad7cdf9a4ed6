import { sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'

/**
 * The slot the compaction writes and no change ever does (the recorder's slots are 0 to 7): a
 * key's compacted count, one row per key, so reading the backlog now touches about one row per key
 * instead of up to eight. Only the rollup job, under its advisory lock, writes this slot.
 */
export const COMPACTED_SLOT = -1

const publicKey = [
  'office_id',
  'status',
  'service_code',
  'service_kind',
  'channel',
  'received_on',
  'entered_on',
  'days_left',
]
const tables = {
  stats_backlog: publicKey,
  stats_officer_backlog: [...publicKey, 'assignee_id'],
} as const

/**
 * Moves the counts of every slot of a backlog table into its compacted slot, key by key, in one
 * statement: the rows are deleted and their files added to the key's compacted row, so every sum
 * stays what it was. Exactness under concurrent changes: a slot row a change holds locked is
 * skipped (`skip locked`) and compacted next time, and a row changed after the statement began is
 * deleted with the value it had when it was locked (PostgreSQL re-reads the row version it deletes),
 * so each change is counted once, in the slot row or in the compacted one. The compaction never
 * waits for a change's lock, and no change touches the compacted slot, so the two cannot deadlock.
 * Returns the slot rows folded away.
 */
export async function compactBacklog(ex: Executor, table: keyof typeof tables, officeId: string): Promise<number> {
  const key = tables[table]
  const cols = sql.raw(key.join(', '))
  const name = sql.raw(table)
  const joined = sql.raw(key.map((c) => `b.${c} = p.${c}`).join(' and '))
  const result = (await ex.execute(sql`
    with picked as (
      select ${cols}, slot from ${name}
      where office_id = ${officeId} and slot <> ${COMPACTED_SLOT}
      for update skip locked
    ), gone as (
      delete from ${name} b using picked p where ${joined} and b.slot = p.slot
      returning b.*
    ), compacted as (
      insert into ${name} (${cols}, slot, files)
      select ${cols}, ${COMPACTED_SLOT}, sum(files) from gone group by ${cols}
      on conflict (${cols}, slot) do update set files = ${name}.files + excluded.files
    )
    select count(*)::int as rows from gone`)) as unknown as { rows: { rows: number }[] }
  // A key that came to nobody: its compacted row goes, as a slot row at 0 does.
  await ex.execute(sql`delete from ${name} where office_id = ${officeId} and slot = ${COMPACTED_SLOT} and files = 0`)
  return result.rows[0]!.rows
}
