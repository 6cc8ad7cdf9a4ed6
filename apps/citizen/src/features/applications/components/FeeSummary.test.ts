import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import FeeSummary from './FeeSummary.vue'

const show = (fee: { amount: number; estimate: boolean }, locale: 'id' | 'en' = 'id') =>
  mount(FeeSummary, { props: { fee }, global: { plugins: [createTestI18n(locale)] } })

describe('the fee before it is owed', () => {
  it('gives the amount the API computed from the answers so far, saying it is an estimate', () => {
    const region = show({ amount: 2_500_000, estimate: true })
    expect(region.get('section').attributes('aria-labelledby')).toBe('fee-summary-title')
    expect(region.get('h2').text()).toBe('Biaya (retribusi)')
    expect(region.text()).toContain('Rp 2.500.000')
    expect(region.text()).toContain('Perkiraan dari jawaban Anda sejauh ini')
  })

  it('says once it is fixed that the SKRD will be for this amount', () => {
    const text = show({ amount: 2_500_000, estimate: false }).text()
    expect(text).toContain('Ditetapkan saat permohonan dikirim')
    expect(text).not.toContain('Perkiraan')
  })

  it('says a free service costs nothing, in both languages', () => {
    expect(show({ amount: 0, estimate: true }).text()).toContain('Layanan ini gratis')
    const english = show({ amount: 0, estimate: true }, 'en').text()
    expect(english).toContain('Fee (levy)')
    expect(english).toContain('This service is free')
  })
})
