import { describe, expect, it } from 'vitest'
import { feeOfKind, numericFeeFields } from './feeRule.ts'
import { sampleDefinition } from './testing/sampleDefinition.ts'

describe('fee rule editing', () => {
  it('offers only required numeric form fields for a per-unit fee', () => {
    expect(numericFeeFields(sampleDefinition()).map((field) => field.key)).toEqual(['area_m2'])
  })

  it('a fixed fee becomes free with nothing else left behind', () => {
    expect(feeOfKind('free', { kind: 'fixed', amount: 50000 }, [])).toEqual({ kind: 'free' })
  })

  it('a fixed amount carries over as the minimum of a per-unit fee on the first numeric field', () => {
    expect(feeOfKind('per_unit', { kind: 'fixed', amount: 50000 }, ['area_m2'])).toEqual({
      kind: 'per_unit',
      field: 'area_m2',
      ratePerUnit: 1,
      baseAmount: 0,
      minimum: 50000,
    })
  })

  it('a free service becoming fixed starts at the smallest valid amount, Rp 1', () => {
    expect(feeOfKind('fixed', { kind: 'free' }, [])).toEqual({ kind: 'fixed', amount: 1 })
  })

  it('choosing the same kind keeps the rule as it is', () => {
    const rule = { kind: 'per_unit' as const, field: 'area_m2', ratePerUnit: 25000, baseAmount: 0, minimum: 100000 }
    expect(feeOfKind('per_unit', rule, ['area_m2'])).toBe(rule)
  })
})
