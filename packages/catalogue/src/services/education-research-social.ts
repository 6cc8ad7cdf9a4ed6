import type { FormField, ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  field,
  floorAreaField,
  locationSection,
  npwpField,
  optional,
  section,
  selectField,
} from '../form-fields.ts'
import {
  NEW,
  NEW_OR_CHANGE,
  NEW_OR_RENEWAL,
  NEW_RENEWAL_OR_CHANGE,
  applicationLetter,
  closureStatement,
  deedOfEstablishment,
  identityCard,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  stampedStatement,
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
function organiserSection(extra: FormField[] = []) {
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

// Whether Bandung's research letter sat at DPMPTSP or Kesbangpol is not confirmed; Kesbangpol reviews it here.
export const skp = defineService({
  code: 'SKP',
  kind: 'non_izin',
  sector: 'research',
  shortName: 'SKP',
  name: bilingual('Surat Keterangan Penelitian', 'Research Permit Letter'),
  description: bilingual(
    'Surat keterangan bagi mahasiswa, peneliti atau lembaga yang akan melakukan penelitian, survei atau pengambilan data di perangkat daerah atau wilayah Kota Bandung.',
    'Letter for students, researchers or institutions who will do research, surveys or data collection in Bandung city agencies or neighbourhoods.',
  ),
  applicationKinds: ['baru', 'perpanjangan'],
  legalBasis: [
    'Peraturan Menteri Dalam Negeri Nomor 64 Tahun 2011 tentang Pedoman Penerbitan Rekomendasi Penelitian sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2014',
  ],
  requirements: [
    requirement(
      'surat_pengantar',
      'Surat pengantar dari perguruan tinggi / lembaga',
      'Covering letter from the university or institution',
      { originalToBeShown: true },
    ),
    requirement('proposal', 'Proposal penelitian', 'Research proposal', { appliesTo: NEW }),
    {
      ...identityCard(),
      name: bilingual(
        'KTP-el atau kartu mahasiswa / paspor peneliti',
        'ID card, student card or passport of the researcher',
      ),
    },
    stampedStatement(
      'pernyataan_mematuhi',
      'Pernyataan bermeterai mematuhi ketentuan dan menyerahkan hasil penelitian',
      'Statement over a duty stamp to follow the rules and submit the findings',
      { appliesTo: NEW_OR_RENEWAL },
    ),
    previousPermit(bilingual('SKP', 'research letter')),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    section('penelitian', 'Data penelitian', 'Research', [
      field('penelitian_judul', 'textarea', 'Judul penelitian', 'Title', { maxLength: 500 }),
      field('penelitian_lembaga', 'text', 'Perguruan tinggi / lembaga', 'University or institution', {
        maxLength: 200,
      }),
      selectField('penelitian_jenis', 'Jenis penelitian', 'Kind of research', [
        ['skripsi', 'Skripsi / tugas akhir', 'Undergraduate thesis'],
        ['tesis', 'Tesis', 'Master’s thesis'],
        ['disertasi', 'Disertasi', 'Doctoral dissertation'],
        ['lembaga', 'Penelitian lembaga', 'Institutional research'],
        ['survei', 'Survei / pengambilan data', 'Survey or data collection'],
      ]),
      field(
        'penelitian_lokasi',
        'textarea',
        'Lokasi / perangkat daerah yang dituju',
        'Places or city agencies to be visited',
        { maxLength: 1000 },
      ),
      field('penelitian_mulai', 'date', 'Tanggal mulai', 'Start date'),
      field('penelitian_selesai', 'date', 'Tanggal selesai', 'End date'),
      field('penelitian_jumlah_anggota', 'integer', 'Jumlah anggota tim', 'Team members', {
        ...optional,
        minimum: 1,
        maximum: 100,
        unit: 'orang',
      }),
    ]),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    12,
    'Berlaku selama jangka waktu penelitian yang tercantum, paling lama 1 tahun; dapat diperpanjang.',
    'Valid for the stated research period, at most 1 year; can be extended.',
  ),
  product: bilingual('Surat Keterangan Penelitian', 'Research permit letter'),
  permitNumberFormat: permitNumber('070', 'SKP'),
})

export const pub = defineService({
  code: 'PUB',
  kind: 'izin',
  sector: 'social',
  shortName: 'PUB',
  name: bilingual('Izin Pengumpulan Uang atau Barang', 'Public Fundraising Permit'),
  description: bilingual(
    'Izin bagi organisasi untuk mengumpulkan sumbangan uang atau barang dari masyarakat di wilayah Kota Bandung untuk tujuan sosial.',
    'Permit for an organisation to collect donations of money or goods from the public in Bandung for a social purpose.',
  ),
  applicationKinds: ['baru', 'perpanjangan'],
  legalBasis: [
    'Undang-Undang Nomor 9 Tahun 1961 tentang Pengumpulan Uang atau Barang',
    'Peraturan Pemerintah Nomor 29 Tahun 1980 tentang Pelaksanaan Pengumpulan Sumbangan',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(bilingual('organisasi', 'organisation')),
    deedOfEstablishment(true),
    requirement(
      'tanda_daftar_organisasi',
      'Tanda daftar organisasi sosial / lembaga kesejahteraan sosial',
      'Registration of the social organisation',
      { originalToBeShown: true },
    ),
    requirement('rencana_penggunaan', 'Rencana penggunaan hasil pengumpulan', 'Plan for using the proceeds'),
    stampedStatement(
      'pernyataan_audit',
      'Pernyataan bermeterai bersedia diaudit dan melaporkan hasil pengumpulan',
      'Statement over a duty stamp to be audited and to report the proceeds',
    ),
    requirement(
      'laporan_sebelumnya',
      'Laporan hasil pengumpulan periode sebelumnya',
      'Report of the previous collection',
      { appliesTo: ['perpanjangan'] },
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    organiserSection(),
    section('pengumpulan', 'Rencana pengumpulan', 'Collection plan', [
      field('pengumpulan_tujuan', 'textarea', 'Tujuan pengumpulan', 'Purpose of the collection', { maxLength: 1000 }),
      selectField('pengumpulan_cara', 'Cara pengumpulan', 'Method', [
        ['kotak_amal', 'Kotak sumbangan', 'Donation boxes'],
        ['kupon', 'Kupon / kartu sumbangan', 'Coupons or donation cards'],
        ['rekening', 'Transfer ke rekening bank', 'Bank transfer'],
        ['pertunjukan', 'Pertunjukan / bazar amal', 'Charity show or bazaar'],
      ]),
      field('pengumpulan_target', 'integer', 'Target pengumpulan', 'Target amount', { minimum: 1, unit: 'Rp' }),
      field('pengumpulan_mulai', 'date', 'Tanggal mulai', 'Start date'),
      field('pengumpulan_selesai', 'date', 'Tanggal selesai', 'End date'),
      field('pengumpulan_wilayah', 'textarea', 'Wilayah pengumpulan', 'Area of collection', { maxLength: 1000 }),
    ]),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: false,
  // PP 29/1980: a permit lasts at most three months.
  validity: validity(
    3,
    'Berlaku paling lama 3 bulan; hasil pengumpulan wajib dilaporkan.',
    'Valid at most 3 months; the proceeds must be reported.',
  ),
  product: bilingual('Izin Pengumpulan Uang atau Barang', 'Public Fundraising Permit'),
  permitNumberFormat: permitNumber('460', 'PUB'),
})

export const tandaDaftarLks = defineService({
  code: 'TD-LKS',
  kind: 'non_izin',
  sector: 'social',
  name: bilingual('Tanda Daftar Lembaga Kesejahteraan Sosial', 'Social Welfare Institution Registration'),
  description: bilingual(
    'Pendaftaran yayasan atau organisasi yang menyelenggarakan kesejahteraan sosial, seperti panti asuhan, panti werda atau rumah singgah.',
    'Registration of a foundation or organisation that provides social welfare services, such as an orphanage, elderly home or shelter.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [
    'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial',
    'Peraturan Menteri Sosial Nomor 184 Tahun 2011 tentang Lembaga Kesejahteraan Sosial',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    deedOfEstablishment(true),
    requirement('susunan_pengurus', 'Susunan pengurus dan program kerja', 'Board members and work programme', {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    }),
    premisesProof(bilingual('kantor / panti', 'office or home')),
    requirement('data_penerima_manfaat', 'Data penerima manfaat / klien', 'Beneficiaries or clients', {
      mandatory: false,
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    }),
    previousPermit(bilingual('Tanda daftar', 'registration')),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    organiserSection([
      selectField('penyelenggara_bentuk', 'Bentuk lembaga', 'Form of organisation', [
        ['yayasan', 'Yayasan', 'Foundation'],
        ['perkumpulan', 'Perkumpulan', 'Association'],
        ['ormas', 'Organisasi kemasyarakatan', 'Community organisation'],
      ]),
    ]),
    section('lks', 'Pelayanan kesejahteraan sosial', 'Welfare services', [
      selectField('lks_sasaran', 'Sasaran pelayanan', 'People served', [
        ['anak', 'Anak', 'Children'],
        ['lanjut_usia', 'Lanjut usia', 'Older people'],
        ['disabilitas', 'Penyandang disabilitas', 'People with disabilities'],
        ['fakir_miskin', 'Fakir miskin', 'People in poverty'],
        ['rehabilitasi', 'Rehabilitasi sosial', 'Social rehabilitation'],
      ]),
      field('lks_jumlah_pengurus', 'integer', 'Jumlah pengurus', 'Board members', {
        minimum: 1,
        maximum: 200,
        unit: 'orang',
      }),
      field('lks_jumlah_penerima', 'integer', 'Jumlah penerima manfaat', 'Beneficiaries', {
        minimum: 0,
        maximum: 100000,
        unit: 'orang',
      }),
    ]),
    locationSection('lokasi_lks', bilingual('lembaga', 'institution')),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: false,
  validity: validity(36, 'Berlaku 3 tahun dan dapat diperpanjang.', 'Valid 3 years; renewable.'),
  product: bilingual('Tanda Daftar Lembaga Kesejahteraan Sosial', 'Social Welfare Institution Registration'),
  permitNumberFormat: permitNumber('460', 'LKS'),
})

export const educationResearchAndSocialServices: ServiceDefinition[] = [
  izinPaud,
  izinSekolah,
  izinLkp,
  skp,
  pub,
  tandaDaftarLks,
]
