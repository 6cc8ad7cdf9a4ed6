import { paymentRoutes } from '@pintu/contract'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { payWithBankSimulator } from './bankSimulator.ts'

const api = vi.hoisted(() => ({ call: vi.fn(), callAsAccount: vi.fn() }))
vi.mock('@/api.ts', () => api)

describe('paying with the bank simulator', () => {
  beforeEach(() => vi.clearAllMocks())

  it("pays as the logged-in applicant (the simulator refuses others' invoices) and gives the outcome", async () => {
    api.callAsAccount.mockResolvedValue({ outcome: 'applied' })
    expect(await payWithBankSimulator('9327300000000001')).toBe('applied')
    const body = { virtualAccount: '9327300000000001' }
    expect(api.callAsAccount).toHaveBeenCalledWith(paymentRoutes.simulate, { body })
    expect(api.call).not.toHaveBeenCalled()
  })
})
