import { describe, expect, it } from 'vitest'
import { dueStatus } from './dueStatus.ts'

// 2026-03-04 is a Wednesday; 10:00 WIB is 03:00 UTC.
const wednesday = new Date('2026-03-04T03:00:00Z')
const WIB = 'Asia/Jakarta' as const
const WITA = 'Asia/Makassar' as const

describe('due status of a stage', () => {
  it('has nothing to say without a due date (e.g. a file waiting for an officer)', () => {
    expect(dueStatus(null, false, null, wednesday, WIB)).toEqual({ kind: 'none' })
  })

  it('shows the working days left as the API counted them (it knows holidays and closures)', () => {
    expect(dueStatus('2026-03-05', false, 1, wednesday, WIB)).toEqual({ kind: 'left', days: 1 })
    // A closure the browser never heard of: the API's 2 wins over the 3 a weekday count would give.
    expect(dueStatus('2026-03-09', false, 2, wednesday, WIB)).toEqual({ kind: 'left', days: 2 })
  })

  it('says "today" on the due date itself, on the office\'s calendar day', () => {
    expect(dueStatus('2026-03-04', false, 0, wednesday, WIB)).toEqual({ kind: 'today' })
    // 23:30 WIB on Wednesday is still Wednesday in Bandung, though it is 16:30 UTC.
    expect(dueStatus('2026-03-04', false, 0, new Date('2026-03-04T16:30:00Z'), WIB)).toEqual({ kind: 'today' })
  })

  it("counts Makassar's day in WITA: at 23:30 WIB its Wednesday due date has passed", () => {
    const lateInBandung = new Date('2026-03-04T16:30:00Z')
    expect(dueStatus('2026-03-04', false, 0, lateInBandung, WITA)).toEqual({ kind: 'overdue', days: 0 })
    expect(dueStatus('2026-03-05', false, 1, lateInBandung, WITA)).toEqual({ kind: 'today' })
  })

  it("goes by the API's count alone until the office's time zone is known", () => {
    expect(dueStatus('2026-03-05', false, 1, new Date('2026-03-04T16:30:00Z'), null)).toEqual({
      kind: 'left',
      days: 1,
    })
    expect(dueStatus('2026-03-04', false, 0, wednesday, null)).toEqual({ kind: 'today' })
  })

  it('is overdue after the due date, with the working days past it', () => {
    expect(dueStatus('2026-03-02', false, -2, wednesday, WIB)).toEqual({ kind: 'overdue', days: 2 })
    // Friday's stage seen on Saturday: late, though no working day has passed yet.
    expect(dueStatus('2026-03-06', false, 0, new Date('2026-03-07T03:00:00Z'), WIB)).toEqual({
      kind: 'overdue',
      days: 0,
    })
  })

  it('trusts the API when it says overdue', () => {
    expect(dueStatus('2026-03-04', true, 0, wednesday, WIB)).toEqual({ kind: 'overdue', days: 0 })
  })
})
