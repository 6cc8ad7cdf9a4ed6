// Past the guard's threshold the API sheds with 503 and Retry-After, keeps serving the rest, and
// lets go once the burst is over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInstallation } from './support/api-process.ts'
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('overload', () => {
  let postgres: OwnPostgres
  let installation: Awaited<ReturnType<typeof createInstallation>>
  beforeAll(async () => {
    postgres = await startOwnPostgres()
    // A low threshold, so a burst a test can make is past it: shed when the loop was busy more than
    // half of the last sample.
    installation = await createInstallation(postgres.url, { PINTU_SHED_EVENT_LOOP_UTILIZATION: '0.5' })
  }, 120_000)
  afterAll(async () => {
    await installation?.remove()
    await postgres?.remove()
  })

  it('sheds a burst with 503 service.overloaded and Retry-After, and recovers', async () => {
    const api = await installation.start()
    await sleep(1500) // past start-up, the guard is armed
    const catalogue = `${api.baseUrl}/api/v1/services`
    expect((await fetch(catalogue)).status).toBe(200)

    const statuses = new Map<number, number>()
    const shed: { code?: string; retryAfter: string | null }[] = []
    const until = Date.now() + 4000
    const client = async () => {
      while (Date.now() < until) {
        const response = await fetch(catalogue)
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const body = (await response.json()) as { error?: { code: string } }
        if (response.status === 503 && shed.length < 50)
          shed.push({ code: body.error?.code, retryAfter: response.headers.get('retry-after') })
      }
    }
    await Promise.all(Array.from({ length: 64 }, client))

    expect(statuses.get(503) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(0)
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0)
    expect([...statuses.keys()].sort()).toEqual([200, 503])
    for (const answer of shed) expect(answer).toEqual({ code: 'service.overloaded', retryAfter: '2' })

    // The burst is over: after the Retry-After the same process serves again.
    await sleep(2000)
    expect((await fetch(catalogue)).status).toBe(200)
    expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(200)
    expect(api.child.exitCode).toBeNull()
  }, 120_000)
})
