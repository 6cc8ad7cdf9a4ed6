import type { ServiceDefinition } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { sampleDefinition } from './testing/sampleDefinition.ts'
import { parseBudget, totalBudget, withStageBudget } from './stageBudgets.ts'

describe('stage budgets and the SLA', () => {
  const definition: ServiceDefinition = sampleDefinition()

  it('the SLA is the sum of the stage budgets', () => {
    expect(totalBudget(definition.stages)).toBe(2 + 3 + 1 + 1)
  })

  it('changing one stage budget moves the SLA with it and leaves the other stages alone', () => {
    const changed = withStageBudget(definition, 1, 5)
    expect(changed.stages.map((stage) => stage.budgetDays)).toEqual([2, 5, 1, 1])
    expect(changed.slaDays).toBe(9)
  })

  it('does not touch the original definition', () => {
    withStageBudget(definition, 0, 10)
    expect(definition.stages[0]!.budgetDays).toBe(2)
    expect(definition.slaDays).toBe(7)
  })

  it.each([
    ['4', 4],
    [' 60 ', 60],
    ['0', null],
    ['61', null],
    ['2.5', null],
    ['', null],
    ['-1', null],
    ['abc', null],
  ])('reads a typed budget %j as %j', (input, expected) => {
    expect(parseBudget(input)).toBe(expected)
  })
})
