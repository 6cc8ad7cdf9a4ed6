import { describe, expect, it } from 'vitest'
import { BANDUNG } from '@/features/office/testing/fakeDeployment.ts'
import { officesRollupCsv, officesRollupRows } from './officesRollupRows.ts'
import { sampleOffices, sampleRollup } from './testing/sampleRollup.ts'

describe('the roll-up as table rows', () => {
  it('puts each province above its offices, named in the language shown, then all of them', () => {
    expect(officesRollupRows(sampleRollup, sampleOffices, 'id')).toEqual([
      { kind: 'province', name: 'Jawa Barat', files: 8, overdue: 3 },
      { kind: 'office', name: 'Kota Bandung', files: 7, overdue: 2 },
      { kind: 'office', name: 'Kota Cimahi', files: 1, overdue: 1 },
      { kind: 'province', name: 'Sulawesi Selatan', files: 4, overdue: 0 },
      { kind: 'office', name: 'Kota Makassar', files: 4, overdue: 0 },
      { kind: 'total', name: '', files: 12, overdue: 3 },
    ])
    expect(officesRollupRows(sampleRollup, sampleOffices, 'en')[0]?.name).toBe('West Java')
  })

  it('names an office the list does not know by its code', () => {
    const rows = officesRollupRows(sampleRollup, [BANDUNG], 'id')
    expect(rows.map((r) => r.name)).toEqual(['Jawa Barat', 'Kota Bandung', '32.77', '73', '73.71', ''])
  })

  it('gives the same rows as CSV, quoting what needs it', () => {
    const rows = [
      { kind: 'office' as const, name: 'Kota "Baru", Timur', files: 2, overdue: 1 },
      { kind: 'total' as const, name: '', files: 2, overdue: 1 },
    ]
    expect(officesRollupCsv(rows, 'Semua kantor')).toBe(
      'level,name,files,overdue\r\noffice,"Kota ""Baru"", Timur",2,1\r\ntotal,Semua kantor,2,1\r\n',
    )
  })
})
