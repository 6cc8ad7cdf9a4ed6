/** The offices one deployment serves, for the SPAs' office choice and for integrators. */
import { Type, type Static } from 'typebox'
import { LocalizedTextSchema, OfficeTimeZoneSchema } from './common.ts'

export { OFFICE_HEADER } from './office-header.ts'

const Code = (description: string) => Type.String({ description })

export const ServedOfficeSchema = Type.Object(
  {
    code: Code('Kemendagri region code of the office (Permendagri 72/2019), e.g. 73.71: the value of `X-Pintu-Office`'),
    bpsCode: Code('The same region in BPS numbering, e.g. 7371 (statistics, Satu Data)'),
    province: Type.Object(
      {
        code: Code('Kemendagri code of the province, e.g. 73'),
        name: LocalizedTextSchema,
      },
      { description: 'The province the office is in (the first step of choosing an office by region)' },
    ),
    region: LocalizedTextSchema,
    name: LocalizedTextSchema,
    shortName: Type.String({ description: 'The short name signs and pages use, e.g. DPMPTSP Kota Makassar' }),
    address: Type.String({ description: 'Street address of the office, for visits and letters' }),
    timezone: OfficeTimeZoneSchema,
    isDefault: Type.Boolean({
      description: 'Whether this office answers requests that name none (no `X-Pintu-Office`, no token)',
    }),
  },
  {
    description:
      'An office (DPMPTSP) this deployment serves. `region` is the city or regency it serves (Kota …, Kabupaten …); `name` its full name',
  },
)
export type ServedOffice = Static<typeof ServedOfficeSchema>

export const ServedOfficesSchema = Type.Object({
  offices: Type.Array(ServedOfficeSchema, {
    maxItems: 600,
    description: 'Every office served, the default first, then in the order the deployment lists them (PINTU_OFFICES)',
  }),
})
export type ServedOffices = Static<typeof ServedOfficesSchema>
