import { describe, expect, it } from 'vitest'
import { stageRows } from './stageRows.ts'

describe('board stage counts', () => {
  it('list every stage in lifecycle order, then the files waiting for an officer, with zeros where the API had none', () => {
    expect(
      stageRows([
        { stage: 'unassigned', count: 2, overdue: 0 },
        { stage: 'decision', count: 5, overdue: 1 },
      ]),
    ).toEqual([
      { stage: 'admin_verification', count: 0, overdue: 0 },
      { stage: 'technical_review', count: 0, overdue: 0 },
      { stage: 'decision', count: 5, overdue: 1 },
      { stage: 'signing', count: 0, overdue: 0 },
      { stage: 'unassigned', count: 2, overdue: 0 },
    ])
  })
})
