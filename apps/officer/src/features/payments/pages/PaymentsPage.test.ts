import type { ReceivedPayments, Reconciliation } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n/index.ts'

// The manual payment form reads the amount the way the SKRD prints it and sends that number.
const requests: { method: string; url: string; body: unknown }[] = []
const reconciliation: Reconciliation = {
  unpaid: [
    {
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
    },
  ],
  exceptions: [],
  pendingManual: [],
}
const received: ReceivedPayments = {
  from: '2026-11-24',
  to: '2026-11-30',
  count: 1,
  total: 5_000_000,
  days: [
    { date: '2026-11-29', count: 0, total: 0 },
    { date: '2026-11-30', count: 1, total: 5_000_000 },
  ],
  payments: [
    {
      paidAt: '2026-11-30T03:00:00.000Z',
      paidOn: '2026-11-30',
      invoiceNumber: 'SKRD/2026/000009',
      virtualAccount: '9327300000000009',
      amount: 5_000_000,
      bankReference: 'NTB-RECEIVED-1',
      source: 'bank',
      registrationNo: 'REG-2026-000009',
      serviceCode: 'IMB',
    },
  ],
}
vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
  const post = init.method === 'POST'
  requests.push({ method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : undefined })
  if (url.includes('/payments/received.csv')) return new Response('tanggal_bayar\r\n', { status: 200 })
  const body = post
    ? { id: '00000000-0000-4000-8000-0000000000b1', status: 'pending' }
    : url.includes('/payments/received')
      ? received
      : reconciliation
  return new Response(JSON.stringify(body), {
    status: post ? 201 : 200,
    headers: { 'content-type': 'application/json' },
  })
})
// Imported after the stub: the API client keeps the fetch it finds when it is created.
const { default: PaymentsPage } = await import('./PaymentsPage.vue')
const { useSessionStore } = await import('@/stores/session.ts')

async function openPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().account = {
    id: '00000000-0000-4000-8000-0000000000c1',
    kind: 'officer',
    fullName: 'Bendahara Satu',
    email: 'b1@example.go.id',
    roles: ['treasurer'],
    officeCode: '32.73',
  }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: PaymentsPage }] })
  await router.push('/')
  const wrapper = mount(PaymentsPage, { global: { plugins: [i18n, pinia, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

async function openManualForm() {
  const wrapper = await openPage()
  await wrapper.get('button[aria-label="Catat pembayaran manual untuk SKRD/2026/000001"]').trigger('click')
  await wrapper.get('#manual-reference').setValue('NTB-123456')
  await wrapper.get('#manual-note').setValue('Callback bank tidak masuk hari ini')
  return wrapper
}

describe('manual payment amount', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
    requests.length = 0
    document.body.innerHTML = ''
  })

  it('starts from the SKRD amount written the Indonesian way, and shows amounts as rupiah', async () => {
    const wrapper = await openManualForm()
    expect((wrapper.get('#manual-amount').element as HTMLInputElement).value).toBe('5.000.000')
    expect(wrapper.get('table').text()).toContain('Rp 5.000.000')
  })

  it('sends `Rp 5.000.000` as 5000000 rupiah', async () => {
    const wrapper = await openManualForm()
    await wrapper.get('#manual-amount').setValue('Rp 5.000.000')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const sent = requests.find((request) => request.method === 'POST')
    expect(sent?.body).toEqual({
      bankReference: 'NTB-123456',
      amount: 5_000_000,
      note: 'Callback bank tidak masuk hari ini',
    })
  })

  it('sends nothing for an amount that could be read two ways, and says why', async () => {
    const wrapper = await openManualForm()
    await wrapper.get('#manual-amount').setValue('5000.5')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(requests.some((request) => request.method === 'POST')).toBe(false)
    expect(wrapper.get('#manual-amount-problem').text()).toContain('“5000.5” bisa dibaca dua cara')
  })
})

describe('payments received', () => {
  it('shows totals per day and every payment received, not only the mismatches', async () => {
    const wrapper = await openPage()
    const section = wrapper.get('section[aria-labelledby="received-heading"]')
    expect(section.get('h2').text()).toBe('Pembayaran diterima')
    expect(section.text()).toContain('1 pembayaran, jumlah Rp 5.000.000')
    const perDay = section.get('[role="region"][aria-label="Jumlah per hari"] table')
    expect(perDay.findAll('tbody tr')).toHaveLength(2)
    expect(section.get('[role="region"][aria-label="Daftar pembayaran diterima"]').text()).toContain('NTB-RECEIVED-1')
    expect((section.get('input[type="date"]').element as HTMLInputElement).value).toBe('2026-11-24')
  })

  it('asks the API for the chosen period and downloads the CSV of the same period', async () => {
    const wrapper = await openPage()
    const section = wrapper.get('section[aria-labelledby="received-heading"]')
    const [from, to] = section.findAll('input[type="date"]')
    await from!.setValue('2026-11-01')
    await to!.setValue('2026-11-30')
    requests.length = 0
    await section.get('form').trigger('submit')
    await flushPromises()
    expect(requests.map((r) => r.url)).toContain('/api/v1/payments/received?from=2026-11-01&to=2026-11-30')
    URL.createObjectURL = vi.fn(() => 'blob:csv')
    URL.revokeObjectURL = vi.fn()
    requests.length = 0
    await section.get('button[type="button"]').trigger('click')
    await flushPromises()
    expect(requests.map((r) => r.url)).toEqual([
      expect.stringMatching(/\/api\/v1\/payments\/received\.csv\?from=\d{4}-\d{2}-\d{2}&to=/),
    ])
  })
})
