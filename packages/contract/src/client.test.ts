import { describe, expect, it } from 'vitest'
import { createClient } from './client.ts'
import { OFFICE_HEADER } from './office-header.ts'
import { systemRoutes } from './routes/system.routes.ts'

/** A fetch that keeps the headers of every request and answers an empty site list. */
function recording() {
  const sent: Headers[] = []
  const fetch = (async (_url: string, init: RequestInit = {}) => {
    sent.push(new Headers(init.headers))
    return new Response(JSON.stringify({ offices: [] }), { status: 200 })
  }) as typeof globalThis.fetch
  return { sent, fetch }
}

describe('the typed client and the office', () => {
  it('names the office it is given in X-Pintu-Office, on every call', async () => {
    const { sent, fetch } = recording()
    let office: string | null = '73.71'
    const client = createClient({ baseUrl: '', fetch, getOffice: () => office })
    await client.call(systemRoutes.offices, {})
    office = '32.73'
    await client.call(systemRoutes.offices, {})
    expect(sent.map((headers) => headers.get(OFFICE_HEADER))).toEqual(['73.71', '32.73'])
  })

  it('names none when no office is chosen, so the deployment decides', async () => {
    const { sent, fetch } = recording()
    await createClient({ baseUrl: '', fetch, getOffice: () => null }).call(systemRoutes.offices, {})
    await createClient({ baseUrl: '', fetch }).call(systemRoutes.offices, {})
    expect(sent.map((headers) => headers.has(OFFICE_HEADER))).toEqual([false, false])
  })
})
