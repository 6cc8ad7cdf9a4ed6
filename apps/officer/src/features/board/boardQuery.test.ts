import { describe, expect, it } from 'vitest'
import { boardQueryFromRoute, routeQueryFor } from './boardQuery.ts'

describe('board filter in the URL', () => {
  it('reads a stage and a page', () => {
    expect(boardQueryFromRoute({ stage: 'decision', page: '3' })).toEqual({ stage: 'decision', page: 3 })
  })

  it('ignores what the API would refuse', () => {
    expect(boardQueryFromRoute({ stage: 'unassigned', page: '0' })).toEqual({ page: 1 })
    expect(boardQueryFromRoute({ stage: ['decision'], page: 'x' })).toEqual({ page: 1 })
  })

  it('writes only what differs from the default', () => {
    expect(routeQueryFor({ page: 1 })).toEqual({})
    expect(routeQueryFor({ stage: 'signing', page: 2 })).toEqual({ stage: 'signing', page: '2' })
  })

  it('carries the search filters beside the stage', () => {
    const query = boardQueryFromRoute({ stage: 'signing', service: 'IMB', overdue: 'true', registrationNo: 'bad#' })
    expect(query).toEqual({ stage: 'signing', service: 'IMB', overdue: true, page: 1 })
    expect(routeQueryFor({ ...query, page: 2 })).toEqual({
      stage: 'signing',
      service: 'IMB',
      overdue: 'true',
      page: '2',
    })
  })
})
