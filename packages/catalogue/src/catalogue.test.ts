import type { ServiceDefinition } from '@pintu/contract'
import { ServiceDefinitionSchema, checkServiceDefinition, formToJsonSchema, sectors } from '@pintu/contract'
import { sampleFormData } from '@pintu/contract/samples'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { BANDUNG_CONFIRMED_CODES, OFFICE, holidays, retiredServices, services } from './index.ts'

const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
const validateDefinition = ajv.compile(ServiceDefinitionSchema)

const retiredDefinitions = retiredServices.map((retired) => retired.definition)
const everyDefinition: ServiceDefinition[] = [...services, ...retiredDefinitions]
const byCode = (code: string) => {
  const definition = everyDefinition.find((candidate) => candidate.code === code)
  if (!definition) throw new Error(`no service ${code}`)
  return definition
}
const fieldsOf = (definition: ServiceDefinition) => definition.form.sections.flatMap((section) => section.fields)

/** Case-insensitive match on code, names and descriptions in both languages, like the catalogue search. */
const searchServices = (words: string) =>
  services.filter((definition) =>
    [
      definition.code,
      definition.name.id,
      definition.name.en,
      definition.description.id,
      definition.description.en,
    ].some((text) => text.toLowerCase().includes(words.toLowerCase())),
  )

describe('the catalogue as a whole', () => {
  it('has exactly 54 services in force', () => {
    expect(services).toHaveLength(54)
  })

  it('uses each code once across services in force and retired ones', () => {
    const codes = everyDefinition.map((definition) => definition.code)
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([])
  })

  it('keeps retired services out of the services in force', () => {
    const inForce = new Set(services.map((definition) => definition.code))
    expect(retiredDefinitions.filter((definition) => inForce.has(definition.code))).toEqual([])
  })

  it('has at least 10 permits (izin) and at least 10 non-permits (non_izin)', () => {
    expect(services.filter((definition) => definition.kind === 'izin').length).toBeGreaterThanOrEqual(10)
    expect(services.filter((definition) => definition.kind === 'non_izin').length).toBeGreaterThanOrEqual(10)
  })

  it('uses every one of the 13 sectors', () => {
    const used = new Set(services.map((definition) => definition.sector))
    expect(sectors.filter((sector) => !used.has(sector))).toEqual([])
  })

  it('lists the services confirmed for Bandung first, in their confirmed order', () => {
    expect(services.slice(0, BANDUNG_CONFIRMED_CODES.length).map((definition) => definition.code)).toEqual([
      ...BANDUNG_CONFIRMED_CODES,
    ])
  })

  it('retires the nuisance permit (HO) and the courier permit, each with a reason and an ISO date-time', () => {
    expect(retiredDefinitions.map((definition) => definition.code)).toEqual(
      expect.arrayContaining(['HO', 'JASA-TITIPAN']),
    )
    for (const retired of retiredServices) {
      expect(retired.retiredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/)
      expect(Number.isNaN(Date.parse(retired.retiredAt))).toBe(false)
      expect(retired.reason.id.length).toBeGreaterThan(20)
      expect(retired.reason.en.length).toBeGreaterThan(20)
    }
    expect(retiredServices.find((retired) => retired.definition.code === 'HO')?.reason.id).toContain('19 Tahun 2017')
  })

  it('names the office with its region code and time zone', () => {
    expect(OFFICE).toMatchObject({ code: '32.73', shortName: 'DPMPTSP Kota Bandung', timezone: 'Asia/Jakarta' })
  })

  it('finds the billboard permit when searching for "reklame" or "billboard"', () => {
    expect(searchServices('reklame').map((definition) => definition.code)).toContain('REKLAME')
    expect(searchServices('billboard').map((definition) => definition.code)).toContain('REKLAME')
  })
})

describe.each(everyDefinition.map((definition) => [definition.code, definition] as const))(
  'service %s',
  (code, definition) => {
    it('matches ServiceDefinitionSchema', () => {
      const valid = validateDefinition(definition)
      expect(
        valid ? [] : validateDefinition.errors?.map((error) => `${code}${error.instancePath}: ${error.message}`),
      ).toEqual([])
    })

    it('breaks none of the cross-field rules of checkServiceDefinition', () => {
      expect(checkServiceDefinition(definition).map((problem) => `${code}${problem.path}: ${problem.message}`)).toEqual(
        [],
      )
    })

    it('has stage budgets that add up to its SLA', () => {
      expect(definition.stages.reduce((sum, stage) => sum + stage.budgetDays, 0)).toBe(definition.slaDays)
    })

    it('accepts at least one file type, within a size limit, for every requirement', () => {
      for (const requirement of definition.requirements) {
        expect(requirement.acceptedTypes.length, requirement.key).toBeGreaterThan(0)
        expect(requirement.maxSizeKb, requirement.key).toBeGreaterThanOrEqual(50)
        expect(requirement.maxSizeKb, requirement.key).toBeLessThanOrEqual(20480)
      }
    })

    it('prints key data on its permit: named form fields, none of them the applicant’s identity', () => {
      expect(definition.permitFields?.length ?? 0).toBeGreaterThan(0)
      expect(definition.permitFields?.filter((key) => key.startsWith('pemohon_'))).toEqual([])
    })

    it('numbers its output with sequence, Roman month and year', () => {
      for (const placeholder of ['{seq}', '{roman_month}', '{year}'])
        expect(definition.permitNumberFormat).toContain(placeholder)
    })

    it('states a legal basis for any fee it charges', () => {
      if (definition.fee.kind === 'free') expect(definition.feeLegalBasis).toBeUndefined()
      else expect(definition.feeLegalBasis).toMatch(/\S{3,}/)
    })

    describe('its form', () => {
      const validateData = ajv.compile(formToJsonSchema(definition.form))
      // The shared ready-draft builder's answers: every service's form must accept them.
      const sample = sampleFormData(definition)

      it('accepts a complete sample application', () => {
        const valid = validateData(sample)
        expect(valid ? [] : validateData.errors?.map((error) => `${error.instancePath} ${error.message}`)).toEqual([])
      })

      it('refuses a field it does not define', () => {
        expect(validateData({ ...sample, kolom_tak_dikenal: 'x' })).toBe(false)
      })

      it('refuses an application missing a required field', () => {
        const required = fieldsOf(definition).find((field) => field.required)!
        const { [required.key]: _omitted, ...incomplete } = sample
        expect(validateData(incomplete)).toBe(false)
      })
    })
  },
)

describe('key services', () => {
  it('charges IMB retribution per m² of floor area, with a minimum, under UU 28/2009 and a Perda', () => {
    const imb = byCode('IMB')
    expect(imb.fee).toMatchObject({ kind: 'per_unit', field: 'bangunan_luas_lantai' })
    if (imb.fee.kind !== 'per_unit') throw new Error('IMB fee must be per unit')
    expect(imb.fee.minimum).toBeGreaterThan(0)
    const feeField = imb.fee.field
    expect(fieldsOf(imb).find((field) => field.key === feeField)).toMatchObject({
      type: 'decimal',
      unit: 'm²',
      required: true,
    })
    expect(imb.feeLegalBasis).toMatch(/28 Tahun 2009/)
    expect(imb.feeLegalBasis).toMatch(/Perda/)
  })

  it('prints what a building permit permits: the building, its address, areas and land title', () => {
    expect(byCode('IMB').permitFields).toEqual(
      expect.arrayContaining(['lokasi_bangunan_alamat', 'bangunan_luas_lantai', 'bangunan_nomor_sertifikat']),
    )
  })

  it('refuses a catalogue entry printing a NIK or a field it does not have', () => {
    const imb = byCode('IMB')
    const codes = checkServiceDefinition({ ...imb, permitFields: ['pemohon_nik', 'no_such_field'] }).map((p) => [
      p.path,
      p.code,
    ])
    expect(codes).toEqual([
      ['/permitFields/0', 'catalogue.permit_field'],
      ['/permitFields/1', 'catalogue.permit_field'],
    ])
  })

  it('asks physicians for their STR number and its validity', () => {
    const keys = fieldsOf(byCode('SIP-DOKTER')).map((field) => field.key)
    expect(keys).toEqual(expect.arrayContaining(['tenaga_nomor_str', 'tenaga_str_berlaku_sampai']))
  })

  it('makes billboard permits last 12 months and SIUP last while the business runs', () => {
    expect(byCode('REKLAME').validity.months).toBe(12)
    expect(byCode('SIUP').validity.months).toBeNull()
  })

  it('charges a retribution for the alcoholic beverage outlet permit', () => {
    expect(byCode('ITPMB').fee.kind).not.toBe('free')
  })

  it('never deems health or environment permits approved by silence', () => {
    const risky = services.filter(
      (definition) => ['health', 'environment'].includes(definition.sector) && definition.deemedApproval,
    )
    expect(risky.map((definition) => definition.code)).toEqual([])
  })

  it('grants deemed approval to a subset of permits, citing UU 30/2014', () => {
    const deemed = services.filter((definition) => definition.deemedApproval)
    expect(deemed.length).toBeGreaterThan(0)
    for (const definition of deemed) expect(definition.legalBasis.join(' ')).toMatch(/30 Tahun 2014/)
  })
})

describe('the 2025–2026 holiday calendar', () => {
  const inYear = (year: string) => holidays.filter((holiday) => holiday.date.startsWith(year))
  const count = (year: string, kind: string) => inYear(year).filter((holiday) => holiday.kind === kind).length

  it('does not treat 17 March 2026 as a holiday', () => {
    expect(holidays.some((holiday) => holiday.date === '2026-03-17')).toBe(false)
  })

  it('has 17 national holidays and 8 days of cuti bersama in 2026', () => {
    expect([count('2026', 'libur_nasional'), count('2026', 'cuti_bersama'), inYear('2026').length]).toEqual([17, 8, 25])
  })

  it('has 17 national holidays and 11 days of cuti bersama in 2025', () => {
    expect([count('2025', 'libur_nasional'), count('2025', 'cuti_bersama')]).toEqual([17, 11])
  })

  it('lists each date once, in order', () => {
    const dates = holidays.map((holiday) => holiday.date)
    expect(new Set(dates).size).toBe(dates.length)
    expect(dates).toEqual([...dates].sort())
  })

  it('contains only real calendar dates', () => {
    for (const { date } of holidays) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), date).toBe(date)
    }
  })

  it('marks 18 August 2025 as cuti bersama added by its own amending decree', () => {
    const added = holidays.find((holiday) => holiday.date === '2025-08-18')
    expect(added?.kind).toBe('cuti_bersama')
    expect(added?.legalBasis).toMatch(/933/)
    const others2025 = new Set(
      inYear('2025')
        .filter((holiday) => holiday.date !== '2025-08-18')
        .map((holiday) => holiday.legalBasis),
    )
    expect(others2025.has(added!.legalBasis)).toBe(false)
  })
})
