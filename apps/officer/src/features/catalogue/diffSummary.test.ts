import { describe, expect, it } from 'vitest'
import { changedFields, definitionFields, fieldOfPointer, sameJson } from './diffSummary.ts'
import { withStageBudget } from './stageBudgets.ts'
import { sampleDefinition } from './testing/sampleDefinition.ts'

describe('diff summary of a draft against the version in force', () => {
  it('an untouched copy has no changes', () => {
    expect(changedFields(sampleDefinition(), sampleDefinition())).toEqual([])
  })

  it('a stage budget change shows up as stages and SLA', () => {
    const base = sampleDefinition()
    expect(changedFields(base, withStageBudget(base, 2, 3))).toEqual(['stages', 'slaDays'])
  })

  it('an edited English description is reported once, under description', () => {
    const base = sampleDefinition()
    const next = { ...base, description: { ...base.description, en: 'Permit for billboards in Bandung.' } }
    expect(changedFields(base, next)).toEqual(['description'])
  })

  it('rebuilding an object with its keys in another order is not a change', () => {
    const base = sampleDefinition()
    const next = {
      ...base,
      fee: { minimum: 100000, baseAmount: 0, ratePerUnit: 25000, field: 'area_m2', kind: 'per_unit' as const },
    }
    expect(changedFields(base, next)).toEqual([])
  })

  it('adding or removing an optional field is a change', () => {
    const base = sampleDefinition()
    expect(changedFields(base, { ...base, shortName: 'IPR' })).toEqual(['shortName'])
    const { feeLegalBasis: _dropped, ...withoutBasis } = base
    expect(changedFields(base, withoutBasis)).toEqual(['feeLegalBasis'])
  })

  it('lists fields in the order of the contract', () => {
    expect(definitionFields.slice(0, 4)).toEqual(['code', 'kind', 'sector', 'name'])
    expect(definitionFields).toContain('returnLimitDays')
  })

  it('compares arrays by position and length', () => {
    expect(sameJson([1, 2], [2, 1])).toBe(false)
    expect(sameJson([1], [1, undefined])).toBe(false)
    expect(sameJson(null, {})).toBe(false)
  })
})

describe('JSON pointers from the API', () => {
  it('lead to the top-level field they point into', () => {
    expect(fieldOfPointer('/slaDays')).toBe('slaDays')
    expect(fieldOfPointer('/stages/1/budgetDays')).toBe('stages')
    expect(fieldOfPointer('/nonsense')).toBeNull()
    expect(fieldOfPointer('')).toBeNull()
  })
})
