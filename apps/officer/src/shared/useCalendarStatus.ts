import { calendarRoutes, isProvisionalDate, type CalendarStatus } from '@pintu/contract'
import { shallowRef } from 'vue'
import { call } from '@/api.ts'

// How far the published holiday calendar reaches: asked once per page load and shared by every
// table and page that marks due dates past it as provisional (queue and board items carry no flag
// of their own, so they are judged by the same rule the API uses, `isProvisionalDate`).
const status = shallowRef<CalendarStatus | null>(null)
let loading: Promise<void> | null = null

async function load() {
  try {
    status.value = await call(calendarRoutes.status, {})
  } catch {
    loading = null // ask again on the next page that needs it
  }
}

/** Whether a due date lies past the published calendar; false until the status is known. */
export function provisionalUnder(current: CalendarStatus | null, date: string | null): boolean {
  // No published year at all: every due date may still move.
  return current !== null && isProvisionalDate(date, current.publishedThrough ?? 0)
}

export function useCalendarStatus() {
  loading ??= load()
  return {
    status,
    isProvisional: (date: string | null) => provisionalUnder(status.value, date),
    /** Asks again, after an admin marked a year complete. */
    reload: () => (loading = load()),
  }
}

/** Forgets the answer (tests). */
export function forgetCalendarStatus() {
  status.value = null
  loading = null
}
