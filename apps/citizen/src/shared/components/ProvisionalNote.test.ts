import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import ProvisionalNote from './ProvisionalNote.vue'

const show = (date: string, locale: 'id' | 'en' = 'id') =>
  mount(ProvisionalNote, { props: { date }, global: { plugins: [createTestI18n(locale)] } })

describe('the provisional-date note', () => {
  it('says in words that the date is an estimate and why, naming the year of the date', () => {
    expect(show('2027-01-12').text()).toBe('(perkiraan — kalender libur 2027 belum ditetapkan)')
    expect(show('2028-03-01').text()).toBe('(perkiraan — kalender libur 2028 belum ditetapkan)')
  })

  it('speaks English too', () => {
    expect(show('2027-01-12', 'en').text()).toBe('(provisional — the 2027 holiday calendar is not published yet)')
  })
})
