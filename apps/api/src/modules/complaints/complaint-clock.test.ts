import { officeDays } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { complaintDeadlines, type ClockedComplaint } from './complaint-clock.ts'

const HOLIDAYS = { days: officeDays('Asia/Jakarta'), nonWorking: new Set(['2026-12-24', '2026-12-25', '2027-01-01']) }
const at = (iso: string) => new Date(`${iso}+07:00`)
const filed: ClockedComplaint = {
  category: 'ordinary',
  status: 'awaiting_response',
  filedAt: at('2026-12-21T10:00:00'),
  firstRespondedAt: null,
  pausedAt: null,
  pausedDays: 0,
  closedAt: null,
}

describe('the complaint clock', () => {
  it('is overdue only after the close of the due date (23:59 WIB)', () => {
    expect(complaintDeadlines(filed, HOLIDAYS, at('2026-12-28T23:59:00')).firstResponseOverdue).toBe(false)
    expect(complaintDeadlines(filed, HOLIDAYS, at('2026-12-29T00:00:00')).firstResponseOverdue).toBe(true)
  })

  it('is never overdue on resolution while paused, and the open pause moves the date', () => {
    const paused = {
      ...filed,
      status: 'waiting_for_complainant',
      firstRespondedAt: at('2026-12-22T10:00:00'),
      pausedAt: at('2026-12-22T10:00:00'),
    }
    const d = complaintDeadlines(paused, HOLIDAYS, at('2027-02-01T10:00:00'))
    expect(d.resolutionOverdue).toBe(false)
    expect(d.resolutionDueDate > '2027-02-01').toBe(true)
  })

  it('stops a pause at the close: closing while waiting counts the waiting days once', () => {
    // Asked Tuesday 22; closed Wednesday 30 without an answer: 23, 28, 29, 30 waited → 5 + 4 working days.
    const closed = {
      ...filed,
      status: 'closed',
      firstRespondedAt: at('2026-12-22T10:00:00'),
      pausedAt: at('2026-12-22T10:00:00'),
      closedAt: at('2026-12-30T10:00:00'),
    }
    const d = complaintDeadlines(closed, HOLIDAYS, at('2027-03-01T10:00:00'))
    expect(d).toMatchObject({
      resolutionDueDate: '2027-01-06',
      resolvedOnTime: true,
      answeredOnTime: true,
      daysUsed: 1,
    })
  })
})
