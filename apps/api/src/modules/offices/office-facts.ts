import { OFFICE, officeFacts, type OfficeFacts } from '@pintu/catalogue'
import type { Office } from './offices.repository.ts'

/** What the registry says of a served office (its name, address, head's title) for pages and documents. */
export const factsOf = (office: Office): OfficeFacts => officeFacts(office.code) ?? OFFICE
