import { officeStatuses, type QueueQuery } from '@pintu/contract'
import type { LocationQuery } from 'vue-router'

/** The filters of a work list (my queue, the board), as the API takes them (`QueueQuery`). */
export type WorkFilterValues = QueueQuery

/** What the filter form holds: text boxes, a select and a checkbox. */
export interface WorkFilterForm {
  registrationNo: string
  service: string
  status: string
  dueBy: string
  overdue: boolean
}

const REGISTRATION = /^[A-Za-z0-9-]{3,24}$/
const SERVICE = /^[A-Z][A-Z0-9-]{1,23}$/
const DATE = /^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/

const single = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** The filters in the URL (shareable, kept on reload); anything the API would refuse is left out. */
export function filtersFromRoute(query: LocationQuery): WorkFilterValues {
  const registrationNo = single(query.registrationNo)
  const service = single(query.service)
  const status = single(query.status)
  const dueBy = single(query.dueBy)
  return {
    ...(registrationNo && REGISTRATION.test(registrationNo) && { registrationNo }),
    ...(service && SERVICE.test(service) && { service }),
    ...(status && (officeStatuses as readonly string[]).includes(status) && { status: status as QueueQuery['status'] }),
    ...(dueBy && DATE.test(dueBy) && { dueBy }),
    ...(query.overdue === 'true' && { overdue: true }),
  }
}

export function routeQueryForFilters(filters: WorkFilterValues): Record<string, string> {
  return {
    ...(filters.registrationNo && { registrationNo: filters.registrationNo }),
    ...(filters.service && { service: filters.service }),
    ...(filters.status && { status: filters.status }),
    ...(filters.dueBy && { dueBy: filters.dueBy }),
    ...(filters.overdue && { overdue: 'true' }),
  }
}

export const formFromFilters = (filters: WorkFilterValues): WorkFilterForm => ({
  registrationNo: filters.registrationNo ?? '',
  service: filters.service ?? '',
  status: filters.status ?? '',
  dueBy: filters.dueBy ?? '',
  overdue: filters.overdue ?? false,
})

export type WorkFilterProblem = 'registrationNo' | 'service'

/** The form's values as filters, or the fields to fix (said on the page before anything is sent). */
export function filtersFromForm(
  form: WorkFilterForm,
): { filters: WorkFilterValues; problems?: undefined } | { problems: WorkFilterProblem[] } {
  const registrationNo = form.registrationNo.trim().replace(/\s+/g, '')
  const service = form.service.trim().toUpperCase()
  const problems: WorkFilterProblem[] = []
  if (registrationNo && !REGISTRATION.test(registrationNo)) problems.push('registrationNo')
  if (service && !SERVICE.test(service)) problems.push('service')
  if (problems.length) return { problems }
  return {
    filters: filtersFromRoute({
      registrationNo,
      service,
      status: form.status,
      dueBy: form.dueBy,
      ...(form.overdue && { overdue: 'true' }),
    }),
  }
}

export const hasFilters = (filters: WorkFilterValues) => Object.keys(routeQueryForFilters(filters)).length > 0
