import { describe, expect, it } from 'vitest'
import { PAGE_SIZE, parseCatalogueQuery, toApiQuery, toRouteQuery } from './useCatalogueQuery.ts'

describe('catalogue query in the address bar', () => {
  it('reads search words, filters and page', () => {
    expect(parseCatalogueQuery({ q: ' reklame ', kind: 'izin', sector: 'advertising', page: '2' })).toEqual({
      q: 'reklame',
      kind: 'izin',
      sector: 'advertising',
      page: 2,
    })
  })

  it('drops filters and pages it does not know instead of failing', () => {
    expect(parseCatalogueQuery({ kind: 'bogus', sector: 'space', page: '-3' })).toEqual({
      q: '',
      kind: null,
      sector: null,
      page: 1,
    })
    expect(parseCatalogueQuery({ page: '1.5' }).page).toBe(1)
    expect(parseCatalogueQuery({ q: ['first', 'second'] }).q).toBe('first')
  })

  it('cuts searches to the 100 characters the API accepts', () => {
    expect(parseCatalogueQuery({ q: 'a'.repeat(150) }).q).toHaveLength(100)
  })

  it('writes short links: no empty parts and no page 1', () => {
    expect(toRouteQuery({ q: 'reklame', kind: 'izin', sector: null, page: 1 })).toEqual({ q: 'reklame', kind: 'izin' })
    expect(toRouteQuery({ q: '', kind: null, sector: 'health', page: 3 })).toEqual({ sector: 'health', page: '3' })
  })

  it('round-trips through the address bar', () => {
    const state = { q: 'izin usaha', kind: 'non_izin' as const, sector: 'trade' as const, page: 4 }
    expect(parseCatalogueQuery(toRouteQuery(state) as Record<string, string>)).toEqual(state)
  })

  it('asks the API for one page of the agreed size', () => {
    expect(toApiQuery({ q: '', kind: null, sector: null, page: 2 })).toEqual({ page: 2, pageSize: PAGE_SIZE })
  })
})
