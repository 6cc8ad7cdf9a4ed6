import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, databaseRefusal, queryRows, type TestApp } from './support/test-app.ts'

describe('audit log', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
    await t.db.execute(sql`insert into audit_log (office_id, occurred_at, action, entity_type, entity_id, details)
      values (${t.office.id}, now(), 'test.entry', 'test', '1', '{}'::jsonb)`)
  })
  afterAll(() => t.close())

  it.each([
    ['UPDATE', sql`update audit_log set action = 'rewritten'`],
    ['DELETE', sql`delete from audit_log`],
    ['TRUNCATE', sql`truncate audit_log`],
  ])('is append-only: the database refuses %s', async (_op, statement) => {
    expect(await databaseRefusal(t.db.execute(statement))).toMatch(/audit_log is append-only/)
    const rows = await queryRows(t.db, sql`select action from audit_log where action = 'test.entry'`)
    expect(rows).toHaveLength(1)
  })
})
