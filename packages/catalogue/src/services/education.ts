import type { FormField, ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  field,
  floorAreaField,
  locationSection,
  npwpField,
  section,
  selectField,
} from '../form-fields.ts'
import {
  NEW,
  NEW_OR_CHANGE,
  NEW_RENEWAL_OR_CHANGE,
  applicationLetter,
  closureStatement,
  deedOfEstablishment,
  identityCard,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  taxNumber,
} from '../requirements.ts'

const EDUCATION_LAW = 'Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional'
const EDUCATION_MANAGEMENT =
  'Peraturan Pemerintah Nomor 17 Tahun 2010 tentang Pengelolaan dan Penyelenggaraan Pendidikan'
const SCHOOL_VALIDITY = validity(
  null,
  'Berlaku selama satuan pendidikan memenuhi standar dan dievaluasi secara berkala oleh Dinas Pendidikan.',
  'Valid while the institution meets the standards; the Education Office evaluates it periodically.',
)

/** Private schools and courses are run by a foundation or association with a notarial deed. */
export function organiserSection(extra: FormField[] = []) {
  return section('penyelenggara', 'Badan penyelenggara', 'Organising body', [
    field(
      'penyelenggara_nama',
      'text',
      'Nama yayasan / badan penyelenggara',
      'Name of the foundation or organising body',
      { maxLength: 200 },
    ),
    npwpField(),
    field(
      'penyelenggara_nomor_akta',
      'text',
      'Nomor akta pendirian / SK Kemenkumham',
      'Deed or Ministry of Law decree number',
      { maxLength: 80 },
    ),
    ...extra,
  ])
}

const schoolRequirements = () => [
  applicationLetter(),
  identityCard(),
  taxNumber(bilingual('yayasan', 'foundation')),
  deedOfEstablishment(true),
  premisesProof(bilingual('lahan dan bangunan sekolah', 'school land and buildings')),
  requirement('studi_kelayakan', 'Hasil studi kelayakan pendirian', 'Feasibility study for the new institution', {
    appliesTo: NEW,
  }),
  requirement('kurikulum', 'Kurikulum dan rencana kegiatan pembelajaran', 'Curriculum and learning plan', {
    appliesTo: NEW_OR_CHANGE,
  }),
  requirement(
    'data_pendidik',
    'Data pendidik dan tenaga kependidikan beserta ijazah',
    'Teachers and staff with their diplomas',
    { appliesTo: NEW_OR_CHANGE },
  ),
  requirement('data_peserta_didik', 'Data calon peserta didik', 'Prospective pupils', { appliesTo: NEW }),
  requirement(
    'sumber_pembiayaan',
    'Rencana sumber pembiayaan paling sedikit untuk 1 tahun',
    'Funding plan for at least one year',
    { appliesTo: NEW },
  ),
  previousPermit(bilingual('Izin operasional', 'operating permit')),
  closureStatement(),
  powerOfAttorney(),
]

const schoolFields = (prefix: string) => [
  field(`${prefix}_jumlah_pendidik`, 'integer', 'Jumlah pendidik', 'Number of teachers', {
    minimum: 1,
    maximum: 500,
    unit: 'orang',
  }),
  field(`${prefix}_jumlah_peserta_didik`, 'integer', 'Jumlah peserta didik', 'Number of pupils', {
    minimum: 1,
    maximum: 5000,
    unit: 'orang',
  }),
  floorAreaField(`${prefix}_luas_lahan`, 'Luas lahan', 'Site area'),
  floorAreaField(`${prefix}_luas_bangunan`, 'Luas bangunan', 'Building floor area'),
]

const EDUCATION_BUDGET = { admin: 1, technical: 9, decision: 3, signing: 1 }

export const izinPaud = defineService({
  code: 'IZIN-PAUD',
  kind: 'izin',
  sector: 'education',
  name: bilingual('Izin Pendirian Satuan Pendidikan Anak Usia Dini', 'Early Childhood Education Establishment Permit'),
  description: bilingual(
    'Izin mendirikan dan menyelenggarakan taman kanak-kanak, kelompok bermain, taman penitipan anak atau satuan PAUD sejenis oleh masyarakat.',
    'Permit for a community organisation to open and run a kindergarten, playgroup, day-care centre or similar early-childhood unit.',
  ),
  applicationKinds: ['baru', 'perubahan', 'pencabutan'],
  legalBasis: [
    EDUCATION_LAW,
    EDUCATION_MANAGEMENT,
    'Peraturan Menteri Pendidikan dan Kebudayaan Nomor 84 Tahun 2014 tentang Pendirian Satuan Pendidikan Anak Usia Dini',
  ],
  requirements: schoolRequirements(),
  sections: [
    applicantSection(),
    organiserSection(),
    section('paud', 'Satuan PAUD', 'Early-childhood unit', [
      field('paud_nama', 'text', 'Nama satuan PAUD', 'Name of the unit', { maxLength: 150 }),
      selectField('paud_jenis', 'Jenis satuan PAUD', 'Type of unit', [
        ['tk', 'Taman Kanak-kanak (TK)', 'Kindergarten (TK)'],
        ['kb', 'Kelompok Bermain (KB)', 'Playgroup (KB)'],
        ['tpa', 'Taman Penitipan Anak (TPA)', 'Day-care centre (TPA)'],
        ['sps', 'Satuan PAUD Sejenis (SPS)', 'Other early-childhood unit (SPS)'],
      ]),
      ...schoolFields('paud'),
    ]),
    locationSection('lokasi_paud', bilingual('satuan PAUD', 'unit')),
  ],
  slaDays: 14,
  budget: EDUCATION_BUDGET,
  deemedApproval: false,
  validity: SCHOOL_VALIDITY,
  product: bilingual(
    'Keputusan izin pendirian dan operasional satuan PAUD',
    'Establishment and operating permit of the early-childhood unit',
  ),
  permitNumberFormat: permitNumber('421', 'PAUD'),
  returnLimitDays: 30,
})

export const izinSekolah = defineService({
  code: 'IZIN-SEKOLAH',
  kind: 'izin',
  sector: 'education',
  name: bilingual(
    'Izin Pendirian Sekolah Dasar dan Sekolah Menengah Pertama Swasta',
    'Private Primary and Junior Secondary School Establishment Permit',
  ),
  description: bilingual(
    'Izin mendirikan dan menyelenggarakan SD atau SMP yang didirikan masyarakat di Kota Bandung.',
    'Permit for a community organisation to open and run a private primary (SD) or junior secondary (SMP) school in Bandung.',
  ),
  applicationKinds: ['baru', 'perubahan', 'pencabutan'],
  legalBasis: [
    EDUCATION_LAW,
    EDUCATION_MANAGEMENT,
    'Peraturan Menteri Pendidikan dan Kebudayaan Nomor 36 Tahun 2014 tentang Pedoman Pendirian, Perubahan, dan Penutupan Satuan Pendidikan Dasar dan Menengah',
  ],
  requirements: [
    ...schoolRequirements(),
    requirement('rencana_induk', 'Rencana induk pengembangan sekolah', 'School master development plan', {
      appliesTo: NEW,
    }),
  ],
  sections: [
    applicantSection(),
    organiserSection(),
    section('sekolah', 'Data sekolah', 'School', [
      field('sekolah_nama', 'text', 'Nama sekolah', 'School name', { maxLength: 150 }),
      // Since UU 23/2014 cities license primary and junior secondary schools; senior secondary moved to the province.
      selectField('sekolah_jenjang', 'Jenjang', 'Level', [
        ['sd', 'Sekolah Dasar (SD)', 'Primary school (SD)'],
        ['smp', 'Sekolah Menengah Pertama (SMP)', 'Junior secondary school (SMP)'],
      ]),
      field('sekolah_rombel', 'integer', 'Jumlah rombongan belajar', 'Number of classes', { minimum: 1, maximum: 100 }),
      ...schoolFields('sekolah'),
    ]),
    locationSection('lokasi_sekolah', bilingual('sekolah', 'school')),
  ],
  slaDays: 14,
  budget: EDUCATION_BUDGET,
  deemedApproval: false,
  validity: SCHOOL_VALIDITY,
  product: bilingual(
    'Keputusan izin pendirian dan operasional sekolah',
    'Establishment and operating permit of the school',
  ),
  permitNumberFormat: permitNumber('421', 'SEKOLAH'),
  returnLimitDays: 30,
})

export const izinLkp = defineService({
  code: 'IZIN-LKP',
  kind: 'izin',
  sector: 'education',
  shortName: 'LKP',
  name: bilingual('Izin Pendirian Lembaga Kursus dan Pelatihan', 'Course and Training Centre Establishment Permit'),
  description: bilingual(
    'Izin menyelenggarakan lembaga kursus dan pelatihan nonformal seperti kursus bahasa, komputer, musik atau tata rias.',
    'Permit to run a non-formal course and training centre such as language, computer, music or beauty courses.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [
    EDUCATION_LAW,
    'Peraturan Menteri Pendidikan dan Kebudayaan Nomor 81 Tahun 2013 tentang Pendirian Satuan Pendidikan Nonformal',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    premisesProof(bilingual('tempat kursus', 'course premises')),
    requirement('kurikulum', 'Kurikulum / program kursus', 'Course curriculum', { appliesTo: NEW_RENEWAL_OR_CHANGE }),
    requirement(
      'data_pendidik',
      'Data pendidik / instruktur beserta kualifikasinya',
      'Instructors with their qualifications',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    previousPermit(bilingual('Izin LKP', 'course permit')),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    organiserSection(),
    section('lkp', 'Lembaga kursus', 'Course centre', [
      field('lkp_nama', 'text', 'Nama lembaga kursus', 'Name of the centre', { maxLength: 150 }),
      selectField('lkp_jenis', 'Jenis kursus', 'Kind of course', [
        ['bahasa', 'Bahasa', 'Languages'],
        ['komputer', 'Komputer', 'Computing'],
        ['musik', 'Musik', 'Music'],
        ['tata_rias', 'Tata rias / kecantikan', 'Beauty'],
        ['menjahit', 'Menjahit', 'Tailoring'],
        ['bimbingan_belajar', 'Bimbingan belajar', 'Tutoring'],
        ['mengemudi', 'Mengemudi', 'Driving'],
      ]),
      field('lkp_jumlah_instruktur', 'integer', 'Jumlah instruktur', 'Number of instructors', {
        minimum: 1,
        maximum: 500,
        unit: 'orang',
      }),
      field('lkp_kapasitas', 'integer', 'Kapasitas peserta', 'Number of learners', {
        minimum: 1,
        maximum: 5000,
        unit: 'orang',
      }),
    ]),
    locationSection('lokasi_lkp', bilingual('lembaga kursus', 'course centre')),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: true,
  validity: validity(60, 'Berlaku 5 tahun dan dapat diperpanjang.', 'Valid 5 years; renewable.'),
  product: bilingual('Izin Pendirian Lembaga Kursus dan Pelatihan', 'Course and Training Centre Establishment Permit'),
  permitNumberFormat: permitNumber('421', 'LKP'),
})

export const educationServices: ServiceDefinition[] = [izinPaud, izinSekolah, izinLkp]
