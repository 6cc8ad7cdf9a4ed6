import type { Closure } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import { DISMISSED_KEY, forgetClosures } from '../closureNotice.ts'
import ClosureNotice from './ClosureNotice.vue'

const closure = (overrides: Partial<Closure> = {}): Closure => ({
  id: '00000000-0000-4000-8000-000000000001',
  reason: 'Kantor disegel untuk pemeriksaan.',
  legalBasis: 'Keputusan Wali Kota Nomor 1 Tahun 2026',
  startsOn: '2026-11-28',
  endsOn: null,
  declaredAt: '2026-11-28T01:00:00Z',
  inForce: true,
  ...overrides,
})

async function show(items: Closure[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ items }), { status: 200 })),
  )
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div />' } },
      { path: '/penutupan', name: 'closure', component: { template: '<div />' } },
    ],
  })
  await router.push('/')
  const wrapper = mount(ClosureNotice, { global: { plugins: [router, createTestI18n('id')] } })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  forgetClosures()
  sessionStorage.clear()
  vi.unstubAllGlobals()
})

describe('the closure notice', () => {
  it('is short: closed since when, that online intake and the clock are safe, and a link to the details', async () => {
    const wrapper = await show([closure()])
    const region = wrapper.get('section')
    expect(region.attributes('aria-labelledby')).toBe('closure-notice-title')
    expect(region.get('h2').text()).toBe('Kantor DPMPTSP sedang tutup')
    const text = region.text()
    expect(text).toContain('Tutup sejak 28 November 2026.')
    expect(text).toContain('Layanan daring tetap berjalan')
    expect(text).toContain('hari tutup tidak dihitung dalam waktu layanan')
    // The reason and legal basis are on the details page, not on every page.
    expect(text).not.toContain('Kantor disegel untuk pemeriksaan.')
    expect(region.get('a').text()).toBe('Baca selengkapnya')
    expect(region.get('a').attributes('href')).toBe('/penutupan')
    expect(text.length).toBeLessThan(200)
  })

  it('gives the last day when it is known', async () => {
    const wrapper = await show([closure({ endsOn: '2026-12-04' })])
    expect(wrapper.text()).toContain('Tutup sampai dengan 4 Desember 2026.')
  })

  it('says until when of the closure that ends last, open-ended first of all', async () => {
    const second = '00000000-0000-4000-8000-000000000002'
    const dated = await show([closure({ endsOn: '2026-12-10' }), closure({ id: second, endsOn: '2026-12-04' })])
    expect(dated.text()).toContain('Tutup sampai dengan 10 Desember 2026.')
    forgetClosures()
    const open = await show([closure({ id: second, endsOn: '2026-12-04' }), closure()])
    expect(open.text()).toContain('Tutup sejak 28 November 2026.')
  })

  it('can be hidden for this visit; a new closure shows again', async () => {
    const wrapper = await show([closure()])
    await wrapper.get('button').trigger('click')
    expect(wrapper.find('section').exists()).toBe(false)
    expect(sessionStorage.getItem(DISMISSED_KEY)).toBe(closure().id)
    forgetClosures()
    const again = await show([closure()])
    expect(again.find('section').exists()).toBe(false)
    forgetClosures()
    const another = await show([closure(), closure({ id: '00000000-0000-4000-8000-000000000002' })])
    expect(another.find('section').exists()).toBe(true)
  })

  it('shows nothing when no closure is in force', async () => {
    const wrapper = await show([closure({ inForce: false, endsOn: '2026-01-02' })])
    expect(wrapper.find('section').exists()).toBe(false)
  })
})
