import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/test-app.ts'

describe('public catalogue', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())
  const list = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/services${query}` })

  it('lists the 54 services in force, both permits and non-permits', async () => {
    const all = (await list('?pageSize=100')).json()
    expect(all.total).toBe(54)
    expect(all.items).toHaveLength(54)
    expect(all.items.filter((s: { kind: string }) => s.kind === 'izin').length).toBeGreaterThanOrEqual(10)
    expect(all.items.filter((s: { kind: string }) => s.kind === 'non_izin').length).toBeGreaterThanOrEqual(10)
    const names = all.items.map((s: { name: { id: string } }) => s.name.id)
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })

  it('finds the billboard permit by "reklame", ignoring case and accents, and by its English name', async () => {
    for (const q of ['reklame', 'REKLAME', 'rékláme', 'billboard']) {
      const codes = (await list(`?q=${encodeURIComponent(q)}`)).json().items.map((s: { code: string }) => s.code)
      expect(codes, q).toContain('REKLAME')
    }
  })

  it('finds the building permit by its name since 2021 (PBG) as well as the old one (IMB)', async () => {
    for (const q of ['PBG', 'persetujuan bangunan gedung', 'IMB']) {
      const codes = (await list(`?q=${encodeURIComponent(q)}`)).json().items.map((s: { code: string }) => s.code)
      expect(codes, q).toContain('IMB')
    }
  })

  it('matches every word of a query', async () => {
    const both = (await list('?q=izin%20reklame')).json()
    expect(both.items.map((s: { code: string }) => s.code)).toContain('REKLAME')
    expect((await list('?q=reklame%20zzzz')).json().total).toBe(0)
  })

  it('treats LIKE wildcards in a query as plain characters', async () => {
    expect((await list('?q=%25')).json().total).toBe(0)
    expect((await list('?q=_')).json().total).toBe(0)
  })

  it('filters by kind and sector', async () => {
    const izin = (await list('?kind=izin&pageSize=100')).json()
    expect(izin.items.every((s: { kind: string }) => s.kind === 'izin')).toBe(true)
    const health = (await list('?sector=health&pageSize=100')).json()
    expect(health.total).toBeGreaterThan(0)
    expect(health.items.every((s: { sector: string }) => s.sector === 'health')).toBe(true)
  })

  it('pages with a total count, also past the last page', async () => {
    const page6 = (await list('?pageSize=10&page=6')).json()
    expect(page6).toMatchObject({ total: 54, page: 6, pageSize: 10 })
    expect(page6.items).toHaveLength(4)
    const beyond = (await list('?pageSize=10&page=9')).json()
    expect(beyond).toMatchObject({ total: 54, items: [] })
  })

  it('shows a service standard with requirements, stages with budgets, fee rule and legal basis', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/services/REKLAME' })
    expect(res.statusCode).toBe(200)
    const { definition, version, retired } = res.json()
    expect(version).toBe(1)
    expect(retired).toBeNull()
    expect(definition.requirements.length).toBeGreaterThan(0)
    expect(definition.stages.reduce((sum: number, s: { budgetDays: number }) => sum + s.budgetDays, 0)).toBe(
      definition.slaDays,
    )
    expect(definition.fee.kind).toBeDefined()
    expect(definition.legalBasis.length).toBeGreaterThan(0)
    expect(definition.standard.procedure.length).toBeGreaterThan(0)
  })

  it('keeps retired services readable but out of the list', async () => {
    const ho = await t.app.inject({ method: 'GET', url: '/api/v1/services/HO' })
    expect(ho.statusCode).toBe(200)
    expect(ho.json().retired.reason.en).toMatch(/Permendagri 19\/2017/)
    expect((await list('?q=gangguan')).json().items.map((s: { code: string }) => s.code)).not.toContain('HO')
  })

  it('answers 404 for an unknown service and 400 for a malformed code or filter', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/services/NOPE' })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('catalogue.not_found')
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/siup;drop' })).json().error.code).toBe(
      'request.invalid',
    )
    expect((await list('?kind=bribe')).statusCode).toBe(400)
    expect((await list('?pageSize=1000')).statusCode).toBe(400)
    expect((await list('?unknown=1')).json().error.details[0]).toMatchObject({ code: 'field.unknown' })
  })
})
