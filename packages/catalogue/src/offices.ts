import type { OfficeTimeZone } from '@pintu/contract'

/**
 * The offices (DPMPTSP) a deployment may serve: the registry an operator picks from with
 * PINTU_OFFICES. Codes are Kemendagri region codes (Permendagri 72/2019), the key every office row
 * and token carries; `bpsCode` is the same region in BPS's numbering (statistics, Satu Data).
 * The time zone decides the office's day boundary (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura).
 */
export interface OfficeFacts {
  code: string
  bpsCode: string
  provinceCode: string
  /** The province, as a citizen choosing their office by region reads it first. */
  provinceName: { id: string; en: string }
  /** The city or regency the office serves (Kota …, Kabupaten …), the second step of that choice. */
  regionName: { id: string; en: string }
  name: { id: string; en: string }
  shortName: string
  address: string
  /** The title the head of office signs under; the person's name is the deployment's to state. */
  headTitle: string
  timezone: OfficeTimeZone
}

export const BANDUNG = {
  code: '32.73',
  bpsCode: '3273',
  provinceCode: '32',
  provinceName: { id: 'Jawa Barat', en: 'West Java' },
  regionName: { id: 'Kota Bandung', en: 'City of Bandung' },
  name: {
    id: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung',
    en: 'Investment and One-Stop Integrated Services Office of the City of Bandung',
  },
  shortName: 'DPMPTSP Kota Bandung',
  address: 'Jl. Cianjur No. 34, Bandung',
  headTitle: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung',
  timezone: 'Asia/Jakarta',
} as const satisfies OfficeFacts

/** A second office, in WITA, for demonstrations and the multi-office tests; served only when configured. */
export const MAKASSAR = {
  code: '73.71',
  bpsCode: '7371',
  provinceCode: '73',
  provinceName: { id: 'Sulawesi Selatan', en: 'South Sulawesi' },
  regionName: { id: 'Kota Makassar', en: 'City of Makassar' },
  name: {
    id: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Makassar',
    en: 'Investment and One-Stop Integrated Services Office of the City of Makassar',
  },
  shortName: 'DPMPTSP Kota Makassar',
  address: 'Jl. Jend. Ahmad Yani No. 2, Makassar',
  headTitle: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Makassar',
  timezone: 'Asia/Makassar',
} as const satisfies OfficeFacts

/**
 * A second office of Jawa Barat (province 32), beside Bandung: what a province's auditors read
 * across (the province-auditor tests); served only when configured.
 */
export const CIMAHI = {
  code: '32.77',
  bpsCode: '3277',
  provinceCode: '32',
  provinceName: { id: 'Jawa Barat', en: 'West Java' },
  regionName: { id: 'Kota Cimahi', en: 'City of Cimahi' },
  name: {
    id: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Cimahi',
    en: 'Investment and One-Stop Integrated Services Office of the City of Cimahi',
  },
  shortName: 'DPMPTSP Kota Cimahi',
  address: 'Kompleks Perkantoran Pemerintah Kota Cimahi, Jl. Demang Hardjakusumah, Cimahi',
  headTitle: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Cimahi',
  timezone: 'Asia/Jakarta',
} as const satisfies OfficeFacts

export const OFFICE_REGISTRY: readonly OfficeFacts[] = [BANDUNG, MAKASSAR, CIMAHI]

/** The registry's entry for a Kemendagri code, or undefined when the registry does not know it. */
export const officeFacts = (code: string): OfficeFacts | undefined => OFFICE_REGISTRY.find((o) => o.code === code)
