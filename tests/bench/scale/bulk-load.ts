// Loading tens of millions of rows is minutes without the indexes and foreign keys and hours with
// them: they are set aside for the load and put back after, each from its own definition as the
// migrations left it (pg_get_constraintdef / pg_indexes), so PostgreSQL validates every row against
// every constraint when they return.
import type { Statements } from './database.ts'

interface Constraint {
  table: string
  name: string
  type: 'p' | 'u' | 'f'
  definition: string
}
interface Index {
  name: string
  definition: string
}

export interface SetAside {
  constraints: Constraint[]
  indexes: Index[]
}

const quoted = (tables: string[]) => tables.map((t) => `'${t}'`).join(', ')

export async function setAsideConstraints(db: Statements, tables: string[]): Promise<SetAside> {
  const constraints = await db.rows<Constraint>(
    `select conrelid::regclass::text as "table", conname as name, contype as type, pg_get_constraintdef(oid) as definition
       from pg_constraint
      where contype in ('p', 'u', 'f')
        and (conrelid::regclass::text in (${quoted(tables)}) or (contype = 'f' and confrelid::regclass::text in (${quoted(tables)})))`,
  )
  const indexes = await db.rows<Index>(
    `select indexname as name, indexdef as definition from pg_indexes
      where schemaname = 'public' and tablename in (${quoted(tables)})
        and indexname not in (select conname from pg_constraint)`,
  )
  for (const c of constraints.filter((c) => c.type === 'f'))
    await db.rows(`alter table ${c.table} drop constraint "${c.name}"`)
  for (const c of constraints.filter((c) => c.type !== 'f'))
    await db.rows(`alter table ${c.table} drop constraint "${c.name}"`)
  for (const i of indexes) await db.rows(`drop index "${i.name}"`)
  return { constraints, indexes }
}

/** Keys and unique constraints first (foreign keys need them), then indexes, then foreign keys. */
export async function restoreConstraints(db: Statements, aside: SetAside, progress: (step: string) => void) {
  for (const c of aside.constraints.filter((c) => c.type !== 'f')) {
    await db.rows(`alter table ${c.table} add constraint "${c.name}" ${c.definition}`)
    progress(`${c.table}: ${c.name}`)
  }
  for (const i of aside.indexes) {
    await db.rows(i.definition)
    progress(`index ${i.name}`)
  }
  for (const c of aside.constraints.filter((c) => c.type === 'f')) {
    await db.rows(`alter table ${c.table} add constraint "${c.name}" ${c.definition}`)
    progress(`${c.table}: ${c.name}`)
  }
}
