import type { Account, CalendarStatus } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'

// The API is scripted: the status answers `status`; marking a year publishes it.
let status: CalendarStatus
const posted: unknown[] = []
vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
  const json = (code: number, body: unknown) =>
    new Response(JSON.stringify(body), { status: code, headers: { 'content-type': 'application/json' } })
  if (url === '/api/v1/calendar/status') return json(200, status)
  if (url === '/api/v1/calendar/years' && init.method === 'POST') {
    const body = JSON.parse(String(init.body)) as { year: number; legalBasis: string }
    posted.push(body)
    const year = { ...body, recordedAt: '2026-12-01T02:00:00Z' }
    const years = [year, ...status.years]
    status = { publishedThrough: body.year, runsOutOn: `${body.year}-12-31`, warning: false, years }
    return json(201, year)
  }
  return json(404, { error: { code: 'not_found', message: 'x' } })
})
// Imported after the stub: the API client takes `fetch` when it is created.
const { default: CalendarStatusPanel } = await import('./CalendarStatusPanel.vue')
const { forgetCalendarStatus } = await import('@/shared/useCalendarStatus.ts')
const { useSessionStore } = await import('@/stores/session.ts')

const runningOut: CalendarStatus = {
  publishedThrough: 2026,
  runsOutOn: '2026-12-31',
  warning: true,
  years: [{ year: 2026, legalBasis: 'SKB 1017/2025', recordedAt: '2025-10-01T02:00:00Z' }],
}

async function showFor(roles: Account['roles']) {
  useSessionStore().account = {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'officer',
    fullName: 'Test',
    email: 't@example.go.id',
    roles,
    officeCode: '32.73',
  }
  const wrapper = mount(CalendarStatusPanel, { global: { plugins: [i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('how far the holiday calendar reaches', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    status = runningOut
    posted.length = 0
  })
  afterEach(() => {
    forgetCalendarStatus()
    document.body.innerHTML = ''
  })

  it('warns an admin when the calendar is about to run out: how far it reaches and what to do', async () => {
    const wrapper = await showFor(['admin'])
    const warning = wrapper.get('[aria-labelledby="calendar-warning-title"]')
    expect(warning.get('h2').text()).toBe('Kalender libur resmi hampir habis')
    expect(warning.text()).toContain('Kalender resmi hanya sampai 31 Des 2026.')
    expect(warning.text()).toContain('SKB tiga menteri tentang libur nasional dan cuti bersama tahun 2027')
    expect(warning.text()).toContain('tandai tahun 2027 lengkap')
  })

  it('an admin marks the next year complete; the warning goes and the success is said', async () => {
    const wrapper = await showFor(['admin'])
    expect((wrapper.get('#publish-year').element as HTMLInputElement).value).toBe('2027')
    await wrapper.get('#publish-basis').setValue('SKB 1497/2026')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(posted).toEqual([{ year: 2027, legalBasis: 'SKB 1497/2026' }])
    const said = 'Kalender tahun 2027 ditandai lengkap. Tenggat pada tahun itu tidak lagi perkiraan.'
    expect(wrapper.get('[role="status"]').text()).toBe(said)
    expect(wrapper.find('[aria-labelledby="calendar-warning-title"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('tercatat lengkap sampai 31 Des 2027')
  })

  it('refuses a legal basis that is too short before asking the API', async () => {
    const wrapper = await showFor(['admin'])
    await wrapper.get('#publish-basis').setValue('SKB')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(posted).toEqual([])
    expect(wrapper.text()).toContain('Minimal 5 karakter.')
  })

  it('other officers read how far the calendar reaches, without the warning or the form', async () => {
    const wrapper = await showFor(['frontdesk'])
    const said = 'Kalender libur resmi tercatat lengkap sampai 31 Des 2026. Tenggat sesudahnya hanya perkiraan.'
    expect(wrapper.text()).toContain(said)
    expect(wrapper.find('[aria-labelledby="calendar-warning-title"]').exists()).toBe(false)
    expect(wrapper.find('form').exists()).toBe(false)
  })
})
