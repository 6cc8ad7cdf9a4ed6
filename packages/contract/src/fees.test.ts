import { describe, expect, it } from 'vitest'
import { computeFee } from './catalogue-rules.ts'

describe('fee rules: the amount comes only from the catalogue rule', () => {
  it('charges nothing for a free service, whatever the form says', () => {
    expect(computeFee({ kind: 'free' }, { building_area: 500 })).toBe(0)
  })

  it('charges the fixed amount', () => {
    expect(computeFee({ kind: 'fixed', amount: 5_000_000 }, {})).toBe(5_000_000)
  })

  const perSquareMetre = {
    kind: 'per_unit',
    field: 'building_area',
    ratePerUnit: 10_000,
    baseAmount: 0,
    minimum: 100_000,
  } as const

  it('computes per unit of a form field, e.g. IMB by floor area', () => {
    expect(computeFee(perSquareMetre, { building_area: 120 })).toBe(1_200_000)
    expect(computeFee({ ...perSquareMetre, baseAmount: 50_000 }, { building_area: 120 })).toBe(1_250_000)
  })

  it('never charges less than the minimum', () => {
    expect(computeFee(perSquareMetre, { building_area: 3 })).toBe(100_000)
  })

  it('rounds to the rupiah', () => {
    expect(computeFee(perSquareMetre, { building_area: 36.55 })).toBe(365_500)
    expect(computeFee({ ...perSquareMetre, ratePerUnit: 333 }, { building_area: 1000.5 })).toBe(333_167)
  })

  it('falls back to the minimum when the field is missing or not a number', () => {
    expect(computeFee(perSquareMetre, {})).toBe(100_000)
    expect(computeFee(perSquareMetre, { building_area: 'banyak' })).toBe(100_000)
  })

  it('never reads text as a number: "1.200" is not 1.2 m² (the API stores numbers only)', () => {
    expect(computeFee({ ...perSquareMetre, minimum: 0 }, { building_area: '1.200' })).toBe(0)
    expect(computeFee({ ...perSquareMetre, minimum: 0 }, { building_area: 1200 })).toBe(12_000_000)
  })
})
