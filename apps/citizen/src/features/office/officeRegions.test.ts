import { describe, expect, it } from 'vitest'
import { provincesOf, regionsIn } from './officeRegions.ts'
import { BANDUNG, CIMAHI, MAKASSAR } from './testing/fakeDeployment.ts'

const offices = [BANDUNG, MAKASSAR, CIMAHI]

describe('choosing an office by region', () => {
  it('offers each province once, in alphabetical order of its name in the language read', () => {
    expect(provincesOf(offices, 'id')).toEqual([
      { code: '32', name: 'Jawa Barat' },
      { code: '73', name: 'Sulawesi Selatan' },
    ])
    expect(provincesOf(offices, 'en').map((p) => p.name)).toEqual(['South Sulawesi', 'West Java'])
  })

  it("then the province's cities and regencies, by name, each with its office code", () => {
    expect(regionsIn(offices, '32', 'id')).toEqual([
      { code: '32.73', name: 'Kota Bandung' },
      { code: '32.77', name: 'Kota Cimahi' },
    ])
    expect(regionsIn(offices, '73', 'en')).toEqual([{ code: '73.71', name: 'City of Makassar' }])
    expect(regionsIn(offices, '99', 'id')).toEqual([])
  })
})
