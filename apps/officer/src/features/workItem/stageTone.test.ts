import { stageStates } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { stageTone } from './stageTone.ts'

describe('stage colours on the timeline', () => {
  it('are green when done, yellow in progress, red when returned or rejected', () => {
    expect(stageTone).toMatchObject({ done: 'green', in_progress: 'yellow', returned: 'red', rejected: 'red' })
  })

  it('cover every stage state of the contract', () => {
    expect(Object.keys(stageTone).sort()).toEqual([...stageStates].sort())
  })
})
