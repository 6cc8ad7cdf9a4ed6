import { officeDays } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { lastFinishedDay } from './stats-rollups.ts'

const WIB = officeDays('Asia/Jakarta')
const WITA = officeDays('Asia/Makassar')
const WIT = officeDays('Asia/Jayapura')

describe("the rollup job's last finished day", () => {
  it("is the office's yesterday once 15 minutes of its day have passed, in its own zone", () => {
    // 00:20 WITA on Friday 27 November 2026 is 23:20 WIB on Thursday and 01:20 WIT on Friday.
    const now = new Date('2026-11-27T00:20:00+08:00')
    expect(lastFinishedDay(WITA, now)).toBe('2026-11-26')
    expect(lastFinishedDay(WIT, now)).toBe('2026-11-26')
    expect(lastFinishedDay(WIB, now)).toBe('2026-11-25')
  })

  it('waits out the margin after midnight: a transaction begun before it may still commit', () => {
    expect(lastFinishedDay(WITA, new Date('2026-11-27T00:14:59+08:00'))).toBe('2026-11-25')
    expect(lastFinishedDay(WITA, new Date('2026-11-27T00:15:00+08:00'))).toBe('2026-11-26')
  })
})
