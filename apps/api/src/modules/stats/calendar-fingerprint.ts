import { createHash } from 'node:crypto'

/**
 * What the non-working days up to a day were, as one short text: a figure of that day worked out
 * with one calendar stays right exactly while the fingerprint of its day stays the same. Days after
 * it do not matter: ages and overdue counts at the end of a day depend only on the days up to it.
 */
export interface CalendarFingerprints {
  /** The fingerprint of the non-working days on or before `day` (an office date). */
  upTo(day: string): string
}

/** Prefix hashes of the sorted dates, so each day's fingerprint is one binary search. */
export function calendarFingerprints(nonWorking: ReadonlySet<string>): CalendarFingerprints {
  const dates = [...nonWorking].sort()
  const prefixes = ['0']
  const hash = createHash('sha256')
  for (const date of dates) {
    hash.update(`${date}\n`)
    prefixes.push(`${prefixes.length}:${hash.copy().digest('base64url').slice(0, 22)}`)
  }
  return {
    upTo(day) {
      // How many dates are on or before `day`.
      let lo = 0
      let hi = dates.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (dates[mid]! <= day) lo = mid + 1
        else hi = mid
      }
      return prefixes[lo]!
    },
  }
}
