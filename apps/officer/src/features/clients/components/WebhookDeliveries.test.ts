import type { Account, WebhookDelivery } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import { me, scriptApi } from '@/features/officers/testing/officerApi.ts'

const dead: WebhookDelivery = {
  id: 41,
  subscriptionId: '00000000-0000-4000-8000-0000000000e1',
  eventId: 'evt_3273_1207',
  eventType: 'application.approve',
  applicationId: '00000000-0000-4000-8000-0000000000e2',
  status: 'dead',
  attempts: 10,
  lastStatusCode: 503,
  lastError: 'http_503',
  nextAttemptAt: null,
  deliveredAt: null,
  createdAt: '2026-12-01T02:00:00Z',
}
let replayedAlready = false
const requests = scriptApi(() => ({ method, url }) => {
  if (method === 'GET' && url.startsWith('/api/v1/webhooks/deliveries'))
    return { status: 200, body: { items: replayedAlready ? [] : [dead], nextBefore: null } }
  if (method === 'POST' && url === '/api/v1/webhooks/deliveries/41/replay') {
    replayedAlready = true
    return { status: 200, body: { ...dead, status: 'pending', attempts: 0 } }
  }
  return undefined
})
const { useSessionStore } = await import('@/stores/session.ts')
const { default: WebhookDeliveries } = await import('./WebhookDeliveries.vue')

async function openAs(roles: Account['roles']) {
  useSessionStore().account = { ...me, roles }
  const wrapper = mount(WebhookDeliveries, { global: { plugins: [i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('webhook deliveries on the integration clients page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    requests.length = 0
    replayedAlready = false
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the dead letters first and lets an admin send one again', async () => {
    const wrapper = await openAs(['admin'])
    expect(requests[0]!.url).toContain('status=dead')
    expect(wrapper.text()).toContain('application.approve')
    expect(wrapper.text()).toContain('http_503')
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(requests.some((r) => r.method === 'POST' && r.url === '/api/v1/webhooks/deliveries/41/replay')).toBe(true)
    expect(wrapper.get('[data-testid="delivery-replayed"]').text()).toContain('41')
    expect(wrapper.text()).toContain('Tidak ada pengiriman dengan status ini.')
  })

  it('lets an auditor read but not replay', async () => {
    const wrapper = await openAs(['auditor'])
    expect(wrapper.text()).toContain('evt_3273_1207')
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})
