import { OFFICE, officeFacts, type OfficeFacts } from '@pintu/catalogue'
import { isOfficeTimeZone, type OfficeTimeZone } from '@pintu/contract'
import { eq } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { offices } from './offices.table.ts'

export interface Office {
  id: string
  code: string
  /** The zone of its working day: every clock of the office counts dates there. */
  timezone: OfficeTimeZone
}

const columns = { id: offices.id, code: offices.code, timezone: offices.timezone }

function officeOf(row: { id: string; code: string; timezone: string }): Office {
  if (!isOfficeTimeZone(row.timezone))
    throw new Error(`office ${row.code} has the time zone ${row.timezone}, no office's`)
  return { id: row.id, code: row.code, timezone: row.timezone }
}

/** A registry entry as the row stores it. */
const rowOf = (facts: OfficeFacts) => ({
  nameId: facts.name.id,
  nameEn: facts.name.en,
  timezone: facts.timezone,
  bpsCode: facts.bpsCode,
  provinceCode: facts.provinceCode,
  address: facts.address,
  headTitle: facts.headTitle,
})

/**
 * The offices this deployment serves, in the order given (the first is the default office of
 * requests that name none): each row created, or brought up to date from the registry.
 */
export async function ensureOffices(executor: Executor, codes: readonly string[]): Promise<Office[]> {
  const served: Office[] = []
  for (const code of codes) {
    const facts = officeFacts(code)
    if (!facts) throw new Error(`office ${code} is not in the office registry (@pintu/catalogue offices.ts)`)
    const [row] = await executor
      .insert(offices)
      .values({ code, ...rowOf(facts) })
      .onConflictDoUpdate({ target: offices.code, set: rowOf(facts) })
      .returning(columns)
    if (!row) throw new Error('office row missing after insert')
    served.push(officeOf(row))
  }
  return served
}

/** The default office (seeded from @pintu/catalogue: Kota Bandung, 32.73). */
export async function ensureOffice(executor: Executor): Promise<Office> {
  const [office] = await ensureOffices(executor, [OFFICE.code])
  return office!
}

/** An office's row by its Kemendagri code. */
export async function findOffice(executor: Executor, code: string): Promise<Office | undefined> {
  const [row] = await executor.select(columns).from(offices).where(eq(offices.code, code))
  return row && officeOf(row)
}

/** Every office in this database by id, with its Kemendagri code (the cell's log names each entry's office). */
export async function officeCodesById(executor: Executor): Promise<Map<string, string>> {
  const rows = await executor.select({ id: offices.id, code: offices.code }).from(offices)
  return new Map(rows.map((row) => [row.id, row.code]))
}
