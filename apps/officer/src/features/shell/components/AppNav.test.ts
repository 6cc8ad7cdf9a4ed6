import type { Account } from '@pintu/contract'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n/index.ts'
import { useSessionStore } from '@/stores/session.ts'
import AppNav from './AppNav.vue'

const Empty = { render: () => null }
const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    ...[
      '/',
      '/catalogue',
      '/officers',
      '/queue',
      '/board',
      '/payments',
      '/closures',
      '/delegations',
      '/clients',
      '/calendar',
      '/transparency',
      '/complaints',
    ].map((path) => ({ path, name: path.slice(1) || 'home', component: Empty })),
    { path: '/officers/role-requests', name: 'role-grants', component: Empty },
    { path: '/loket', name: 'counter', component: Empty },
    { path: '/reports/backlog', name: 'backlog-report', component: Empty },
    { path: '/entri-susulan', name: 'back-entries', component: Empty },
  ],
})

function renderFor(roles: Account['roles']) {
  useSessionStore().account = {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'officer',
    fullName: 'Test',
    email: 't@example.go.id',
    roles,
    officeCode: '32.73',
  }
  return mount(AppNav, { global: { plugins: [i18n, router] } })
}

describe('main navigation', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
  })

  it('is a labelled navigation landmark with the admin’s pages', () => {
    const wrapper = renderFor(['admin'])
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Navigasi utama')
    expect(wrapper.findAll('a').map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Katalog layanan', '/catalogue'],
      ['Petugas', '/officers'],
      ['Permintaan peran', '/officers/role-requests'],
      ['Klien integrasi', '/clients'],
      ['Penutupan kantor (baca saja)', '/closures'],
      ['Kalender libur', '/calendar'],
      ['Log transparansi', '/transparency'],
    ])
  })

  it('shows a front-desk officer their queue, the counter (Loket) and the read-only time pages', () => {
    const links = renderFor(['frontdesk']).findAll('a')
    expect(links.map((link) => link.text())).toEqual([
      'Antrean saya',
      'Loket',
      'Entri susulan',
      'Penutupan kantor (baca saja)',
      'Kalender libur (baca saja)',
      'Log transparansi',
    ])
    expect(links[1]!.attributes('href')).toBe('/loket')
  })

  it('shows a supervisor the work board after their queue, and an auditor the same board marked read-only', () => {
    const links = renderFor(['supervisor'])
      .findAll('a')
      .map((link) => [link.text(), link.attributes('href')])
    expect(links.slice(0, 2)).toEqual([
      ['Antrean saya', '/queue'],
      ['Papan kerja', '/board'],
    ])
    expect(renderFor(['auditor']).findAll('a')[0]!.text()).toBe('Papan kerja (baca saja)')
  })
})
