import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'

// The badge counts working days with the public holiday calendar: Friday 6 March 2026 is made a holiday here.
const asked: string[] = []
vi.stubGlobal('fetch', async (url: string) => {
  asked.push(url)
  const year = Number(new URL(url, 'http://x').searchParams.get('year'))
  const items = year === 2026 ? [{ id: '00000000-0000-4000-8000-000000000001', date: '2026-03-06', kind: 'libur_nasional', name: { id: 'Libur', en: 'Holiday' }, legalBasis: 'SKB', recordedAt: '2025-10-01T00:00:00.000Z' }] : []
  return new Response(JSON.stringify({ year, items }), { status: 200, headers: { 'content-type': 'application/json' } })
})
const { default: DueBadge } = await import('./DueBadge.vue')

const wednesday = new Date('2026-03-04T03:00:00Z')
const render = (dueDate: string | null, overdue: boolean) => mount(DueBadge, { props: { dueDate, overdue, now: wednesday }, global: { plugins: [i18n] } })

describe('due badge', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
  })

  it('says "overdue" in words on a red badge, not by colour alone, with the days late', () => {
    const wrapper = render('2026-03-02', true)
    expect(wrapper.get('.badge--overdue').text()).toBe('Terlambat')
    expect(wrapper.text()).toContain('lewat 2 hari kerja')
  })

  it('counts the working days left otherwise, skipping weekends and public holidays', async () => {
    render('2026-03-09', false)
    await flushPromises()
    expect(asked.some((url) => url.startsWith('/api/v1/calendar/holidays?year='))).toBe(true)
    // Thursday and Monday: Friday is a holiday, then the weekend.
    expect(render('2026-03-09', false).text()).toBe('2 hari kerja lagi')
    expect(render('2026-03-04', false).text()).toBe('Jatuh tempo hari ini')
    expect(render(null, false).text()).toBe('—')
  })

  it('speaks English too', () => {
    i18n.global.locale.value = 'en'
    expect(render('2026-03-02', true).text()).toContain('Overdue')
  })
})
