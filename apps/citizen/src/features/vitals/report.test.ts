import { vitalsRoutes, type VitalMetric } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { routes } from '@/router.ts'
import { buildReport, vitalsRouteOf } from './report.ts'

describe('the real-user timing report', () => {
  it('names the route, never the address; unknown names are "other"', () => {
    expect(vitalsRouteOf('track-result')).toBe('track-result')
    expect(vitalsRouteOf('/lacak/REG-2026-000001')).toBe('other')
    expect(vitalsRouteOf(undefined)).toBe('other')
    expect(vitalsRouteOf(Symbol('home'))).toBe('other')
  })

  it('knows every route of the citizen SPA by name, so none is reported as "other" by mistake', () => {
    const names = routes.map((r) => r.name).filter((n) => typeof n === 'string')
    expect(names.length).toBeGreaterThan(15)
    for (const name of names) expect(vitalsRoutes).toContain(name)
  })

  it('holds only the route and the numbers, bounded as the API accepts them', () => {
    const measured = new Map<VitalMetric, number>([
      ['CLS', 0.123456],
      ['LCP', 1834.6],
      ['INP', 72_000],
    ])
    expect(buildReport('home', measured, new Set())).toEqual({
      route: 'home',
      metrics: [
        { name: 'LCP', value: 1835 },
        { name: 'INP', value: 60_000 },
        { name: 'CLS', value: 0.1235 },
      ],
    })
  })

  it('sends each metric once, drops values that are not numbers, and sends nothing when nothing is new', () => {
    const measured = new Map<VitalMetric, number>([
      ['LCP', 900],
      ['CLS', Number.NaN],
      ['INP', -3],
    ])
    expect(buildReport('catalogue', measured, new Set())).toEqual({
      route: 'catalogue',
      metrics: [{ name: 'LCP', value: 900 }],
    })
    expect(buildReport('catalogue', measured, new Set(['LCP']))).toBeNull()
    expect(buildReport('catalogue', new Map(), new Set())).toBeNull()
  })
})
