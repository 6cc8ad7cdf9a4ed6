// Size on disk: each table with its indexes and TOAST (pg_total_relation_size), and the database.
import type { ScaleDatabase } from './database.ts'

export interface TableSize {
  table: string
  rows: number
  total: number
  indexes: number
}

export async function tableSizes(db: ScaleDatabase, tables: string[]): Promise<TableSize[]> {
  const rows = await db.rows<{ table: string; rows: string; total: string; indexes: string }>(
    `select c.relname as "table", c.reltuples::bigint as rows, pg_total_relation_size(c.oid) as total,
            pg_indexes_size(c.oid) as indexes
       from pg_class c where c.relname in (${tables.map((t) => `'${t}'`).join(', ')}) and c.relkind = 'r'
      order by pg_total_relation_size(c.oid) desc`,
  )
  return rows.map((r) => ({ table: r.table, rows: Number(r.rows), total: Number(r.total), indexes: Number(r.indexes) }))
}

export async function databaseSize(db: ScaleDatabase): Promise<number> {
  const [row] = await db.rows<{ size: string }>(`select pg_database_size(current_database()) as size`)
  return Number(row!.size)
}

export const gib = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`
