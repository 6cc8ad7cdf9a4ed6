import type { Queue } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { dutyFromQueue } from './duty.ts'

describe('duty status from the queue', () => {
  it('is unknown while the queue answer does not say it', () => {
    expect(dutyFromQueue({ items: [] } as unknown as Queue)).toBeNull()
  })

  it('follows the queue answer once it carries the status', () => {
    expect(dutyFromQueue({ items: [], onDuty: false } as Queue)).toBe(false)
    expect(dutyFromQueue({ items: [], onDuty: true } as Queue)).toBe(true)
  })
})
