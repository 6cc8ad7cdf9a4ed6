import { describe, expect, it } from 'vitest'
import { dueStatus } from './dueStatus.ts'

// 2026-03-04 is a Wednesday; 10:00 WIB is 03:00 UTC.
const wednesday = new Date('2026-03-04T03:00:00Z')

describe('due status of a stage', () => {
  it('has nothing to say without a due date (e.g. a file waiting for an officer)', () => {
    expect(dueStatus(null, false, wednesday)).toEqual({ kind: 'none' })
  })

  it('counts working days left, skipping the weekend', () => {
    expect(dueStatus('2026-03-05', false, wednesday)).toEqual({ kind: 'left', days: 1 })
    expect(dueStatus('2026-03-09', false, wednesday)).toEqual({ kind: 'left', days: 3 })
  })

  it('says "today" on the due date itself, in Jakarta time', () => {
    expect(dueStatus('2026-03-04', false, wednesday)).toEqual({ kind: 'today' })
    // 23:30 WIB on Wednesday is still Wednesday in Jakarta, though it is 16:30 UTC.
    expect(dueStatus('2026-03-04', false, new Date('2026-03-04T16:30:00Z'))).toEqual({ kind: 'today' })
  })

  it('is overdue after the due date, with the working days past it', () => {
    expect(dueStatus('2026-03-02', false, wednesday)).toEqual({ kind: 'overdue', days: 2 })
    // Friday's stage seen on Saturday: late, though no working day has passed yet.
    expect(dueStatus('2026-03-06', false, new Date('2026-03-07T03:00:00Z'))).toEqual({ kind: 'overdue', days: 0 })
  })

  it('trusts the API when it says overdue (it knows the holidays and closures)', () => {
    expect(dueStatus('2026-03-04', true, wednesday)).toEqual({ kind: 'overdue', days: 0 })
  })

  it('does not count holidays as days left or late', () => {
    // Friday 6 March a holiday: from Wednesday to Monday 9 March leaves Thursday and Monday.
    expect(dueStatus('2026-03-09', false, wednesday, new Set(['2026-03-06']))).toEqual({ kind: 'left', days: 2 })
    expect(dueStatus('2026-03-02', true, wednesday, new Set(['2026-03-03']))).toEqual({ kind: 'overdue', days: 1 })
  })
})
