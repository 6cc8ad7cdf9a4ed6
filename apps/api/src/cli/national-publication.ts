// What a province cell sends to the national statistics database, and the SQL that sets it up
// (docs/operations.md, "Cells and national statistics"). Only summary tables leave a cell, each with
// an explicit column list and a row filter on the cell's own offices: a column added to a table
// later is not published until it is named here, and the test of this file refuses a name that
// could hold personal data. A new summary table is one entry in `nationalTables`.
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core'
import { offices } from '../modules/offices/offices.table.ts'
import { statsBacklog, statsBacklogDays, statsDaily, statsDurations } from '../modules/stats/stats.table.ts'

export interface PublishedTable {
  table: PgTable
  /** The columns that leave the cell; the table's primary key must be among them (replica identity). */
  columns: readonly string[]
  /** The column the row filter keeps to the cell's offices. */
  officeColumn: string
}

const backlogColumns = [
  'office_id',
  'status',
  'service_code',
  'service_kind',
  'channel',
  'received_on',
  'entered_on',
  'days_left',
  'slot',
  'files',
]

/**
 * The public statistics, whose rows are counts by service, stage and day. Left out on purpose:
 * `stats_files` (one row per file, keyed by application id) and the officer backlog tables (they
 * name the officer holding each file).
 */
export const nationalTables: readonly PublishedTable[] = [
  // The office register, so national figures can be named by region code (no names, no contacts).
  { table: offices, columns: ['id', 'code', 'timezone'], officeColumn: 'id' },
  { table: statsBacklog, columns: backlogColumns, officeColumn: 'office_id' },
  { table: statsBacklogDays, columns: ['day', ...backlogColumns], officeColumn: 'office_id' },
  {
    table: statsDaily,
    columns: ['office_id', 'day', 'service_code', 'metric', 'detail', 'slot', 'count'],
    officeColumn: 'office_id',
  },
  {
    table: statsDurations,
    columns: ['office_id', 'day', 'service_code', 'stage', 'working_days', 'within_sla', 'slot', 'count'],
    officeColumn: 'office_id',
  },
]

/** Statistics tables that never leave a cell, with why: the test requires every stats table to be here or above. */
export const keptInCell: Readonly<Record<string, string>> = {
  stats_files: 'one row per file, keyed by its application id',
  stats_officer_backlog: 'names the officer who holds each file',
  stats_officer_backlog_days: 'names the officer who held each file',
  stats_officer_backlog_snapshots: 'names the officer who held each file',
  stats_officer_backlog_snapshot_days: 'the days of the officer snapshots, a rollup kept by the cell’s own rollup job',
  // The rollups (stats-rollups.table.ts) are folds of the published counters, rebuilt from them:
  // the national database has the counters themselves and sums those.
  ...Object.fromEntries(
    [
      'stats_backlog_snapshots',
      'stats_backlog_snapshot_days',
      'stats_daily_days',
      'stats_duration_days',
      'stats_folded_days',
      'stats_duration_months',
      'stats_folded_months',
      'stats_duration_weeks',
      'stats_folded_weeks',
    ].map((name) => [name, 'a rollup of the published counters, kept by the cell’s own rollup job']),
  ),
}

export const PUBLICATION = 'pintu_national'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const NAME = /^[a-z][a-z0-9_]{0,39}$/

export class NationalSqlError extends Error {}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`

function officeList(officeIds: readonly string[]): string {
  if (officeIds.length === 0) throw new NationalSqlError('name at least one office (--office <uuid>)')
  for (const id of officeIds) if (!UUID.test(id)) throw new NationalSqlError(`not an office id (a UUID): ${id}`)
  return [...new Set(officeIds)].map(literal).join(', ')
}

function checkedName(kind: string, name: string): string {
  if (!NAME.test(name)) throw new NationalSqlError(`${kind} must be lower-case letters, digits and _: ${name}`)
  return name
}

export const subscriptionName = (cell: string) => `national_${checkedName('the cell name', cell)}`

/** For the cell: the publication of the summary tables, limited to the offices this cell serves. */
/**
 * `alter`: the same tables with a new office list, for a running publication (an office moved in or
 * out of the cell). Rows of an office taken out stay in the national database until deleted there.
 */
export function publicationSql(options: { officeIds: readonly string[]; grantTo?: string; alter?: boolean }): string {
  const list = officeList(options.officeIds)
  const tables = nationalTables.map((t) => {
    const { name } = getTableConfig(t.table)
    return `  TABLE ${ident(name)} (${t.columns.map(ident).join(', ')}) WHERE (${ident(t.officeColumn)} IN (${list}))`
  })
  const head = options.alter ? `ALTER PUBLICATION ${PUBLICATION} SET` : `CREATE PUBLICATION ${PUBLICATION} FOR`
  const statements = [`${head}\n${tables.join(',\n')};`]
  // The national side's login on the cell reads the published tables and nothing else.
  if (options.grantTo !== undefined) {
    const role = ident(checkedName('the role', options.grantTo))
    const names = nationalTables.map((t) => ident(getTableConfig(t.table).name)).join(', ')
    statements.push(`GRANT SELECT ON TABLE ${names} TO ${role};`)
  }
  return `${statements.join('\n')}\n`
}

/**
 * For the national database: the published tables as the cells have them (the same Drizzle
 * definitions), with the published columns and the primary key only. Uniqueness beyond the key
 * and foreign keys are each cell's to keep; the national copy only receives.
 */
export function nationalTablesSql(): string {
  return `${nationalTables
    .map((t) => {
      const config = getTableConfig(t.table)
      const columns = t.columns.map((name) => {
        const column = config.columns.find((c) => c.name === name)
        if (!column) throw new NationalSqlError(`${config.name} has no column ${name}`)
        return `  ${ident(name)} ${column.getSQLType()}${column.notNull ? ' NOT NULL' : ''}`
      })
      const composite = config.primaryKeys[0]
      const key = composite
        ? `  CONSTRAINT ${ident(composite.getName())} PRIMARY KEY (${composite.columns.map((c) => ident(c.name)).join(', ')})`
        : `  PRIMARY KEY (${config.columns
            .filter((c) => c.primary)
            .map((c) => ident(c.name))
            .join(', ')})`
      return `CREATE TABLE IF NOT EXISTS ${ident(config.name)} (\n${[...columns, key].join(',\n')}\n);`
    })
    .join('\n')}\n`
}

/** For the national database: subscribe to one cell (copies what the cell holds now, then streams). */
export function subscriptionSql(options: { cell: string; connection: string }): string {
  return `CREATE SUBSCRIPTION ${subscriptionName(options.cell)} CONNECTION ${literal(options.connection)} PUBLICATION ${PUBLICATION};\n`
}

/**
 * For the national database after a cell's replica was promoted. PostgreSQL 15 keeps logical
 * replication slots on the primary only, so the promoted node has no slot to resume from: drop
 * the subscription without touching the lost slot, remove the cell's rows and copy them again
 * from the new primary. The figures then equal what the cell holds after the failover, including
 * when the last transactions of the old primary never reached its replica.
 */
export function repointSql(options: { cell: string; connection: string; officeIds: readonly string[] }): string {
  const sub = subscriptionName(options.cell)
  const list = officeList(options.officeIds)
  const deletes = [...nationalTables]
    .reverse()
    .map((t) => `DELETE FROM ${ident(getTableConfig(t.table).name)} WHERE ${ident(t.officeColumn)} IN (${list});`)
  return [
    `ALTER SUBSCRIPTION ${sub} DISABLE;`,
    `ALTER SUBSCRIPTION ${sub} SET (slot_name = NONE);`,
    `DROP SUBSCRIPTION ${sub};`,
    'BEGIN;',
    ...deletes,
    'COMMIT;',
    subscriptionSql(options).trimEnd(),
    '',
  ].join('\n')
}
