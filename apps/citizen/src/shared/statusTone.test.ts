import { applicationStatuses } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { statusTone } from './statusTone.ts'

describe('status badge tone', () => {
  it.each([
    ['draft', 'yellow'],
    ['returned', 'red'],
    ['admin_verification', 'blue'],
    ['submitted', 'blue'],
    ['awaiting_payment', 'yellow'],
    ['issued', 'green'],
    ['rejected', 'red'],
    ['expired', 'red'],
    ['withdrawn', 'grey'],
    ['deleted', 'grey'],
  ] as const)('%s reads %s', (status, tone) => {
    expect(statusTone(status)).toBe(tone)
  })

  it('gives every status of the lifecycle a tone', () => {
    for (const status of applicationStatuses) expect(statusTone(status)).toMatch(/^(green|yellow|red|grey|blue)$/)
  })
})
