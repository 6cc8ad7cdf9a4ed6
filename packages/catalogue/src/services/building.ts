import type { ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  businessSection,
  field,
  floorAreaField,
  locationSection,
  section,
  selectField,
} from '../form-fields.ts'
import {
  NEW,
  NEW_OR_CHANGE,
  NEW_OR_RENEWAL,
  NEW_RENEWAL_OR_CHANGE,
  applicationLetter,
  changeEvidence,
  closureStatement,
  deedOfEstablishment,
  environmentalDocument,
  identityCard,
  landTaxReceipt,
  locationSketch,
  lossReport,
  neighbourConsent,
  passPhoto,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  stampedStatement,
  taxNumber,
} from '../requirements.ts'

const BUILDING_LAW = [
  'Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung',
  'Peraturan Pemerintah Nomor 36 Tahun 2005 tentang Peraturan Pelaksanaan UU Nomor 28 Tahun 2002 tentang Bangunan Gedung',
]
const BANDUNG_BUILDING_BYLAW = 'Peraturan Daerah Kota Bandung Nomor 05 Tahun 2010 tentang Bangunan Gedung'

// The five building functions of UU 28/2002 art. 5, plus mixed use.
const buildingFunctionField = () =>
  selectField('bangunan_fungsi', 'Fungsi bangunan', 'Building function', [
    ['hunian', 'Hunian', 'Residential'],
    ['keagamaan', 'Keagamaan', 'Religious'],
    ['usaha', 'Usaha', 'Business'],
    ['sosial_budaya', 'Sosial dan budaya', 'Social and cultural'],
    ['khusus', 'Khusus', 'Special'],
    ['campuran', 'Campuran', 'Mixed use'],
  ])

const landTitle = () =>
  premisesProof(
    bilingual('tanah (sertifikat atau bukti hak lain)', 'land (certificate of title or other proof of right)'),
  )

export const imb = defineService({
  code: 'IMB',
  kind: 'izin',
  sector: 'building',
  shortName: 'IMB',
  name: bilingual('Izin Mendirikan Bangunan', 'Building Permit'),
  description: bilingual(
    'Izin untuk membangun baru, mengubah, memperluas atau merenovasi bangunan gedung sesuai rencana tata ruang dan persyaratan teknis. Sejak PP 16/2021 disebut Persetujuan Bangunan Gedung (PBG).',
    'Permit to build, alter, extend or renovate a building in line with the spatial plan and technical standards. Since PP 16/2021 called the building approval (Persetujuan Bangunan Gedung, PBG).',
  ),
  applicationKinds: ['baru', 'perubahan', 'penggantian'],
  legalBasis: [
    ...BUILDING_LAW,
    'Peraturan Menteri Pekerjaan Umum Nomor 24/PRT/M/2007 tentang Pedoman Teknis Izin Mendirikan Bangunan Gedung',
    BANDUNG_BUILDING_BYLAW,
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    landTitle(),
    landTaxReceipt(),
    requirement('krk', 'Keterangan Rencana Kota (KRK) asli', 'Original City Planning Information (KRK)', {
      appliesTo: NEW_OR_CHANGE,
      originalToBeShown: true,
    }),
    neighbourConsent(),
    stampedStatement(
      'pernyataan_tanah',
      'Pernyataan bermeterai bahwa tanah tidak dalam sengketa',
      'Statement over a duty stamp that the land is not in dispute',
      { appliesTo: NEW_OR_CHANGE },
    ),
    requirement(
      'gambar_arsitektur',
      'Gambar situasi, denah, tampak, potongan dan detail bangunan',
      'Site plan, floor plans, elevations, sections and details',
      {
        appliesTo: NEW_OR_CHANGE,
        maxSizeKb: 10240,
      },
    ),
    requirement(
      'perhitungan_struktur',
      'Gambar dan perhitungan struktur yang ditandatangani ahli bersertifikat',
      'Structural drawings and calculations signed by a certified engineer',
      {
        mandatory: false,
        appliesTo: NEW_OR_CHANGE,
        maxSizeKb: 10240,
        description: bilingual(
          'Wajib untuk bangunan lebih dari dua lantai atau bentang lebar.',
          'Required for buildings over two storeys or with wide spans.',
        ),
      },
    ),
    requirement(
      'penyelidikan_tanah',
      'Hasil penyelidikan tanah (sondir)',
      'Soil investigation (cone penetration test) report',
      {
        mandatory: false,
        appliesTo: NEW,
        description: bilingual('Untuk bangunan bertingkat tinggi.', 'For high-rise buildings.'),
      },
    ),
    { ...environmentalDocument(), mandatory: false },
    previousPermit(bilingual('IMB', 'building permit')),
    changeEvidence(),
    lossReport(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    section('bangunan', 'Data bangunan', 'Building', [
      field('bangunan_nama', 'text', 'Nama / penggunaan bangunan', 'Name or use of the building', { maxLength: 200 }),
      buildingFunctionField(),
      floorAreaField('bangunan_luas_lantai', 'Luas total lantai bangunan', 'Total floor area'),
      field('bangunan_jumlah_lantai', 'integer', 'Jumlah lantai', 'Number of storeys', { minimum: 1, maximum: 80 }),
      floorAreaField('bangunan_luas_tanah', 'Luas tanah', 'Plot area'),
      field('bangunan_nomor_sertifikat', 'text', 'Nomor sertifikat tanah', 'Land title number', { maxLength: 80 }),
      field('bangunan_nomor_krk', 'text', 'Nomor KRK', 'KRK number', { maxLength: 80 }),
    ]),
    locationSection('lokasi_bangunan', bilingual('bangunan', 'building')),
  ],
  slaDays: 14,
  budget: { admin: 2, technical: 7, decision: 3, signing: 2 },
  deemedApproval: false,
  // A flat rate per m² simplifies the Perda formula (floor area × integrated index × unit price).
  fee: { kind: 'per_unit', field: 'bangunan_luas_lantai', ratePerUnit: 10_000, baseAmount: 0, minimum: 100_000 },
  feeLegalBasis:
    'UU Nomor 28 Tahun 2009 tentang Pajak Daerah dan Retribusi Daerah Pasal 141 huruf a; Perda Kota Bandung Nomor 24 Tahun 1998 tentang Retribusi Izin Mendirikan Bangunan sebagaimana telah diubah',
  validity: validity(
    null,
    'Berlaku selama bangunan tidak diubah; pembangunan wajib dimulai paling lambat 6 bulan sejak izin terbit.',
    'Valid while the building is not altered; construction must start within 6 months of issue.',
  ),
  product: bilingual(
    'Surat Keputusan Izin Mendirikan Bangunan beserta lampiran gambar yang disahkan',
    'Building permit decree with the approved drawings',
  ),
  // What the building permit permits: the building, where, how large, on which land title.
  permitFields: [
    'bangunan_nama',
    'bangunan_fungsi',
    'bangunan_luas_lantai',
    'bangunan_jumlah_lantai',
    'bangunan_luas_tanah',
    'bangunan_nomor_sertifikat',
    'lokasi_bangunan_alamat',
    'lokasi_bangunan_kelurahan',
    'lokasi_bangunan_kecamatan',
  ],
  permitNumberFormat: permitNumber('640', 'IMB'),
  returnLimitDays: 30,
})

export const krk = defineService({
  code: 'KRK',
  kind: 'non_izin',
  sector: 'building',
  shortName: 'KRK',
  name: bilingual('Keterangan Rencana Kota', 'City Planning Information Statement'),
  description: bilingual(
    'Keterangan tentang peruntukan lahan, garis sempadan, KDB, KLB dan ketinggian bangunan yang berlaku pada suatu persil, sebagai dasar pengajuan IMB.',
    'Statement of the zoning, setbacks, coverage and floor-area ratios and height limits that apply to a plot, needed before applying for a building permit.',
  ),
  applicationKinds: ['baru', 'perubahan'],
  legalBasis: [
    'Undang-Undang Nomor 26 Tahun 2007 tentang Penataan Ruang',
    ...BUILDING_LAW,
    'Peraturan Daerah Kota Bandung Nomor 18 Tahun 2011 tentang Rencana Tata Ruang Wilayah Kota Bandung Tahun 2011–2031',
    'Peraturan Daerah Kota Bandung Nomor 10 Tahun 2015 tentang Rencana Detail Tata Ruang dan Peraturan Zonasi Kota Bandung Tahun 2015–2035',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    landTitle(),
    landTaxReceipt(),
    locationSketch(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    section('rencana', 'Rencana pemanfaatan lahan', 'Intended use of the plot', [
      buildingFunctionField(),
      floorAreaField('rencana_luas_tanah', 'Luas tanah', 'Plot area'),
      field('rencana_nomor_sertifikat', 'text', 'Nomor sertifikat tanah', 'Land title number', { maxLength: 80 }),
      field('rencana_jumlah_lantai', 'integer', 'Rencana jumlah lantai', 'Planned number of storeys', {
        minimum: 1,
        maximum: 80,
      }),
    ]),
    locationSection('lokasi_persil', bilingual('persil', 'plot')),
  ],
  slaDays: 5,
  budget: { admin: 1, technical: 2, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    12,
    'Berlaku 1 tahun atau sampai rencana tata ruang berubah.',
    'Valid 1 year or until the spatial plan changes.',
  ),
  product: bilingual(
    'Keterangan Rencana Kota (KRK) dengan lampiran peta persil',
    'City Planning Information (KRK) with a plot map',
  ),
  permitNumberFormat: permitNumber('650', 'KRK'),
})

export const siujk = defineService({
  code: 'SIUJK',
  kind: 'izin',
  sector: 'building',
  shortName: 'SIUJK',
  name: bilingual('Izin Usaha Jasa Konstruksi', 'Construction Services Business Licence'),
  description: bilingual(
    'Izin bagi badan usaha yang berkedudukan di Kota Bandung untuk menjalankan usaha perencanaan, pelaksanaan atau pengawasan konstruksi.',
    'Licence for Bandung-based firms to provide construction design, contracting or supervision services.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'penggantian', 'pencabutan'],
  legalBasis: [
    'Undang-Undang Nomor 2 Tahun 2017 tentang Jasa Konstruksi',
    'Peraturan Menteri Pekerjaan Umum Nomor 04/PRT/M/2011 tentang Pedoman Persyaratan Pemberian Izin Usaha Jasa Konstruksi Nasional sebagaimana telah diubah',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(true),
    requirement(
      'sbu',
      'Sertifikat Badan Usaha (SBU) dari LPJK yang masih berlaku',
      'Valid business entity certificate (SBU) from the construction board (LPJK)',
      {
        appliesTo: NEW_RENEWAL_OR_CHANGE,
        originalToBeShown: true,
      },
    ),
    requirement(
      'ska_skt',
      'Sertifikat keahlian / keterampilan (SKA/SKT) penanggung jawab teknik',
      'Expertise or skills certificate (SKA/SKT) of the technical manager',
      {
        appliesTo: NEW_RENEWAL_OR_CHANGE,
      },
    ),
    premisesProof(bilingual('kantor', 'office')),
    passPhoto('3x4'),
    previousPermit(bilingual('SIUJK', 'SIUJK')),
    changeEvidence(),
    lossReport(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ capital: true, employees: true }),
    section('konstruksi', 'Usaha jasa konstruksi', 'Construction business', [
      selectField('konstruksi_jenis', 'Jenis usaha', 'Type of service', [
        ['perencana', 'Perencana konstruksi', 'Construction design'],
        ['pelaksana', 'Pelaksana konstruksi', 'Contracting'],
        ['pengawas', 'Pengawas konstruksi', 'Construction supervision'],
      ]),
      selectField('konstruksi_kualifikasi', 'Kualifikasi usaha', 'Business qualification', [
        ['kecil', 'Kecil', 'Small'],
        ['menengah', 'Menengah', 'Medium'],
        ['besar', 'Besar', 'Large'],
      ]),
      field('konstruksi_nomor_sbu', 'text', 'Nomor SBU', 'SBU number', { maxLength: 80 }),
      field('konstruksi_penanggung_jawab', 'text', 'Nama penanggung jawab teknik', 'Technical manager', {
        maxLength: 150,
      }),
      field(
        'konstruksi_nomor_ska',
        'text',
        'Nomor SKA/SKT penanggung jawab teknik',
        'SKA/SKT number of the technical manager',
        { maxLength: 80 },
      ),
    ]),
    locationSection('kantor', bilingual('kantor', 'office')),
  ],
  slaDays: 5,
  budget: { admin: 2, decision: 2, signing: 1 },
  deemedApproval: true,
  validity: validity(36, 'Berlaku 3 tahun dan dapat diperpanjang.', 'Valid 3 years; renewable.'),
  product: bilingual('Izin Usaha Jasa Konstruksi (IUJK)', 'Construction Services Business Licence (IUJK)'),
  permitNumberFormat: permitNumber('503', 'SIUJK'),
})

export const slf = defineService({
  code: 'SLF',
  kind: 'non_izin',
  sector: 'building',
  shortName: 'SLF',
  name: bilingual('Sertifikat Laik Fungsi Bangunan Gedung', 'Certificate of Building Fitness for Use'),
  description: bilingual(
    'Sertifikat bahwa bangunan gedung yang selesai dibangun memenuhi persyaratan keselamatan, kesehatan, kenyamanan dan kemudahan sebelum dimanfaatkan.',
    'Certificate that a completed building meets safety, health, comfort and accessibility standards before it is used.',
  ),
  applicationKinds: ['baru', 'perpanjangan'],
  legalBasis: [
    ...BUILDING_LAW,
    'Peraturan Menteri Pekerjaan Umum Nomor 25/PRT/M/2007 tentang Pedoman Sertifikat Laik Fungsi Bangunan Gedung',
    BANDUNG_BUILDING_BYLAW,
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    requirement('imb', 'Izin Mendirikan Bangunan (IMB)', 'Building permit (IMB)', { originalToBeShown: true }),
    requirement('gambar_terbangun', 'Gambar terbangun (as built drawings)', 'As-built drawings', {
      appliesTo: NEW,
      maxSizeKb: 10240,
    }),
    requirement(
      'laporan_kelaikan',
      'Laporan pemeriksaan kelaikan fungsi oleh pengkaji teknis bersertifikat',
      'Fitness-for-use inspection report by a certified assessor',
      {
        appliesTo: NEW_OR_RENEWAL,
        maxSizeKb: 10240,
      },
    ),
    stampedStatement(
      'pernyataan_kelaikan',
      'Surat pernyataan kelaikan fungsi bangunan bermeterai',
      'Statement of fitness for use over a duty stamp',
      { appliesTo: NEW_OR_RENEWAL },
    ),
    previousPermit(bilingual('SLF', 'SLF')),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    section('bangunan', 'Data bangunan', 'Building', [
      field('bangunan_nama', 'text', 'Nama bangunan', 'Building name', { maxLength: 200 }),
      buildingFunctionField(),
      field('bangunan_nomor_imb', 'text', 'Nomor IMB', 'Building permit number', { maxLength: 80 }),
      floorAreaField('bangunan_luas_lantai', 'Luas total lantai', 'Total floor area'),
      field('bangunan_jumlah_lantai', 'integer', 'Jumlah lantai', 'Number of storeys', { minimum: 1, maximum: 80 }),
    ]),
    locationSection('lokasi_bangunan', bilingual('bangunan', 'building')),
  ],
  slaDays: 14,
  budget: { admin: 2, technical: 8, decision: 2, signing: 2 },
  deemedApproval: false,
  validity: validity(
    60,
    'Berlaku 5 tahun untuk bangunan gedung umum (20 tahun untuk rumah tinggal) dan wajib diperpanjang.',
    'Valid 5 years for public buildings (20 years for houses); must be renewed.',
  ),
  product: bilingual('Sertifikat Laik Fungsi (SLF)', 'Certificate of Fitness for Use (SLF)'),
  permitNumberFormat: permitNumber('640', 'SLF'),
})

export const buildingServices: ServiceDefinition[] = [imb, krk, siujk, slf]
