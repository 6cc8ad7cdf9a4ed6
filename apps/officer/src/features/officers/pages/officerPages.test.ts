import type { Account } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { i18n } from '@/i18n/index.ts'
import { grant, me, officer, scriptApi, type Route } from '../testing/officerApi.ts'

let route: Route = () => undefined
const requests = scriptApi(() => route)
const { useSessionStore } = await import('@/stores/session.ts')
const { default: OfficerListPage } = await import('./OfficerListPage.vue')
const { default: CreateOfficerPage } = await import('./CreateOfficerPage.vue')
const { default: RoleGrantsPage } = await import('./RoleGrantsPage.vue')
const { default: OfficerPage } = await import('./OfficerPage.vue')

const ok = (body: unknown, status = 200) => ({ status, body })
const refused = (status: number, code: string) => ({ status, body: { error: { code, message: 'server text' } } })

async function open(path: string, account: Account = me) {
  useSessionStore().account = account
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/officers', name: 'officers', component: OfficerListPage },
      { path: '/officers/new', name: 'officer-create', component: CreateOfficerPage },
      { path: '/officers/role-requests', name: 'role-grants', component: RoleGrantsPage },
      { path: '/officers/:id', name: 'officer', component: OfficerPage, props: true },
    ],
  })
  await router.push(path)
  const wrapper = mount(RouterView, { global: { plugins: [i18n, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}
const text = (wrapper: { text(): string }) => wrapper.text().replace(/\s+/g, ' ')
/** The button of that accessible name (its aria-label, else its text). */
const button = (wrapper: ReturnType<typeof mount>, name: string) =>
  wrapper.findAll('button').find((b) => (b.attributes('aria-label') ?? b.text()) === name)

beforeEach(() => {
  setActivePinia(createPinia())
  i18n.global.locale.value = 'id'
  requests.length = 0
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the officer list', () => {
  it('shows roles in force, roles awaiting a second admin in words, and whether each account is active', async () => {
    const asking = officer({ roles: ['frontdesk'], pendingRoles: ['treasurer'] })
    const gone = officer({ id: '00000000-0000-4000-8000-0000000000b2', fullName: 'Rina', active: false, onDuty: false })
    route = () => ok({ items: [asking, gone] })
    const { wrapper } = await open('/officers')
    const rows = wrapper.findAll('tbody tr').map(text)
    expect(rows[0]).toContain('Petugas loket; Menunggu persetujuan admin kedua Bendahara')
    expect(rows[0]).toContain('Aktif')
    expect(rows[1]).toContain('Dinonaktifkan')
    // An admin manages an officer from the name, and reaches the role requests.
    const links = wrapper.findAll('tbody a').map((a) => a.attributes('href'))
    expect(links).toEqual([`/officers/${asking.id}`, `/officers/${gone.id}`])
    expect(wrapper.findAll('a').some((a) => a.text() === 'Permintaan peran')).toBe(true)
  })

  it('a supervisor reads the list without management links', async () => {
    route = () => ok({ items: [officer()] })
    const { wrapper } = await open('/officers', { ...me, roles: ['supervisor'] })
    expect(wrapper.findAll('tbody a')).toHaveLength(0)
    expect(wrapper.findAll('a').some((a) => a.text() === 'Permintaan peran')).toBe(false)
  })
})

describe('creating an officer', () => {
  it('explains which roles need a second admin, and after creating says which roles wait', async () => {
    const created = {
      officer: officer({ roles: ['frontdesk'], pendingRoles: ['treasurer'] }),
      initialPassword: 'one-time-secret',
    }
    route = ({ method }) => (method === 'POST' ? ok(created, 201) : undefined)
    const { wrapper } = await open('/officers/new')
    const roles = wrapper.get('fieldset')
    const rule = 'Peran Administrator, Bendahara, Penandatangan dan Pengawas/Pimpinan tidak langsung berlaku'
    expect(text(roles)).toContain(rule)
    expect(text(roles)).toContain('Bendahara (perlu persetujuan admin kedua)')
    expect(text(roles)).not.toContain('Petugas loket (perlu')
    await wrapper.get('#officer-name').setValue('Budi Santoso')
    await wrapper.get('#officer-email').setValue('budi@bandung.go.id')
    await wrapper.get('#officer-nip').setValue('198501012010011001')
    for (const value of ['frontdesk', 'treasurer']) await wrapper.get(`input[value="${value}"]`).setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(requests.at(-1)?.body).toMatchObject({ roles: ['frontdesk', 'treasurer'] })
    const pending = 'Menunggu persetujuan admin kedua: Bendahara. Peran ini belum berlaku sampai disetujui.'
    expect(text(wrapper)).toContain(pending)
  })
})

describe('role requests', () => {
  it('a second admin approves a request and is told it is in force', async () => {
    let decided = false
    const approved = grant({ outcome: 'approved', decidedBy: 'Admin Satu', decidedAt: '2026-12-01T03:00:00Z' })
    route = ({ method, url }) => {
      if (method === 'POST' && url.endsWith('/approve')) {
        decided = true
        return ok(approved)
      }
      return ok({ items: [decided ? approved : grant()] })
    }
    const { wrapper } = await open('/officers/role-requests')
    expect(text(wrapper.get('tbody tr'))).toContain('Menunggu')
    await button(wrapper, 'Setujui peran untuk Budi Santoso')!.trigger('click')
    await flushPromises()
    const approval = `/api/v1/role-grants/${grant().id}/approve`
    expect(requests.some((r) => r.method === 'POST' && r.url === approval)).toBe(true)
    expect(wrapper.get('[role="status"]').text()).toContain('Peran Bendahara untuk Budi Santoso disetujui dan berlaku.')
    expect(text(wrapper.get('tbody tr'))).toContain('Disetujui oleh Admin Satu')
  })

  it('when the API refuses a related admin, its reason is shown', async () => {
    route = ({ method }) => (method === 'POST' ? refused(403, 'officers.same_admin') : ok({ items: [grant()] }))
    const { wrapper } = await open('/officers/role-requests')
    await button(wrapper, 'Setujui peran untuk Budi Santoso')!.trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Permintaan ini harus disetujui admin lain')
  })

  // The admin who asked may still withdraw the request by refusing it.
  it('the admin who asked cannot approve their own request, and an auditor only reads', async () => {
    route = () => ok({ items: [grant({ requestedById: me.id, requestedBy: me.fullName })] })
    const own = await open('/officers/role-requests')
    expect(text(own.wrapper)).toContain('Anda yang meminta: admin lain harus menyetujuinya.')
    expect(button(own.wrapper, 'Setujui peran untuk Budi Santoso')).toBeUndefined()
    expect(button(own.wrapper, 'Tolak peran untuk Budi Santoso')).toBeTruthy()
    own.wrapper.unmount()
    const auditor = await open('/officers/role-requests', { ...me, roles: ['auditor'] })
    expect(auditor.wrapper.findAll('button')).toHaveLength(0)
    expect(text(auditor.wrapper)).toContain('Anda dapat membaca permintaan ini, tetapi tidak memutuskannya.')
  })
})

describe('managing one officer', () => {
  it('changes the roles and says which are in force and which await a second admin', async () => {
    const saved = officer({ roles: ['frontdesk', 'technical'], pendingRoles: ['signer'] })
    route = ({ method }) => (method === 'PUT' ? ok(saved) : ok({ items: [officer()] }))
    const { wrapper } = await open(`/officers/${officer().id}`)
    expect(wrapper.get('h1').text()).toBe('Budi Santoso')
    for (const value of ['technical', 'signer']) await wrapper.get(`input[value="${value}"]`).setValue(true)
    await wrapper.get('[aria-labelledby="roles-heading"] form').trigger('submit')
    await flushPromises()
    const body = { roles: ['frontdesk', 'technical', 'signer'] }
    expect(requests.at(-1)).toMatchObject({ method: 'PUT', url: `/api/v1/officers/${officer().id}/roles`, body })
    const said =
      'Peran disimpan. Berlaku sekarang: Petugas loket, Tim teknis. ' +
      'Menunggu persetujuan admin kedua: Penandatangan (Kepala Dinas).'
    expect(wrapper.get('[role="status"]').text()).toBe(said)
  })

  it('deactivates only with a reason and a confirmation, then says how many files were handed over', async () => {
    const result = { officer: officer({ active: false, onDuty: false }), handedOver: 3 }
    route = ({ method }) => (method === 'POST' ? ok(result) : ok({ items: [officer()] }))
    const { wrapper } = await open(`/officers/${officer().id}`)
    const form = wrapper.get('[aria-labelledby="deactivate-heading"] form')
    await form.trigger('submit')
    expect(text(wrapper)).toContain('Minimal 10 karakter.')
    expect(requests.some((r) => r.method === 'POST')).toBe(false)
    await wrapper.get('#deactivate-reason').setValue('Pindah tugas ke dinas lain per 1 Desember.')
    await form.trigger('submit')
    await flushPromises()
    const dialog = wrapper.get('dialog')
    expect(dialog.get('h2').text()).toBe('Nonaktifkan akun Budi Santoso?')
    expect(requests.some((r) => r.method === 'POST')).toBe(false)
    await dialog.get('form').trigger('submit')
    await flushPromises()
    const body = { reason: 'Pindah tugas ke dinas lain per 1 Desember.' }
    expect(requests.at(-1)).toMatchObject({ method: 'POST', url: `/api/v1/officers/${officer().id}/deactivate`, body })
    const said = 'Akun Budi Santoso dinonaktifkan. 3 berkas dialihkan ke petugas lain.'
    expect(wrapper.get('[role="status"]').text()).toBe(said)
    expect(text(wrapper)).toContain('Akun ini sudah dinonaktifkan')
  })

  it('an admin cannot deactivate their own account here', async () => {
    route = () => ok({ items: [officer({ id: me.id, fullName: me.fullName, roles: ['admin'] })] })
    const { wrapper } = await open(`/officers/${me.id}`)
    expect(text(wrapper)).toContain('Anda tidak dapat menonaktifkan akun Anda sendiri.')
    expect(wrapper.find('#deactivate-reason').exists()).toBe(false)
    expect(text(wrapper)).toContain('Ini akun Anda sendiri')
  })
})
