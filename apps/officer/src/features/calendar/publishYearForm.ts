import type { CalendarStatus } from '@pintu/contract'
import type { Problems } from '@/shared/timeMoneyForms.ts'

export interface PublishYearInput {
  year: string
  legalBasis: string
}

/** The year an admin most likely marks next: the one after the last published, else this one. */
export function nextYearToPublish(status: CalendarStatus | null, today: string): number {
  return status?.publishedThrough != null ? status.publishedThrough + 1 : Number(today.slice(0, 4))
}

/**
 * Mirrors PublishCalendarYearBodySchema (a year 2000–2099, a legal basis of 5–300 characters) so the
 * admin hears of a slip before a round trip; the API stays the judge.
 */
export function validatePublishYear(input: PublishYearInput): Problems {
  const problems: Problems = {}
  const year = Number(input.year)
  const inRange = /^\d{4}$/.test(input.year.trim()) && year >= 2000 && year <= 2099
  if (!inRange) problems.year = { key: 'calendarStatus.yearInvalid' }
  if (input.legalBasis.trim().length < 5) problems.legalBasis = { key: 'forms.tooShort', params: { min: 5 } }
  return problems
}
