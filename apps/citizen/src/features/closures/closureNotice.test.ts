import { continuityRoutes, type Closure } from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CLOSURES_CACHE_MS, CLOSURES_URL, closuresInForce, forgetClosures } from './closureNotice.ts'

const closure = (overrides: Partial<Closure>): Closure => ({
  id: '00000000-0000-4000-8000-000000000001',
  reason: 'Kantor disegel untuk pemeriksaan',
  legalBasis: 'Keputusan Wali Kota Nomor 1 Tahun 2026',
  startsOn: '2026-11-28',
  endsOn: null,
  declaredAt: '2026-11-28T01:00:00Z',
  inForce: true,
  ...overrides,
})
const answering = (items: Closure[], status = 200) =>
  vi.fn(
    async () => new Response(JSON.stringify({ items }), { status, headers: { 'content-type': 'application/json' } }),
  )

afterEach(forgetClosures)

describe('closure notice data', () => {
  it('asks the public closures route of the contract', () => {
    expect(CLOSURES_URL).toBe(continuityRoutes.closures.url)
  })

  it('keeps only the closures in force', async () => {
    const fetch = answering([
      closure({}),
      closure({ id: '00000000-0000-4000-8000-000000000002', inForce: false, endsOn: '2026-01-02' }),
    ])
    expect((await closuresInForce({ fetch })).map((c) => c.id)).toEqual(['00000000-0000-4000-8000-000000000001'])
  })

  it('asks once per page load, and again only after a few minutes', async () => {
    const fetch = answering([closure({})])
    await closuresInForce({ fetch, now: 0 })
    await closuresInForce({ fetch, now: CLOSURES_CACHE_MS - 1 })
    expect(fetch).toHaveBeenCalledTimes(1)
    await closuresInForce({ fetch, now: CLOSURES_CACHE_MS })
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('never fails the page: a refused or unreachable list means no notice, and is asked again next time', async () => {
    expect(await closuresInForce({ fetch: answering([], 500), now: 0 })).toEqual([])
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await closuresInForce({ fetch: offline, now: 1 })).toEqual([])
    expect(offline).toHaveBeenCalledTimes(1)
  })
})
