import { describe, expect, it } from 'vitest'
import { filtersFromForm, filtersFromRoute, formFromFilters, routeQueryForFilters } from './workFilters.ts'

describe('work list filters', () => {
  it('reads the filters from the URL and drops what the API would refuse', () => {
    expect(
      filtersFromRoute({
        registrationNo: 'REG-2026-0001',
        service: 'IMB',
        status: 'signing',
        dueBy: '2026-12-31',
        overdue: 'true',
      }),
    ).toEqual({
      registrationNo: 'REG-2026-0001',
      service: 'IMB',
      status: 'signing',
      dueBy: '2026-12-31',
      overdue: true,
    })
    expect(
      filtersFromRoute({ registrationNo: 'REG%', service: 'imb', status: 'issued', dueBy: '31-12-2026', overdue: '1' }),
    ).toEqual({})
    expect(filtersFromRoute({ service: ['IMB', 'SIUP'] })).toEqual({})
  })

  it('writes only the filters set, so a plain list has a plain URL', () => {
    expect(routeQueryForFilters({})).toEqual({})
    expect(routeQueryForFilters({ service: 'IMB', overdue: true })).toEqual({ service: 'IMB', overdue: 'true' })
    expect(filtersFromRoute(routeQueryForFilters({ registrationNo: 'REG-2026', dueBy: '2026-01-05' }))).toEqual({
      registrationNo: 'REG-2026',
      dueBy: '2026-01-05',
    })
  })

  it('takes what an officer types: spaces dropped, service code in capitals; refuses what cannot match', () => {
    const form = { ...formFromFilters({}), registrationNo: ' REG-2026- 0001 ', service: 'imb' }
    expect(filtersFromForm(form)).toEqual({ filters: { registrationNo: 'REG-2026-0001', service: 'IMB' } })
    expect(filtersFromForm({ ...form, registrationNo: 'R#', service: 'i m b' })).toEqual({
      problems: ['registrationNo', 'service'],
    })
  })
})
