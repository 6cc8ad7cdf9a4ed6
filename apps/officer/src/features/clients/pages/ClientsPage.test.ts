import type { Account, IntegrationClient } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n/index.ts'
import { me, scriptApi } from '@/features/officers/testing/officerApi.ts'

const client: IntegrationClient = {
  id: '00000000-0000-4000-8000-0000000000f1',
  name: 'Portal Notaris',
  ownerOrganisation: 'INI Kota Bandung',
  contactEmail: 'ti@notaris.example',
  scopes: ['applications:read'],
  serviceCodes: ['SKP'],
  rateLimitPerMinute: 600,
  publicKey: null,
  createdAt: '2026-12-01T02:00:00Z',
  revokedAt: null,
  secrets: [{ id: '00000000-0000-4000-8000-0000000000f2', createdAt: '2026-12-01T02:00:00Z', expiresAt: null }],
}
const secret = 'pintu_cs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
const requests = scriptApi(() => ({ method, url }) => {
  if (method === 'GET' && url === '/api/v1/clients') return { status: 200, body: { items: [client] } }
  if (method === 'POST' && url === '/api/v1/clients')
    return {
      status: 201,
      body: { client: { ...client, id: '00000000-0000-4000-8000-0000000000f3' }, clientSecret: secret },
    }
  return undefined
})
const { useSessionStore } = await import('@/stores/session.ts')
const { default: ClientsPage } = await import('./ClientsPage.vue')

async function openAs(roles: Account['roles']) {
  useSessionStore().account = { ...me, roles }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: ClientsPage }] })
  await router.push('/')
  const wrapper = mount(ClientsPage, { global: { plugins: [i18n, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('integration clients page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    requests.length = 0
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('an admin registers a client and sees its secret once, with the id to hand over', async () => {
    const wrapper = await openAs(['admin'])
    expect(wrapper.text()).toContain('Portal Notaris')
    expect(wrapper.text()).not.toContain(secret)
    await wrapper.find('#client-name').setValue('Dasbor Kota')
    await wrapper.find('#client-owner').setValue('Diskominfo Kota Bandung')
    await wrapper.find('#client-contact').setValue('dasbor@bandung.example')
    await wrapper.find('input[type=checkbox][value="applications:read"]').setValue(true)
    await wrapper.find('#client-services').setValue('skp, siup SKP')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const sent = requests.find((r) => r.method === 'POST')!.body
    expect(sent).toEqual({
      name: 'Dasbor Kota',
      ownerOrganisation: 'Diskominfo Kota Bandung',
      contactEmail: 'dasbor@bandung.example',
      scopes: ['applications:read'],
      serviceCodes: ['SKP', 'SIUP'],
      rateLimitPerMinute: 600,
    })
    const status = wrapper.find('[role=status]')
    expect(status.text()).toContain(secret)
    expect(status.text()).toContain('hanya ditampilkan sekali')
    expect(status.text()).toContain('00000000-0000-4000-8000-0000000000f3')
  })

  it('an auditor reads the clients without the controls', async () => {
    const wrapper = await openAs(['auditor'])
    expect(wrapper.text()).toContain('Portal Notaris')
    expect(wrapper.find('#client-name').exists()).toBe(false)
    expect(wrapper.findAll('button').some((b) => b.text() === 'Cabut')).toBe(false)
    expect(wrapper.text()).toContain('Hanya administrator')
  })
})
