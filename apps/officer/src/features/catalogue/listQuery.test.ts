import { describe, expect, it } from 'vitest'
import { listQueryFromRoute, pageCount, routeQueryFor } from './listQuery.ts'

describe('catalogue list query in the URL', () => {
  it('reads search, status and page', () => {
    expect(listQueryFromRoute({ q: ' reklame ', status: 'draft', page: '3' })).toEqual({
      q: 'reklame',
      status: 'draft',
      page: 3,
      pageSize: 20,
    })
  })

  it('ignores an unknown status and a malformed page', () => {
    expect(listQueryFromRoute({ status: 'deleted', page: '-2' })).toEqual({ page: 1, pageSize: 20 })
    expect(listQueryFromRoute({ page: '1e3' })).toEqual({ page: 1, pageSize: 20 })
  })

  it('writes only what differs from the defaults, and reads back the same', () => {
    expect(routeQueryFor({ page: 1, pageSize: 20 })).toEqual({})
    const query = { q: 'imb', status: 'retired' as const, page: 2, pageSize: 20 }
    expect(listQueryFromRoute(routeQueryFor(query))).toEqual(query)
  })

  it('always has at least one page', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(54, 20)).toBe(3)
    expect(pageCount(40, 20)).toBe(2)
  })
})
