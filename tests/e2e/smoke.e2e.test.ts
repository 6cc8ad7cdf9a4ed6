import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPintu, type RunningPintu } from '../support/pintu.ts'

/** What the README's run command promises, checked on the real server process. */
describe('a freshly started Pintu', () => {
  let pintu: RunningPintu
  beforeAll(async () => {
    pintu = await startPintu()
  })
  afterAll(() => pintu?.stop())
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${pintu.baseUrl}${path}`, { headers, redirect: 'manual' })

  it('serves the citizen SPA at /, the officer SPA at /officer/ and the API docs at /docs', async () => {
    for (const [path, marker] of [
      ['/', '<div id="app"'],
      ['/officer/', '<div id="app"'],
      ['/docs/', 'swagger'],
    ] as const) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(await res.text(), path).toContain(marker)
    }
    expect((await get('/officer')).status).toBe(301)
  })

  it('answers deep links of each SPA with its own index page, and unknown API paths with JSON', async () => {
    const citizen = await (await get('/')).text()
    const officer = await (await get('/officer/')).text()
    expect(await (await get('/layanan/REKLAME', { accept: 'text/html' })).text()).toBe(citizen)
    expect(await (await get('/officer/katalog', { accept: 'text/html' })).text()).toBe(officer)
    const api = await get('/api/v1/unknown')
    expect(api.status).toBe(404)
    expect((await api.json()).error.code).toBe('not_found')
  })

  it('caches hashed assets for a year and revalidates pages', async () => {
    const html = await (await get('/')).text()
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
    expect(asset).toBeDefined()
    expect((await get(asset!)).headers.get('cache-control')).toContain('immutable')
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache')
  })

  it('has the 54-service catalogue seeded on the embedded database', async () => {
    const list = await (await get('/api/v1/services?pageSize=100')).json()
    expect(list.total).toBe(54)
    const ready = await (await get('/ready')).json()
    // The embedded default runs the bank simulator, and says so.
    expect(ready).toEqual({ status: 'ready', database: 'pglite', simulators: ['bank'] })
  })

  it('prints working demo accounts: one per officer role and an applicant', async () => {
    expect(Object.keys(pintu.accounts).sort()).toEqual([
      'admin',
      'admin2',
      'applicant',
      'approver',
      'auditor',
      'frontdesk',
      'signer',
      'supervisor',
      'technical',
      'treasurer',
    ])
    for (const [key, account] of Object.entries(pintu.accounts)) {
      const res = await fetch(`${pintu.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      })
      expect(res.status, key).toBe(200)
      const session = await res.json()
      expect(session.account.roles, key).toEqual([key === 'admin2' ? 'admin' : key])
    }
  })
})
