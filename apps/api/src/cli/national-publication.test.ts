import { is } from 'drizzle-orm'
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core'
import { describe, expect, it } from 'vitest'
import * as schema from '../db/schema.ts'
import {
  keptInCell,
  nationalTables,
  NationalSqlError,
  publicationSql,
  repointSql,
  subscriptionSql,
} from './national-publication.ts'

/**
 * Every column name that may leave a cell, each a count, a key of a count or a public fact of the
 * office. A new published column fails here until someone has looked at it and added it.
 */
const mayLeaveTheCell = new Set([
  'id',
  'code',
  'timezone',
  'office_id',
  'day',
  'status',
  'service_code',
  'service_kind',
  'channel',
  'received_on',
  'entered_on',
  'days_left',
  'metric',
  'detail',
  'stage',
  'working_days',
  'within_sla',
  'slot',
  'files',
  'count',
])

/** Words that, as any part of a column name, suggest a person (or a single file) behind the value. */
const personal =
  /(^|_)(nik|nip|npwp|name|nama|phone|email|address|alamat|birth|lahir|user|applicant|assignee|officer|actor|ip|note|application|registration|token|password)(_|$)/

const tableNames = () => nationalTables.map((t) => getTableConfig(t.table).name)
const OFFICE = '0b6f1a9e-1c1e-4c1e-9c1e-1c1e1c1e1c1e'

describe('what the national publication sends', () => {
  it('publishes only allow-listed column names, none of which looks personal', () => {
    for (const t of nationalTables)
      for (const column of t.columns) {
        const where = `${getTableConfig(t.table).name}.${column}`
        expect(personal.test(column), `${where} looks personal`).toBe(false)
        expect(mayLeaveTheCell.has(column), `${where} is not in the allow-list`).toBe(true)
      }
  })

  it("names real columns and publishes each table's whole primary key, led by the office it filters on", () => {
    for (const t of nationalTables) {
      const config = getTableConfig(t.table)
      const names = config.columns.map((c) => c.name)
      for (const column of t.columns) expect(names, `${config.name}.${column}`).toContain(column)
      // Updates and deletes are sent by replica identity (the key); the row filter may only use its columns.
      const key =
        config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name)
      for (const column of key) expect(t.columns, `${config.name} key column ${column}`).toContain(column)
      expect(key[0], `${config.name}'s key leads with the office (issue 16 item 8)`).toBe(t.officeColumn)
    }
  })

  it('decides for every statistics table whether it leaves the cell, so a new one cannot slip in unnoticed', () => {
    const statsTables = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => getTableConfig(table).name)
      .filter((name) => name.startsWith('stats_'))
    expect(statsTables.length).toBeGreaterThan(0)
    for (const name of statsTables)
      expect(tableNames().includes(name) || name in keptInCell, `${name}: publish it or say why not`).toBe(true)
    for (const name of Object.keys(keptInCell)) expect(tableNames()).not.toContain(name)
  })

  it('never publishes the applications, the people or the documents', () => {
    for (const name of ['applications', 'users', 'documents', 'audit_log', 'stats_files'])
      expect(tableNames()).not.toContain(name)
  })
})

describe('the SQL an operator runs', () => {
  it("filters every published table's rows to the cell's offices", () => {
    const other = '1b6f1a9e-1c1e-4c1e-9c1e-1c1e1c1e1c1e'
    const sql = publicationSql({ officeIds: [OFFICE, other] })
    const lines = sql.split('\n').filter((line) => line.trimStart().startsWith('TABLE '))
    expect(lines).toHaveLength(nationalTables.length)
    for (const line of lines) expect(line).toMatch(/WHERE \("(office_id|id)" IN \('0b6f[^']+', '1b6f[^']+'\)\)/)
  })

  it('changes the office list of a running publication with --alter', () => {
    expect(publicationSql({ officeIds: [OFFICE], alter: true })).toMatch(
      /^ALTER PUBLICATION pintu_national SET\n {2}TABLE "offices"/,
    )
  })

  it('grants the national login read access to the published tables only', () => {
    const sql = publicationSql({ officeIds: [OFFICE], grantTo: 'pintu_national' })
    expect(sql).toContain(
      `GRANT SELECT ON TABLE ${tableNames()
        .map((n) => `"${n}"`)
        .join(', ')} TO "pintu_national";`,
    )
  })

  it('refuses an office that is not a UUID, no office, and a name that is not a plain identifier', () => {
    expect(() => publicationSql({ officeIds: ["x') OR (true"] })).toThrow(NationalSqlError)
    expect(() => publicationSql({ officeIds: [] })).toThrow(/at least one office/)
    expect(() => publicationSql({ officeIds: [OFFICE], grantTo: 'a"; DROP' })).toThrow(NationalSqlError)
    expect(() => subscriptionSql({ cell: 'Cell A', connection: 'host=x' })).toThrow(/lower-case/)
  })

  it("quotes the cell's connection string as one literal", () => {
    expect(subscriptionSql({ cell: 'jabar', connection: "host=x password='p'" })).toBe(
      "CREATE SUBSCRIPTION national_jabar CONNECTION 'host=x password=''p''' PUBLICATION pintu_national;\n",
    )
  })

  it("re-points a cell by dropping the subscription without its lost slot and copying the cell's rows again", () => {
    const sql = repointSql({ cell: 'jabar', connection: 'host=new', officeIds: [OFFICE] })
    const order = [
      'ALTER SUBSCRIPTION national_jabar SET (slot_name = NONE);',
      'DROP SUBSCRIPTION national_jabar;',
      `DELETE FROM "stats_backlog" WHERE "office_id" IN ('${OFFICE}');`,
      "CREATE SUBSCRIPTION national_jabar CONNECTION 'host=new'",
    ].map((part) => sql.indexOf(part))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})
