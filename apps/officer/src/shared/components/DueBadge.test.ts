import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import DueBadge from './DueBadge.vue'

const wednesday = new Date('2026-03-04T03:00:00Z')
const render = (dueDate: string | null, overdue: boolean, workingDaysLeft: number | null) =>
  mount(DueBadge, { props: { dueDate, overdue, workingDaysLeft, now: wednesday }, global: { plugins: [i18n] } })

describe('due badge', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
  })

  it('says "overdue" in words on a red badge, not by colour alone, with the days late', () => {
    const wrapper = render('2026-03-02', true, -2)
    expect(wrapper.get('.badge--overdue').text()).toBe('Terlambat')
    expect(wrapper.text()).toContain('lewat 2 hari kerja')
  })

  it('shows the working days left the API counted, without asking for the holiday calendar', () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    expect(render('2026-03-09', false, 2).text()).toBe('2 hari kerja lagi')
    expect(render('2026-03-04', false, 0).text()).toBe('Jatuh tempo hari ini')
    expect(render(null, false, null).text()).toBe('—')
    expect(fetch).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })

  it('speaks English too', () => {
    i18n.global.locale.value = 'en'
    expect(render('2026-03-02', true, -2).text()).toContain('Overdue')
  })
})
