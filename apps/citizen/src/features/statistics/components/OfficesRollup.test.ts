import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { sampleOffices, sampleRollup } from '../testing/sampleRollup.ts'
import OfficesRollup from './OfficesRollup.vue'

const tableOf = (locale: 'id' | 'en') => {
  const wrapper = mount(OfficesRollup, {
    props: { rollup: sampleRollup, offices: sampleOffices },
    global: { plugins: [createTestI18n(locale)] },
  })
  const rows = wrapper.findAll('tr').map((tr) => tr.findAll('th, td').map((cell) => cell.text()))
  return { wrapper, rows }
}

describe('every office side by side', () => {
  it('shows each province with its offices under it and all of them at the foot, as row headers', () => {
    const { wrapper, rows } = tableOf('id')
    expect(wrapper.get('h2').text()).toBe('Semua kantor')
    expect(wrapper.text()).toContain('Pintu ini melayani 3 kantor.')
    expect(rows).toEqual([
      ['Kantor', 'Berkas', 'Terlambat'],
      ['Provinsi Jawa Barat', '8', '3'],
      ['Kota Bandung', '7', '2'],
      ['Kota Cimahi', '1', '1'],
      ['Provinsi Sulawesi Selatan', '4', '0'],
      ['Kota Makassar', '4', '0'],
      ['Semua kantor', '12', '3'],
    ])
    expect(wrapper.findAll('tbody th[scope=row]')).toHaveLength(5)
    expect(wrapper.get('tfoot th').attributes('scope')).toBe('row')
  })

  it('speaks English too', () => {
    const { rows } = tableOf('en')
    expect(rows[1]).toEqual(['Province of West Java', '8', '3'])
    expect(rows.at(-1)).toEqual(['Every office', '12', '3'])
  })
})
