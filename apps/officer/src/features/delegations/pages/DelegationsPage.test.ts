import type { Account, Delegation } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n/index.ts'
import { me, officer, scriptApi } from '@/features/officers/testing/officerApi.ts'

const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
const delegation: Delegation = {
  id: '00000000-0000-4000-8000-0000000000e1',
  kind: 'plh',
  delegateId: '00000000-0000-4000-8000-0000000000b3',
  delegateName: 'Kabid Perizinan',
  startsOn: future,
  endsOn: future,
  reason: 'Kepala Dinas dinas luar.',
  createdBy: 'Kepala Dinas',
  createdAt: '2026-12-01T02:00:00Z',
  revokedAt: null,
}
const officers = [
  officer({ id: me.id, fullName: 'Kepala Dinas', roles: ['signer'] }),
  officer({ id: '00000000-0000-4000-8000-0000000000b3', fullName: 'Kabid Perizinan', roles: ['approver'] }),
  officer({ id: '00000000-0000-4000-8000-0000000000b4', fullName: 'Bendahara Satu', roles: ['treasurer'] }),
  officer({ id: '00000000-0000-4000-8000-0000000000b5', fullName: 'Kabid Cuti', roles: ['approver'], onDuty: false }),
  officer({
    id: '00000000-0000-4000-8000-0000000000b6',
    fullName: 'Pengawas Lama',
    roles: ['supervisor'],
    active: false,
    onDuty: false,
  }),
]
const requests = scriptApi(() => ({ url }) => {
  if (url === '/api/v1/delegations') return { status: 200, body: { items: [delegation] } }
  if (url === '/api/v1/officers') return { status: 200, body: { items: officers } }
  return undefined
})
const { useSessionStore } = await import('@/stores/session.ts')
const { default: DelegationsPage } = await import('./DelegationsPage.vue')

async function openAs(roles: Account['roles']) {
  useSessionStore().account = { ...me, roles }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: DelegationsPage }] })
  await router.push('/')
  const wrapper = mount(DelegationsPage, { global: { plugins: [i18n, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('signing delegations', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    requests.length = 0
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('a signer names only another active officer on duty who may act as signer', async () => {
    const wrapper = await openAs(['signer'])
    const options = wrapper.findAll('#delegation-delegate option').map((option) => option.text())
    expect(options).toEqual(['Pilih petugas', 'Kabid Perizinan (Kepala bidang)'])
    expect(wrapper.findAll('button').some((button) => button.text() === 'Cabut')).toBe(true)
  })

  it.each([['supervisor'], ['auditor']] as const)('a %s reads the list, without the controls', async (role) => {
    const wrapper = await openAs([role])
    expect(wrapper.text()).toContain('Kabid Perizinan')
    expect(wrapper.find('#delegation-delegate').exists()).toBe(false)
    expect(wrapper.findAll('button').some((button) => button.text() === 'Cabut')).toBe(false)
    expect(wrapper.text()).toContain('Hanya penandatangan (Kepala Dinas) yang memberikan atau mencabut delegasi.')
    // Nobody asks for the officer list they have no use for here.
    expect(requests.some((request) => request.url === '/api/v1/officers')).toBe(false)
  })
})
