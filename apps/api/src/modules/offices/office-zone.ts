import { isOfficeTimeZone } from '@pintu/contract'
import { sql, type SQL } from 'drizzle-orm'
import type { Office } from './offices.repository.ts'

/**
 * The office's time zone as an SQL literal, for `at time zone` in a query that groups by day or
 * month. A literal, not a parameter: PostgreSQL sees `to_char(x at time zone $1)` in the select list
 * and `... $2` in `group by` as different expressions and refuses the query. Only one of the three
 * zone names can reach it, checked again here, so nothing a caller types is ever spliced in.
 */
export function officeZoneSql(office: Pick<Office, 'timezone'>): SQL {
  if (!isOfficeTimeZone(office.timezone)) throw new Error(`${String(office.timezone)} is not an office time zone`)
  return sql.raw(`'${office.timezone}'`)
}
