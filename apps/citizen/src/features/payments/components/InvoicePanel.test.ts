import { sampleSiteOffice } from '@pintu/contract/samples'
import type { Invoice } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { application } from '@/features/applications/testing/fixtures.ts'
import { resetSiteState } from '@/features/site/useSite.ts'
import InvoicePanel from './InvoicePanel.vue'

const api = vi.hoisted(() => ({ callAsAccount: vi.fn() }))
const simulator = vi.hoisted(() => ({ payWithBankSimulator: vi.fn() }))
const site = vi.hoisted(() => ({ loadSite: vi.fn() }))
vi.mock('@/api.ts', () => ({
  callAsAccount: api.callAsAccount,
  paymentRoutes: { invoice: { url: '/api/v1/applications/:id/invoice' } },
}))
vi.mock('../bankSimulator.ts', () => simulator)
vi.mock('@/features/site/site.ts', async (original) => ({ ...(await original<object>()), loadSite: site.loadSite }))
const simulated = (bank: boolean) =>
  site.loadSite.mockResolvedValue({ officeCode: '32.73', office: sampleSiteOffice, simulators: bank ? ['bank'] : [] })

const invoice = (overrides: Partial<Invoice> = {}): Invoice => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  applicationId: '00000000-0000-4000-8000-000000000001',
  number: 'SKRD/2026/000001',
  virtualAccount: '9327300000000001',
  amount: 5_000_000,
  dueDate: '2026-12-28',
  status: 'unpaid',
  issuedAt: '2026-11-28T06:26:38Z',
  paidAt: null,
  bankReference: null,
  ...overrides,
})

function mountPanel(version = 5) {
  return mount(InvoicePanel, {
    props: { app: application({ status: 'awaiting_payment', version }) },
    global: { plugins: [createTestI18n('id')] },
  })
}

describe('the invoice panel', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    resetSiteState()
  })

  it('shows the SKRD number, the amount in rupiah, the virtual account in groups, the due date and how to pay', async () => {
    api.callAsAccount.mockResolvedValue(invoice())
    simulated(false)
    const wrapper = mountPanel()
    await flushPromises()
    const text = wrapper.text()
    expect(text).toContain('SKRD/2026/000001')
    expect(text).toContain('Rp 5.000.000')
    expect(wrapper.get('#invoice-va').text()).toBe('9327 3000 0000 0001')
    expect(text).toContain('28 Desember 2026')
    expect(text).toContain('Belum dibayar')
    expect(text).toContain('Petugas tidak menerima uang')
    expect(wrapper.find('button').text()).toBe('Salin nomor virtual account')
    // The bank is real here: no simulator button.
    expect(text).not.toContain('Bank simulasi')
    expect(wrapper.findAll('button').map((button) => button.text())).not.toContain('Bayar dengan bank simulasi')
  })

  it("where the bank is simulated, pays with the simulated bank's button and asks the page to reload", async () => {
    api.callAsAccount.mockResolvedValue(invoice())
    simulated(true)
    simulator.payWithBankSimulator.mockResolvedValue('applied')
    const wrapper = mountPanel()
    await flushPromises()
    expect(wrapper.get('#simulator-title').text()).toBe('Bank simulasi')
    const pay = wrapper.findAll('button').find((button) => button.text() === 'Bayar dengan bank simulasi')
    expect(pay).toBeTruthy()
    await pay!.trigger('click')
    await flushPromises()
    expect(simulator.payWithBankSimulator).toHaveBeenCalledWith('9327300000000001')
    expect(wrapper.emitted('paid')).toHaveLength(1)

    // The page reloads the application (a new version); the panel then shows the receipt and says so.
    api.callAsAccount.mockResolvedValue(
      invoice({ status: 'paid', paidAt: '2026-11-28T06:40:00Z', bankReference: 'SIM-ABC123' }),
    )
    await wrapper.setProps({ app: application({ status: 'signing', version: 6 }) })
    await flushPromises()
    expect(wrapper.get('h2').text()).toBe('Retribusi sudah dibayar')
    expect(wrapper.text()).toContain('Lunas')
    expect(wrapper.text()).toContain('SIM-ABC123')
    expect(wrapper.get('[role="status"]').text()).toContain('Pembayaran diterima')
  })

  it('an outcome that moved no money is said, and nothing reloads', async () => {
    api.callAsAccount.mockResolvedValue(invoice())
    simulated(true)
    simulator.payWithBankSimulator.mockResolvedValue('amount_mismatch')
    const wrapper = mountPanel()
    await flushPromises()
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Bayar dengan bank simulasi')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('jumlah yang berbeda')
    expect(wrapper.emitted('paid')).toBeUndefined()
  })
})
