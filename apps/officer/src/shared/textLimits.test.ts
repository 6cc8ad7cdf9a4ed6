import { ActionBodySchema, ReassignBodySchema, ReturnReasonsSchema } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { textLimits } from './textLimits.ts'

describe('text limits from the contract', () => {
  it('reads the lengths the API enforces on reasons, reports and notes', () => {
    expect(textLimits(ReassignBodySchema.properties.reason)).toEqual({ min: 10, max: 1000 })
    expect(textLimits(ActionBodySchema.properties.report)).toEqual({ min: 10, max: 8000 })
    expect(textLimits(ReturnReasonsSchema.properties.note)).toEqual({ min: 10, max: 2000 })
  })

  it('has no limits for a schema without them', () => {
    expect(textLimits({})).toEqual({ min: 0, max: undefined })
  })
})
