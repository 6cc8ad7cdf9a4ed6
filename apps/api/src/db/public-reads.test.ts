// Where public reads go when the replica cannot serve them. The replica that serves them, and
// read-your-writes against real replay, are in tests/deploy/replica.test.ts (a real streaming replica).
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPglite, openPostgres, type Database, type Db } from './database.ts'
import { createPublicReads, REPLICA_RETRY_MS } from './public-reads.ts'

/** Nothing listens there (the loopback range this suite keeps for its own clusters): connections are refused. */
const REFUSING = 'postgres://pintu@127.0.0.1:5449/pintu'

async function which(db: Db): Promise<string> {
  const result = (await db.execute(sql`select 'answered' as answer`)) as unknown as { rows: { answer: string }[] }
  return result.rows[0]!.answer
}

describe('public reads', () => {
  let primary: Database
  beforeAll(async () => {
    primary = openPglite(await PGlite.create())
  })
  afterAll(() => primary.close())

  it('read the primary, and give no consistency token, when there is no replica', async () => {
    const reads = createPublicReads({ primary })
    const used: Db[] = []
    expect(await reads.run('0/1', async (db) => (used.push(db), which(db)))).toBe('answered')
    expect(used).toEqual([primary.db])
    expect(await reads.tokenAfterWrite()).toBeUndefined()
    expect(reads.source()).toBeUndefined()
  })

  it('fall back to the primary when the replica is unreachable, and leave it alone for a while', async () => {
    let now = 1_000_000
    const replica = openPostgres(REFUSING, 1)
    const reads = createPublicReads({ primary, replica, now: () => now })
    try {
      expect(reads.source()).toBe('replica')
      const used: Db[] = []
      expect(await reads.run(undefined, async (db) => (used.push(db), which(db)))).toBe('answered')
      expect(used).toEqual([replica.db, primary.db])
      expect(reads.source()).toBe('primary')

      // Meanwhile the replica is not even tried: no request waits on its refusal.
      used.length = 0
      await reads.run(undefined, async (db) => (used.push(db), which(db)))
      expect(used).toEqual([primary.db])

      now += REPLICA_RETRY_MS
      expect(reads.source()).toBe('replica')
    } finally {
      await reads.close()
    }
  })

  it('answer a caller whose consistency token is not a WAL position from the primary, without asking the replica', async () => {
    const replica = openPostgres(REFUSING, 1)
    const reads = createPublicReads({ primary, replica })
    try {
      const used: Db[] = []
      await reads.run("0/1'; drop table x; --", async (db) => (used.push(db), which(db)))
      expect(used).toEqual([primary.db])
      expect(reads.source()).toBe('replica')
    } finally {
      await reads.close()
    }
  })

  it('let a rule’s own answer stand instead of asking the primary again', async () => {
    const replica = openPostgres(REFUSING, 1)
    const reads = createPublicReads({ primary, replica })
    try {
      let calls = 0
      const notFound = Object.assign(new Error('not found'), { code: 'tracking.not_found' })
      await expect(
        reads.run(undefined, async () => {
          calls++
          throw notFound
        }),
      ).rejects.toBe(notFound)
      expect(calls).toBe(1)
    } finally {
      await reads.close()
    }
  })
})
