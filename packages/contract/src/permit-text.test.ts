import { describe, expect, it } from 'vitest'
import type { ServiceDefinition } from './catalogue-definition.ts'
import { applicationKindWordsId, longDateId, permitParticulars } from './permit-text.ts'

describe('the words a permit prints', () => {
  it('writes dates in the Indonesian long form, without a leading zero', () => {
    expect(longDateId('2026-12-01')).toBe('1 Desember 2026')
    expect(longDateId('2027-03-17')).toBe('17 Maret 2027')
    expect(longDateId('2026-08-09')).toBe('9 Agustus 2026')
    expect(longDateId('not a date')).toBe('not a date')
  })

  it('names every application kind in words', () => {
    expect(applicationKindWordsId.baru).toBe('Baru')
    expect(applicationKindWordsId.perpanjangan).toBe('Perpanjangan')
  })

  it('prints the fields the catalogue names, in its order, formatted, and never a NIK, phone or email', () => {
    const definition = {
      permitFields: ['luas', 'fungsi', 'nik', 'mulai', 'kosong', 'alamat'],
      form: {
        sections: [
          {
            key: 's',
            title: { id: 'S', en: 'S' },
            fields: [
              { key: 'alamat', type: 'text', required: true, label: { id: 'Alamat', en: 'Address' } },
              { key: 'luas', type: 'decimal', required: true, unit: 'm²', label: { id: 'Luas', en: 'Area' } },
              {
                key: 'fungsi',
                type: 'select',
                required: true,
                label: { id: 'Fungsi', en: 'Use' },
                options: [{ value: 'hunian', label: { id: 'Hunian', en: 'Residential' } }],
              },
              { key: 'nik', type: 'nik', required: true, label: { id: 'NIK', en: 'NIK' } },
              { key: 'mulai', type: 'date', required: true, label: { id: 'Mulai', en: 'Start' } },
              { key: 'kosong', type: 'text', required: false, label: { id: 'Kosong', en: 'Empty' } },
            ],
          },
        ],
      },
    } as unknown as Pick<ServiceDefinition, 'form' | 'permitFields'>
    const data = {
      alamat: 'Jl. Braga 1',
      luas: 1200.5,
      fungsi: 'hunian',
      nik: '3273014508900001',
      mulai: '2026-01-15',
      kosong: '',
    }
    expect(permitParticulars(definition, data).map((p) => [p.key, p.value])).toEqual([
      ['luas', '1.200,5 m²'],
      ['fungsi', 'Hunian'],
      ['mulai', '15 Januari 2026'],
      ['alamat', 'Jl. Braga 1'],
    ])
    expect(permitParticulars({ ...definition, permitFields: undefined }, data)).toEqual([])
  })
})
