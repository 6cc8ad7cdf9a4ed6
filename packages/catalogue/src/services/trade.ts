import type { ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  businessSection,
  capitalField,
  field,
  floorAreaField,
  locationSection,
  optional,
  section,
  selectField,
} from '../form-fields.ts'
import {
  ALL_KINDS,
  NEW,
  NEW_OR_CHANGE,
  NEW_RENEWAL_OR_CHANGE,
  applicationLetter,
  changeEvidence,
  closureStatement,
  deedOfEstablishment,
  identityCard,
  lossReport,
  passPhoto,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  stampedStatement,
  taxNumber,
} from '../requirements.ts'

const premises = bilingual('tempat usaha', 'business premises')

export const siup = defineService({
  code: 'SIUP',
  kind: 'izin',
  sector: 'trade',
  shortName: 'SIUP',
  name: bilingual('Surat Izin Usaha Perdagangan', 'Trading Business Licence'),
  description: bilingual(
    'Izin untuk menjalankan usaha perdagangan barang dan/atau jasa, diterbitkan sebagai SIUP Kecil, Menengah atau Besar menurut kekayaan bersih perusahaan.',
    'Licence to run a trading business in goods or services, issued as a small, medium or large SIUP according to the net assets of the business.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: [
    'Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan',
    'Peraturan Menteri Perdagangan Nomor 36/M-DAG/PER/9/2007 tentang Penerbitan Surat Izin Usaha Perdagangan sebagaimana telah diubah terakhir dengan Peraturan Menteri Perdagangan Nomor 07/M-DAG/PER/2/2017',
    'Peraturan Wali Kota Bandung Nomor 265 Tahun 2016 (penyederhanaan persyaratan usaha mikro dan kecil)',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    premisesProof(premises),
    stampedStatement(
      'pernyataan_kekayaan',
      'Neraca awal atau surat pernyataan kekayaan bersih bermeterai',
      'Opening balance sheet or statement of net assets over a duty stamp',
      {
        appliesTo: NEW_RENEWAL_OR_CHANGE,
      },
    ),
    passPhoto('3x4'),
    previousPermit(bilingual('SIUP', 'SIUP')),
    changeEvidence(),
    lossReport(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({
      capital: true,
      employees: true,
      extra: [
        selectField('usaha_kelembagaan', 'Kelembagaan perdagangan', 'Position in the trade chain', [
          ['pengecer', 'Pengecer', 'Retailer'],
          ['distributor', 'Distributor / sub-distributor', 'Distributor or sub-distributor'],
          ['agen', 'Agen', 'Agent'],
          ['eksportir', 'Eksportir', 'Exporter'],
          ['importir', 'Importir', 'Importer'],
          ['jasa', 'Penyedia jasa', 'Service provider'],
        ]),
        field('usaha_barang_jasa', 'textarea', 'Barang / jasa dagangan utama', 'Main goods or services traded', {
          maxLength: 500,
        }),
      ],
    }),
    locationSection('tempat_usaha', premises),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: true,
  validity: validity(
    null,
    'Berlaku selama perusahaan menjalankan usaha; wajib daftar ulang setiap 5 tahun.',
    'Valid while the business operates; must be re-registered every 5 years.',
  ),
  product: bilingual(
    'Surat Izin Usaha Perdagangan (Kecil, Menengah atau Besar) bertanda tangan elektronik',
    'Electronically signed Trading Business Licence (small, medium or large)',
  ),
  permitNumberFormat: permitNumber('510', 'SIUP'),
})

export const tdp = defineService({
  code: 'TDP',
  kind: 'non_izin',
  sector: 'trade',
  shortName: 'TDP',
  name: bilingual('Tanda Daftar Perusahaan', 'Company Registration Certificate'),
  description: bilingual(
    'Bukti bahwa perusahaan telah didaftarkan dalam Daftar Perusahaan sesuai kewajiban wajib daftar perusahaan.',
    'Proof that the company is entered in the Company Register, as the company registration law requires.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: [
    'Undang-Undang Nomor 3 Tahun 1982 tentang Wajib Daftar Perusahaan',
    'Peraturan Menteri Perdagangan Nomor 37/M-DAG/PER/9/2007 tentang Penyelenggaraan Pendaftaran Perusahaan sebagaimana telah diubah',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(true),
    requirement('siup', 'SIUP atau izin usaha teknis lainnya', 'SIUP or another sector business licence', {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    }),
    premisesProof(premises),
    previousPermit(bilingual('TDP', 'TDP')),
    changeEvidence(),
    lossReport(),
    stampedStatement(
      'pernyataan_pembubaran',
      'Akta pembubaran atau pernyataan penghentian perusahaan',
      'Deed of dissolution or statement that the company has stopped',
      {
        appliesTo: ['pencabutan'],
      },
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({
      capital: true,
      employees: true,
      extra: [
        selectField('usaha_status_kantor', 'Status kantor', 'Office status', [
          ['tunggal', 'Kantor tunggal', 'Single office'],
          ['pusat', 'Kantor pusat', 'Head office'],
          ['cabang', 'Kantor cabang', 'Branch office'],
          ['perwakilan', 'Kantor perwakilan', 'Representative office'],
        ]),
        field('usaha_nomor_siup', 'text', 'Nomor SIUP / izin usaha', 'Number of the SIUP or business licence', {
          ...optional,
          maxLength: 80,
        }),
      ],
    }),
    locationSection('tempat_usaha', premises),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    60,
    'Berlaku 5 tahun; diperbarui paling lambat 3 bulan sebelum masa berlakunya berakhir.',
    'Valid 5 years; renew no later than 3 months before it expires.',
  ),
  product: bilingual('Tanda Daftar Perusahaan (TDP)', 'Company Registration Certificate (TDP)'),
  permitNumberFormat: permitNumber('503', 'TDP'),
})

export const stpw = defineService({
  code: 'STPW',
  kind: 'non_izin',
  sector: 'trade',
  shortName: 'STPW',
  name: bilingual('Surat Tanda Pendaftaran Waralaba', 'Franchise Registration Certificate'),
  description: bilingual(
    'Pendaftaran penerima waralaba dan penerima waralaba lanjutan yang menjalankan gerai di Kota Bandung.',
    'Registration of franchisees and sub-franchisees running outlets in the City of Bandung.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'penggantian', 'pencabutan'],
  legalBasis: [
    'Peraturan Pemerintah Nomor 42 Tahun 2007 tentang Waralaba',
    'Peraturan Menteri Perdagangan Nomor 53/M-DAG/PER/8/2012 tentang Penyelenggaraan Waralaba sebagaimana telah diubah dengan Peraturan Menteri Perdagangan Nomor 57/M-DAG/PER/9/2014',
    'Peraturan Daerah Kota Bandung Nomor 10 Tahun 2013',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    requirement('perjanjian_waralaba', 'Perjanjian waralaba yang masih berlaku', 'Franchise agreement in force', {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
      originalToBeShown: true,
    }),
    requirement('prospektus', 'Prospektus penawaran waralaba', 'Franchise offering prospectus', { appliesTo: NEW }),
    requirement(
      'stpw_pemberi',
      'STPW pemberi waralaba dari Kementerian Perdagangan',
      'Franchisor’s registration certificate from the Ministry of Trade',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    requirement('siup', 'SIUP penerima waralaba', 'SIUP of the franchisee', { appliesTo: NEW_OR_CHANGE }),
    previousPermit(bilingual('STPW', 'STPW')),
    lossReport(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('waralaba', 'Data waralaba', 'Franchise', [
      field('waralaba_merek', 'text', 'Merek / nama waralaba', 'Franchise brand', { maxLength: 150 }),
      field('waralaba_pemberi', 'text', 'Nama pemberi waralaba', 'Franchisor', { maxLength: 200 }),
      selectField('waralaba_jenis', 'Jenis pendaftaran', 'Registration type', [
        [
          'penerima_dalam_negeri',
          'Penerima waralaba dari pemberi waralaba dalam negeri',
          'Franchisee of a domestic franchisor',
        ],
        ['penerima_lanjutan_dalam_negeri', 'Penerima waralaba lanjutan (dalam negeri)', 'Sub-franchisee (domestic)'],
        ['penerima_lanjutan_luar_negeri', 'Penerima waralaba lanjutan (luar negeri)', 'Sub-franchisee (foreign)'],
      ]),
      field('waralaba_tanggal_perjanjian', 'date', 'Tanggal perjanjian waralaba', 'Date of the franchise agreement'),
      field('waralaba_perjanjian_berakhir', 'date', 'Tanggal berakhirnya perjanjian', 'End date of the agreement'),
      field('waralaba_jumlah_gerai', 'integer', 'Jumlah gerai di Kota Bandung', 'Number of outlets in Bandung', {
        minimum: 1,
        maximum: 1000,
        unit: 'gerai',
      }),
    ]),
    locationSection('gerai', bilingual('gerai', 'outlet')),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    60,
    'Berlaku 5 tahun dan gugur bila perjanjian waralaba berakhir.',
    'Valid 5 years, and void when the franchise agreement ends.',
  ),
  product: bilingual('Surat Tanda Pendaftaran Waralaba (STPW)', 'Franchise Registration Certificate (STPW)'),
  permitNumberFormat: permitNumber('510', 'STPW'),
})

export const iumk = defineService({
  code: 'IUMK',
  kind: 'izin',
  sector: 'trade',
  shortName: 'IUMK',
  name: bilingual('Izin Usaha Mikro dan Kecil', 'Micro and Small Business Licence'),
  description: bilingual(
    'Izin sederhana satu lembar bagi usaha mikro dan kecil, sebagai dasar legalitas untuk akses pembiayaan dan pendampingan.',
    'A simple one-page licence for micro and small businesses that gives them legal standing for financing and support.',
  ),
  applicationKinds: ['baru', 'perubahan', 'penggantian', 'pencabutan'],
  legalBasis: [
    'Undang-Undang Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah',
    'Peraturan Presiden Nomor 98 Tahun 2014 tentang Perizinan untuk Usaha Mikro dan Kecil',
    'Peraturan Menteri Dalam Negeri Nomor 83 Tahun 2014 tentang Pedoman Pemberian Izin Usaha Mikro dan Kecil',
    'Peraturan Wali Kota Bandung Nomor 265 Tahun 2016 (penyederhanaan persyaratan usaha mikro dan kecil)',
  ],
  // Perpres 98/2014 keeps the requirements to identity, family card, an RT/RW letter and photos.
  requirements: [
    identityCard(),
    requirement('kartu_keluarga', 'Kartu Keluarga', 'Family card (Kartu Keluarga)', { appliesTo: NEW_OR_CHANGE }),
    requirement(
      'pengantar_rt_rw',
      'Surat pengantar RT/RW tentang lokasi usaha',
      'Letter from the RT/RW heads on the business location',
      { appliesTo: NEW_OR_CHANGE },
    ),
    passPhoto('4x6'),
    previousPermit(bilingual('IUMK', 'IUMK')),
    lossReport(),
    closureStatement(),
  ],
  sections: [
    applicantSection(),
    section('usaha', 'Data usaha', 'Business', [
      field('usaha_nama', 'text', 'Nama usaha', 'Business name', { maxLength: 200 }),
      field('usaha_kegiatan', 'textarea', 'Kegiatan usaha', 'Business activity', { maxLength: 500 }),
      field('usaha_sarana', 'text', 'Sarana usaha yang digunakan', 'Equipment or facilities used', {
        ...optional,
        maxLength: 200,
      }),
      capitalField('usaha_modal', 'Modal usaha', 'Business capital'),
      field('usaha_npwp', 'npwp', 'NPWP', 'Tax number (NPWP)', optional),
    ]),
    locationSection('tempat_usaha', premises),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: true,
  validity: validity(
    null,
    'Berlaku selama usaha mikro atau kecil masih berjalan.',
    'Valid while the micro or small business operates.',
  ),
  product: bilingual('Naskah Izin Usaha Mikro dan Kecil (satu lembar)', 'One-page Micro and Small Business Licence'),
  permitNumberFormat: permitNumber('503', 'IUMK'),
})

export const tdg = defineService({
  code: 'TDG',
  kind: 'non_izin',
  sector: 'trade',
  shortName: 'TDG',
  name: bilingual('Tanda Daftar Gudang', 'Warehouse Registration Certificate'),
  description: bilingual(
    'Pendaftaran gudang yang digunakan untuk menyimpan barang dagangan, sebagai sarana pengawasan distribusi dan stok barang.',
    'Registration of a warehouse used to store goods for trade, so that distribution and stocks can be supervised.',
  ),
  applicationKinds: ['baru', 'perubahan', 'penggantian', 'pencabutan'],
  legalBasis: [
    'Peraturan Menteri Perdagangan Nomor 90/M-DAG/PER/12/2014 tentang Penataan dan Pembinaan Gudang sebagaimana telah diubah dengan Peraturan Menteri Perdagangan Nomor 16/M-DAG/PER/3/2016',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    premisesProof(bilingual('gudang', 'warehouse')),
    requirement('imb_gudang', 'IMB gudang', 'Building permit (IMB) of the warehouse', { appliesTo: NEW_OR_CHANGE }),
    requirement('denah_gudang', 'Denah dan foto gudang', 'Floor plan and photographs of the warehouse', {
      appliesTo: NEW_OR_CHANGE,
      maxSizeKb: 5120,
    }),
    previousPermit(bilingual('TDG', 'TDG')),
    lossReport(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ kbli: false }),
    section('gudang', 'Data gudang', 'Warehouse', [
      floorAreaField('gudang_luas', 'Luas gudang', 'Warehouse floor area', { minimum: 36 }),
      field('gudang_kapasitas', 'decimal', 'Kapasitas gudang', 'Warehouse capacity', { minimum: 1, unit: 'm³' }),
      selectField('gudang_klasifikasi', 'Klasifikasi gudang', 'Warehouse type', [
        ['tertutup', 'Gudang tertutup', 'Closed warehouse'],
        ['terbuka', 'Gudang terbuka', 'Open yard'],
        ['pendingin', 'Gudang dengan pendingin', 'Cold storage'],
      ]),
      field('gudang_jenis_barang', 'textarea', 'Jenis barang yang disimpan', 'Goods stored', { maxLength: 500 }),
    ]),
    locationSection('lokasi_gudang', bilingual('gudang', 'warehouse')),
  ],
  slaDays: 5,
  budget: { admin: 1, technical: 2, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    null,
    'Berlaku selama gudang digunakan untuk menyimpan barang dagangan.',
    'Valid while the warehouse is used to store goods for trade.',
  ),
  product: bilingual('Tanda Daftar Gudang (TDG)', 'Warehouse Registration Certificate (TDG)'),
  permitNumberFormat: permitNumber('510', 'TDG'),
})

export const tradeServices: ServiceDefinition[] = [siup, tdp, stpw, iumk, tdg]
