import { vitalThresholds, type RealUser } from '@pintu/contract'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import RealUserTimings from './RealUserTimings.vue'

const empty = [
  { name: 'LCP', n: 0, p75: null, rating: null },
  { name: 'INP', n: 0, p75: null, rating: null },
  { name: 'CLS', n: 0, p75: null, rating: null },
] as const
const realUser: RealUser = {
  thresholds: vitalThresholds,
  windows: [
    {
      window: 'hour',
      metrics: [
        { name: 'LCP', n: 8, p75: 2750, rating: 'needs_improvement' },
        { name: 'INP', n: 4, p75: 125, rating: 'good' },
        { name: 'CLS', n: 4, p75: 0.3, rating: 'poor' },
      ],
      routes: [],
    },
    { window: 'day', metrics: [...empty], routes: [] },
    { window: '30d', metrics: [...empty], routes: [] },
  ],
}

const rowsOf = (locale: 'id' | 'en') => {
  const wrapper = mount(RealUserTimings, { props: { realUser }, global: { plugins: [createTestI18n(locale)] } })
  const table = wrapper.get('table')
  return {
    wrapper,
    caption: table.get('caption').text(),
    head: table.findAll('thead th').map((th) => th.text()),
    rows: table.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text().replace(/\s+/g, ' '))),
  }
}

describe('real-user timings on the status page', () => {
  it('shows each p75 with n and its rating in a table, in Bahasa Indonesia first', () => {
    const { wrapper, caption, head, rows } = rowsOf('id')
    expect(wrapper.get('h2').text()).toBe('Kecepatan di perangkat warga')
    expect(caption).toMatch(/^Persentil ke-75/)
    expect(head).toEqual(['Ukuran', '1 jam', '1 hari', '30 hari'])
    expect(wrapper.findAll('tbody th[scope="row"]')).toHaveLength(3)
    expect(rows[0]).toEqual([
      'LCP Waktu sampai isi utama tampil',
      '2750 ms Perlu perbaikan n = 8',
      'Belum ada data.',
      'Belum ada data.',
    ])
    expect(rows[1]![1]).toBe('125 ms Baik n = 4')
    expect(rows[2]![1]).toBe('0.3 Buruk n = 4')
    expect(wrapper.text()).toContain('LCP baik sampai 2500 ms, buruk di atas 4000 ms')
  })

  it('says the same in English', () => {
    const { head, rows } = rowsOf('en')
    expect(head).toEqual(['Measure', '1 hour', '1 day', '30 days'])
    expect(rows[0]![1]).toBe('2750 ms Needs improvement n = 8')
    expect(rows[2]![1]).toBe('0.3 Poor n = 4')
  })
})
