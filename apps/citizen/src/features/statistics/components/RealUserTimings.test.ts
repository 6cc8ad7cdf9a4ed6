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
      routes: [
        {
          route: 'home',
          metrics: [
            { name: 'LCP', n: 5, p75: 2250, rating: 'good' },
            { name: 'INP', n: 0, p75: null, rating: null },
            { name: 'CLS', n: 3, p75: 0.05, rating: 'good' },
          ],
        },
        {
          route: 'catalogue',
          metrics: [
            { name: 'LCP', n: 3, p75: 4500, rating: 'poor' },
            { name: 'INP', n: 4, p75: 125, rating: 'good' },
            { name: 'CLS', n: 1, p75: 0.3, rating: 'poor' },
          ],
        },
      ],
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
    expect(wrapper.get('table').findAll('tbody th[scope="row"]')).toHaveLength(3)
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

  it('shows the same figures per route in a table of its own for each window that has any', () => {
    const wrapper = mount(RealUserTimings, { props: { realUser }, global: { plugins: [createTestI18n('id')] } })
    const tables = wrapper.findAll('table')
    // The overall table and one per window with routes: the hour only here.
    expect(tables).toHaveLength(2)
    const routes = tables[1]!
    expect(routes.get('caption').text()).toBe(
      'Per halaman tempat kunjungan dimulai, 1 jam: p75 dengan jumlah pengukuran (n) dan penilaiannya',
    )
    expect(routes.findAll('thead th').map((th) => th.text())).toEqual(['Halaman', 'LCP', 'INP', 'CLS'])
    expect(routes.findAll('tbody th[scope="row"]').map((th) => th.text())).toEqual(['home', 'catalogue'])
    const cells = routes.findAll('tbody tr').map((tr) => tr.findAll('td').map((c) => c.text().replace(/\s+/g, ' ')))
    expect(cells).toEqual([
      ['2250 ms Baik n = 5', 'Belum ada data.', '0.05 Baik n = 3'],
      ['4500 ms Buruk n = 3', '125 ms Baik n = 4', '0.3 Buruk n = 1'],
    ])
    const english = mount(RealUserTimings, { props: { realUser }, global: { plugins: [createTestI18n('en')] } })
    expect(english.findAll('table')[1]!.get('caption').text()).toMatch(/^Per page the visit began on, 1 hour/)
  })
})
