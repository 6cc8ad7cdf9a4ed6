import { calendarRoutes, jakartaDate } from '@pintu/contract'
import { shallowRef } from 'vue'
import { call } from '@/api.ts'

// Holidays and cuti bersama of this year and next (a due date can fall across the new year),
// fetched once per page load and shared by every due badge. Until they arrive, or if they cannot
// be fetched, days left are counted over weekends only; the API's own overdue flag never waits.
const nonWorkingDays = shallowRef<ReadonlySet<string>>(new Set())
let loading: Promise<void> | null = null

async function load() {
  const year = Number(jakartaDate(new Date()).slice(0, 4))
  try {
    const lists = await Promise.all([year, year + 1].map((y) => call(calendarRoutes.holidays, { query: { year: y } })))
    nonWorkingDays.value = new Set(lists.flatMap((list) => list.items.map((holiday) => holiday.date)))
  } catch {
    loading = null // try again on the next page that needs them
  }
}

export function useNonWorkingDays() {
  loading ??= load()
  return nonWorkingDays
}
