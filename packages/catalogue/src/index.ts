import type { ServiceDefinition } from '@pintu/contract'
import { buildingServices } from './services/building.ts'
import { educationServices } from './services/education.ts'
import { environmentServices } from './services/environment.ts'
import { foodSafetyServices } from './services/food-safety.ts'
import { healthFacilityServices } from './services/health-facilities.ts'
import { healthPractitionerServices } from './services/health-practitioners.ts'
import { industryAndInvestmentServices } from './services/industry-investment.ts'
import { labourServices } from './services/labour.ts'
import { researchAndSocialServices } from './services/research-social.ts'
import { retailServices } from './services/retail.ts'
import { tourismAndAdvertisingServices } from './services/tourism-advertising.ts'
import { tradeServices } from './services/trade.ts'
import { transportServices } from './services/transport.ts'
import { BANDUNG } from './offices.ts'

export { holidays, publishedCalendarYears, type Holiday } from './holidays.ts'
export { retiredServices, type RetiredService } from './retired.ts'

export { BANDUNG, CIMAHI, MAKASSAR, OFFICE_REGISTRY, officeFacts, type OfficeFacts } from './offices.ts'

/** The office a deployment serves when PINTU_OFFICES names no other: Kota Bandung. */
export const OFFICE = BANDUNG

/**
 * Services that sources show Bandung's BPPT/DPMPTSP handled (pungli target list of Jan 2017, citizens queuing
 * for TDP, 2018 billboard reports, the dpmptsp.bandung.go.id FAQ, Perwal 335/2012 and 265/2016, the MILEA
 * NIB programme). They come first; the rest are standard city PTSP items seen in comparable catalogues.
 */
export const BANDUNG_CONFIRMED_CODES = [
  'SIUP',
  'TDP',
  'TDUP',
  'IMB',
  'REKLAME',
  'IUTM',
  'IUPP',
  'IUP2T',
  'ITPMB',
  'STPW',
  'NIB-OSS',
  'IUMK',
  'BONGKAR-MUAT',
  'KP-ANGKUTAN-BARANG',
] as const

const allServices: ServiceDefinition[] = [
  ...tradeServices,
  ...retailServices,
  ...tourismAndAdvertisingServices,
  ...buildingServices,
  ...healthPractitionerServices,
  ...healthFacilityServices,
  ...foodSafetyServices,
  ...environmentServices,
  ...transportServices,
  ...industryAndInvestmentServices,
  ...labourServices,
  ...educationServices,
  ...researchAndSocialServices,
]

function bandungConfirmedFirst(definitions: ServiceDefinition[]): ServiceDefinition[] {
  const confirmed: readonly string[] = BANDUNG_CONFIRMED_CODES
  const rank = (definition: ServiceDefinition) => {
    const position = confirmed.indexOf(definition.code)
    return position === -1 ? confirmed.length : position
  }
  // Array.prototype.sort is stable, so the other services keep their sector order.
  return [...definitions].sort((a, b) => rank(a) - rank(b))
}

/** The 54 service types in force. */
export const services: ServiceDefinition[] = bandungConfirmedFirst(allServices)
