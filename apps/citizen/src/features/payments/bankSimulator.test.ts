import { paymentRoutes } from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bankSimulatorOffered, resetBankSimulatorProbe } from './bankSimulator.ts'

const answering = (status: number) => vi.fn(async () => new Response('{}', { status }))

afterEach(resetBankSimulatorProbe)

describe('whether the bank simulator is offered', () => {
  it('asks the simulator route with an empty body, which can pay nothing', async () => {
    const fetch = answering(400)
    expect(await bankSimulatorOffered(fetch)).toBe(true)
    expect(fetch).toHaveBeenCalledWith(paymentRoutes.simulate.url, expect.objectContaining({ method: 'POST', body: '{}' }))
  })

  it('is not offered when the route does not exist (404) or cannot be reached', async () => {
    expect(await bankSimulatorOffered(answering(404))).toBe(false)
    resetBankSimulatorProbe()
    expect(await bankSimulatorOffered(vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))).toBe(false)
  })

  it('asks once per page load', async () => {
    const fetch = answering(400)
    await bankSimulatorOffered(fetch)
    await bankSimulatorOffered(fetch)
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
