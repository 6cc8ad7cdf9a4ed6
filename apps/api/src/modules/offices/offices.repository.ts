import { OFFICE } from '@pintu/catalogue'
import { eq } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { offices } from './offices.table.ts'

export interface Office {
  id: string
  code: string
}

/** The office this deployment serves (seeded from @pintu/catalogue: Kota Bandung, 32.73). */
export async function ensureOffice(executor: Executor): Promise<Office> {
  await executor
    .insert(offices)
    .values({ code: OFFICE.code, nameId: OFFICE.name.id, nameEn: OFFICE.name.en, timezone: OFFICE.timezone })
    .onConflictDoNothing({ target: offices.code })
  const [row] = await executor
    .select({ id: offices.id, code: offices.code })
    .from(offices)
    .where(eq(offices.code, OFFICE.code))
  if (!row) throw new Error('office row missing after insert')
  return row
}
