import type { LocalizedText, Requirement, ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bandungAddressFields,
  bilingual,
  field,
  optional,
  section,
  selectField,
} from '../form-fields.ts'
import {
  NEW_OR_CHANGE,
  applicationLetter,
  closureStatement,
  diploma,
  healthCertificate,
  identityCard,
  passPhoto,
  practicePlaceStatement,
  previousPermit,
  professionalRecommendation,
  registrationCertificate,
  requirement,
} from '../requirements.ts'

const HEALTH_WORKFORCE_LAW = 'Undang-Undang Nomor 36 Tahun 2014 tentang Tenaga Kesehatan'
const PHARMACY_RULES = [
  'Peraturan Pemerintah Nomor 51 Tahun 2009 tentang Pekerjaan Kefarmasian',
  'Peraturan Menteri Kesehatan Nomor 889/MENKES/PER/V/2011 tentang Registrasi, Izin Praktik, dan Izin Kerja Tenaga Kefarmasian sebagaimana telah diubah dengan Peraturan Menteri Kesehatan Nomor 31 Tahun 2016',
]
const MEDICAL_RULES = [
  'Undang-Undang Nomor 29 Tahun 2004 tentang Praktik Kedokteran',
  HEALTH_WORKFORCE_LAW,
  'Peraturan Menteri Kesehatan Nomor 2052/MENKES/PER/X/2011 tentang Izin Praktik dan Pelaksanaan Praktik Kedokteran',
]

interface PractitionerSpec {
  code: string
  name: LocalizedText
  description: LocalizedText
  /** Registration certificate, e.g. STR from the Indonesian Medical Council. */
  register: LocalizedText
  diploma: LocalizedText
  organisation: LocalizedText
  legalBasis: string[]
  /** Places of practice a professional may hold at once; the permit is issued per place. */
  maxPlaces: number
  professions: readonly (readonly [string, string, string])[]
  extraRequirements?: Requirement[]
}

/**
 * Practice permits share one shape: a valid registration (STR), a place of practice in Bandung, the
 * professional body's recommendation and a Health Office review (Kolaka 12 days; Magelang 9 days).
 */
function practitionerPermit(spec: PractitionerSpec): ServiceDefinition {
  const places = Array.from(
    { length: spec.maxPlaces },
    (_, i) => [String(i + 1), `Tempat praktik ke-${i + 1}`, `Place of practice no. ${i + 1}`] as const,
  )
  return defineService({
    code: spec.code,
    kind: 'izin',
    sector: 'health',
    shortName: spec.code,
    name: spec.name,
    description: spec.description,
    applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
    legalBasis: spec.legalBasis,
    requirements: [
      applicationLetter(),
      identityCard(),
      registrationCertificate(spec.register),
      diploma(spec.diploma),
      healthCertificate(),
      practicePlaceStatement(),
      professionalRecommendation(spec.organisation),
      passPhoto('4x6'),
      requirement(
        'izin_praktik_lain',
        'Izin praktik di tempat lain, bila ada',
        'Permits for other places of practice, if any',
        { mandatory: false, appliesTo: NEW_OR_CHANGE },
      ),
      ...(spec.extraRequirements ?? []),
      previousPermit(bilingual('Surat izin praktik', 'practice permit')),
      closureStatement(),
    ],
    sections: [
      applicantSection(),
      section('tenaga', 'Kualifikasi tenaga kesehatan', 'Professional qualification', [
        selectField('tenaga_profesi', 'Profesi', 'Profession', spec.professions),
        field(
          'tenaga_spesialisasi',
          'text',
          'Spesialisasi / kompetensi tambahan',
          'Speciality or additional competence',
          { ...optional, maxLength: 150 },
        ),
        field('tenaga_nomor_str', 'text', `Nomor ${spec.register.id}`, `${spec.register.en} number`, { maxLength: 40 }),
        field(
          'tenaga_str_berlaku_sampai',
          'date',
          `Masa berlaku ${spec.register.id}`,
          `${spec.register.en} valid until`,
        ),
      ]),
      section('praktik', 'Tempat praktik', 'Place of practice', [
        selectField('praktik_ke', 'Urutan tempat praktik', 'Which place of practice', places),
        selectField('praktik_jenis', 'Jenis tempat praktik', 'Kind of practice', [
          ['mandiri', 'Praktik mandiri / perorangan', 'Independent practice'],
          ['fasyankes', 'Di fasilitas pelayanan kesehatan', 'At a health facility'],
        ]),
        field('praktik_nama_fasyankes', 'text', 'Nama fasilitas pelayanan kesehatan', 'Name of the health facility', {
          ...optional,
          maxLength: 200,
        }),
        field('praktik_jadwal', 'text', 'Hari dan jam praktik', 'Practice days and hours', { maxLength: 200 }),
        ...bandungAddressFields('praktik', bilingual('tempat praktik', 'place of practice')),
      ]),
    ],
    slaDays: 12,
    budget: { admin: 1, technical: 8, decision: 2, signing: 1 },
    deemedApproval: false,
    validity: validity(
      60,
      `Berlaku selama ${spec.register.id} masih berlaku dan praktik tetap di tempat yang tercantum, paling lama 5 tahun.`,
      `Valid while the ${spec.register.en} is valid and the practice stays at the stated place, at most 5 years.`,
    ),
    product: bilingual(`${spec.name.id} untuk satu tempat praktik`, `${spec.name.en} for one place of practice`),
    permitNumberFormat: permitNumber('445', spec.code),
  })
}

export const healthPractitionerServices: ServiceDefinition[] = [
  practitionerPermit({
    code: 'SIP-DOKTER',
    name: bilingual(
      'Surat Izin Praktik Dokter dan Dokter Spesialis',
      'Practice Permit for Physicians and Medical Specialists',
    ),
    description: bilingual(
      'Izin bagi dokter atau dokter spesialis untuk berpraktik di satu tempat praktik; seorang dokter dapat memiliki paling banyak tiga SIP.',
      'Permit for a physician or medical specialist to practise at one place; a physician may hold at most three.',
    ),
    register: bilingual('STR Konsil Kedokteran Indonesia', 'Indonesian Medical Council registration (STR)'),
    diploma: bilingual('dokter / dokter spesialis', 'medical or specialist'),
    organisation: bilingual('IDI Cabang Kota Bandung', 'Indonesian Medical Association, Bandung branch'),
    legalBasis: MEDICAL_RULES,
    maxPlaces: 3,
    professions: [
      ['dokter', 'Dokter', 'Physician'],
      ['dokter_spesialis', 'Dokter spesialis', 'Medical specialist'],
    ],
  }),
  practitionerPermit({
    code: 'SIP-DRG',
    name: bilingual(
      'Surat Izin Praktik Dokter Gigi dan Dokter Gigi Spesialis',
      'Practice Permit for Dentists and Dental Specialists',
    ),
    description: bilingual(
      'Izin bagi dokter gigi atau dokter gigi spesialis untuk berpraktik di satu tempat praktik, paling banyak tiga tempat.',
      'Permit for a dentist or dental specialist to practise at one place, at most three places.',
    ),
    register: bilingual('STR Konsil Kedokteran Gigi', 'Dental Council registration (STR)'),
    diploma: bilingual('dokter gigi / dokter gigi spesialis', 'dental or dental specialist'),
    organisation: bilingual('PDGI Cabang Kota Bandung', 'Indonesian Dental Association, Bandung branch'),
    legalBasis: MEDICAL_RULES,
    maxPlaces: 3,
    professions: [
      ['dokter_gigi', 'Dokter gigi', 'Dentist'],
      ['dokter_gigi_spesialis', 'Dokter gigi spesialis', 'Dental specialist'],
    ],
  }),
  practitionerPermit({
    code: 'SIPB',
    name: bilingual('Surat Izin Praktik Bidan', 'Midwife Practice Permit'),
    description: bilingual(
      'Izin bagi bidan untuk berpraktik mandiri atau di fasilitas pelayanan kesehatan, paling banyak dua tempat.',
      'Permit for a midwife to practise independently or at a health facility, at most two places.',
    ),
    register: bilingual('STR Bidan (STRB)', 'Midwife registration (STRB)'),
    diploma: bilingual('pendidikan kebidanan', 'midwifery'),
    organisation: bilingual('Ikatan Bidan Indonesia (IBI)', 'Indonesian Midwives Association (IBI)'),
    legalBasis: [
      HEALTH_WORKFORCE_LAW,
      'Peraturan Menteri Kesehatan Nomor 28 Tahun 2017 tentang Izin dan Penyelenggaraan Praktik Bidan',
    ],
    maxPlaces: 2,
    professions: [['bidan', 'Bidan', 'Midwife']],
  }),
  practitionerPermit({
    code: 'SIPP',
    name: bilingual('Surat Izin Praktik Perawat', 'Nurse Practice Permit'),
    description: bilingual(
      'Izin bagi perawat untuk berpraktik mandiri atau di fasilitas pelayanan kesehatan, paling banyak dua tempat.',
      'Permit for a nurse to practise independently or at a health facility, at most two places.',
    ),
    register: bilingual('STR Perawat (STRP)', 'Nurse registration (STRP)'),
    diploma: bilingual('pendidikan keperawatan', 'nursing'),
    organisation: bilingual(
      'Persatuan Perawat Nasional Indonesia (PPNI)',
      'Indonesian National Nurses Association (PPNI)',
    ),
    legalBasis: [
      'Undang-Undang Nomor 38 Tahun 2014 tentang Keperawatan',
      'Peraturan Menteri Kesehatan Nomor HK.02.02/MENKES/148/I/2010 tentang Izin dan Penyelenggaraan Praktik Perawat sebagaimana telah diubah dengan Peraturan Menteri Kesehatan Nomor 17 Tahun 2013',
    ],
    maxPlaces: 2,
    professions: [
      ['perawat', 'Perawat', 'Nurse'],
      ['perawat_gigi', 'Perawat gigi', 'Dental nurse'],
    ],
  }),
  practitionerPermit({
    code: 'SIPA',
    name: bilingual('Surat Izin Praktik Apoteker', 'Pharmacist Practice Permit'),
    description: bilingual(
      'Izin bagi apoteker untuk melakukan pekerjaan kefarmasian di apotek, puskesmas, klinik atau instalasi farmasi rumah sakit, paling banyak tiga tempat.',
      'Permit for a pharmacist to practise in a pharmacy, health centre, clinic or hospital pharmacy, at most three places.',
    ),
    register: bilingual('STR Apoteker (STRA)', 'Pharmacist registration (STRA)'),
    diploma: bilingual('apoteker', 'pharmacist'),
    organisation: bilingual('Ikatan Apoteker Indonesia (IAI)', 'Indonesian Pharmacists Association (IAI)'),
    legalBasis: PHARMACY_RULES,
    maxPlaces: 3,
    professions: [['apoteker', 'Apoteker', 'Pharmacist']],
    extraRequirements: [
      requirement(
        'persetujuan_atasan',
        'Persetujuan atasan langsung untuk SIPA kedua atau ketiga',
        'Consent of the direct superior for a second or third permit',
        {
          mandatory: false,
          appliesTo: ['baru'],
        },
      ),
    ],
  }),
  practitionerPermit({
    code: 'SIPTTK',
    name: bilingual('Surat Izin Praktik Tenaga Teknis Kefarmasian', 'Pharmacy Technician Practice Permit'),
    description: bilingual(
      'Izin bagi tenaga teknis kefarmasian untuk membantu pekerjaan kefarmasian di fasilitas kefarmasian, paling banyak tiga tempat.',
      'Permit for a pharmacy technician to work in pharmaceutical facilities, at most three places.',
    ),
    register: bilingual('STR Tenaga Teknis Kefarmasian (STRTTK)', 'Pharmacy technician registration (STRTTK)'),
    diploma: bilingual('pendidikan teknis kefarmasian', 'pharmacy technician'),
    organisation: bilingual(
      'Persatuan Ahli Farmasi Indonesia (PAFI)',
      'Indonesian Pharmacy Technicians Association (PAFI)',
    ),
    legalBasis: PHARMACY_RULES,
    maxPlaces: 3,
    professions: [
      ['ahli_madya_farmasi', 'Ahli madya farmasi', 'Pharmacy associate'],
      ['analis_farmasi', 'Analis farmasi', 'Pharmaceutical analyst'],
      ['asisten_apoteker', 'Tenaga menengah farmasi / asisten apoteker', 'Pharmacy assistant'],
    ],
  }),
  practitionerPermit({
    code: 'SIPF',
    name: bilingual('Surat Izin Praktik Fisioterapis', 'Physiotherapist Practice Permit'),
    description: bilingual(
      'Izin bagi fisioterapis untuk berpraktik mandiri atau di fasilitas pelayanan kesehatan, paling banyak dua tempat.',
      'Permit for a physiotherapist to practise independently or at a health facility, at most two places.',
    ),
    register: bilingual('STR Fisioterapis (STRF)', 'Physiotherapist registration (STRF)'),
    diploma: bilingual('pendidikan fisioterapi', 'physiotherapy'),
    organisation: bilingual('Ikatan Fisioterapi Indonesia (IFI)', 'Indonesian Physiotherapy Association (IFI)'),
    legalBasis: [
      HEALTH_WORKFORCE_LAW,
      'Peraturan Menteri Kesehatan Nomor 80 Tahun 2013 tentang Penyelenggaraan Pekerjaan dan Praktik Fisioterapis',
    ],
    maxPlaces: 2,
    professions: [['fisioterapis', 'Fisioterapis', 'Physiotherapist']],
  }),
]
