import type { ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  businessSection,
  capitalField,
  employeesField,
  field,
  floorAreaField,
  locationSection,
  section,
  selectField,
} from '../form-fields.ts'
import {
  ALL_KINDS,
  NEW_OR_CHANGE,
  applicationLetter,
  buildingPermitCopy,
  businessPlan,
  changeEvidence,
  closureStatement,
  deedOfEstablishment,
  environmentalDocument,
  identityCard,
  landTaxReceipt,
  locationSketch,
  lossReport,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  taxNumber,
} from '../requirements.ts'

const INDUSTRY_RULES = [
  'Undang-Undang Nomor 3 Tahun 2014 tentang Perindustrian',
  'Peraturan Pemerintah Nomor 107 Tahun 2015 tentang Izin Usaha Industri',
  'Peraturan Menteri Perindustrian Nomor 64/M-IND/PER/7/2016 tentang Besaran Jumlah Tenaga Kerja dan Nilai Investasi untuk Klasifikasi Usaha Industri',
]
const INVESTMENT_LAW = 'Undang-Undang Nomor 25 Tahun 2007 tentang Penanaman Modal'
const INDUSTRY_VALIDITY = validity(
  null,
  'Berlaku selama perusahaan menjalankan usaha industri.',
  'Valid while the company runs the industrial business.',
)

export const iui = defineService({
  code: 'IUI',
  kind: 'izin',
  sector: 'industry',
  shortName: 'IUI',
  name: bilingual('Izin Usaha Industri', 'Industrial Business Licence'),
  description: bilingual(
    'Izin untuk melakukan kegiatan usaha industri kecil, menengah atau besar di luar kawasan industri, menurut jumlah tenaga kerja dan nilai investasi.',
    'Licence to run a small, medium or large manufacturing business outside an industrial estate, classified by workforce and investment.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: INDUSTRY_RULES,
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    premisesProof(bilingual('lokasi pabrik', 'factory site')),
    buildingPermitCopy(),
    environmentalDocument(),
    previousPermit(bilingual('IUI', 'IUI')),
    changeEvidence(),
    lossReport(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ employees: true }),
    section('industri', 'Data industri', 'Manufacturing', [
      // Permenperin 64/2016: small = under 20 workers and under Rp1 billion invested; large = 100+ workers or Rp15
      // billion+.
      selectField('industri_klasifikasi', 'Klasifikasi industri', 'Size class', [
        ['kecil', 'Industri kecil', 'Small industry'],
        ['menengah', 'Industri menengah', 'Medium industry'],
        ['besar', 'Industri besar', 'Large industry'],
      ]),
      field('industri_komoditi', 'textarea', 'Komoditi / jenis produk', 'Products', { maxLength: 1000 }),
      field('industri_kapasitas', 'text', 'Kapasitas produksi per tahun', 'Annual production capacity', {
        maxLength: 150,
      }),
      capitalField(
        'industri_nilai_investasi',
        'Nilai investasi (di luar tanah dan bangunan)',
        'Investment (excluding land and buildings)',
      ),
    ]),
    locationSection('lokasi_pabrik', bilingual('pabrik', 'factory')),
  ],
  slaDays: 5,
  budget: { admin: 1, technical: 2, decision: 1, signing: 1 },
  deemedApproval: true,
  validity: INDUSTRY_VALIDITY,
  product: bilingual('Izin Usaha Industri (IUI)', 'Industrial Business Licence (IUI)'),
  permitNumberFormat: permitNumber('530', 'IUI'),
})

export const ipui = defineService({
  code: 'IPUI',
  kind: 'izin',
  sector: 'industry',
  shortName: 'IPUI',
  name: bilingual('Izin Perluasan Usaha Industri', 'Industrial Expansion Permit'),
  description: bilingual(
    'Izin bagi pemegang IUI yang menambah kapasitas produksi melebihi kapasitas yang diizinkan.',
    'Permit for an IUI holder who raises production capacity beyond what the licence allows.',
  ),
  applicationKinds: ['baru', 'perubahan'],
  legalBasis: INDUSTRY_RULES,
  requirements: [
    applicationLetter(),
    identityCard(),
    requirement('iui', 'Izin Usaha Industri (IUI) yang dimiliki', 'Current industrial business licence (IUI)', {
      originalToBeShown: true,
    }),
    environmentalDocument(),
    buildingPermitCopy(),
    requirement(
      'rencana_perluasan',
      'Rencana perluasan (tambahan mesin, kapasitas dan investasi)',
      'Expansion plan (additional machinery, capacity and investment)',
      { appliesTo: NEW_OR_CHANGE },
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('perluasan', 'Rencana perluasan', 'Expansion', [
      field('perluasan_nomor_iui', 'text', 'Nomor IUI', 'IUI number', { maxLength: 80 }),
      field('perluasan_kapasitas_sekarang', 'text', 'Kapasitas terpasang saat ini', 'Current installed capacity', {
        maxLength: 150,
      }),
      field('perluasan_kapasitas_baru', 'text', 'Kapasitas setelah perluasan', 'Capacity after expansion', {
        maxLength: 150,
      }),
      capitalField('perluasan_investasi_tambahan', 'Nilai investasi tambahan', 'Additional investment'),
      employeesField('perluasan_tambahan_tenaga_kerja'),
    ]),
    locationSection('lokasi_pabrik', bilingual('pabrik', 'factory')),
  ],
  slaDays: 5,
  budget: { admin: 1, technical: 2, decision: 1, signing: 1 },
  deemedApproval: true,
  validity: INDUSTRY_VALIDITY,
  product: bilingual('Izin Perluasan Usaha Industri', 'Industrial Expansion Permit'),
  permitNumberFormat: permitNumber('530', 'IPUI'),
})

// The NIB is issued by the national OSS system; the office helps the applicant register and hands it over
// (MILEA programme, 2024). The number below is the office's assistance record; the NIB itself has 13 digits.
export const nibOss = defineService({
  code: 'NIB-OSS',
  kind: 'non_izin',
  sector: 'investment',
  shortName: 'NIB',
  name: bilingual(
    'Pendampingan Pendaftaran Nomor Induk Berusaha (NIB) melalui OSS',
    'Assisted Registration of a Business Identification Number (NIB) in OSS',
  ),
  description: bilingual(
    'Petugas membantu pelaku usaha, terutama usaha mikro dan kecil, mendaftar di sistem OSS sampai NIB terbit dan dapat diunduh.',
    'Officers help businesses, especially micro and small ones, register in the national OSS system until the NIB is issued and downloaded.',
  ),
  applicationKinds: ['baru', 'perubahan'],
  legalBasis: [
    'Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perppu Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang',
    'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko (menggantikan PP Nomor 5 Tahun 2021 dan PP Nomor 24 Tahun 2018)',
  ],
  requirements: [
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    requirement(
      'bukti_tempat',
      'Foto tempat usaha dan keterangan alamat',
      'Photograph of the premises and its address',
      { appliesTo: NEW_OR_CHANGE, acceptedTypes: ['jpeg', 'png', 'pdf'] },
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ capital: true, employees: true }),
    locationSection('tempat_usaha', bilingual('tempat usaha', 'business premises')),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    null,
    'NIB berlaku selama pelaku usaha menjalankan kegiatan usaha.',
    'The NIB is valid while the business operates.',
  ),
  product: bilingual(
    'NIB terbit di OSS beserta tanda terima pendampingan',
    'NIB issued in OSS, with a receipt of the assistance',
  ),
  permitNumberFormat: permitNumber('503', 'NIB'),
})

export const izinPrinsip = defineService({
  code: 'IZIN-PRINSIP',
  kind: 'izin',
  sector: 'investment',
  name: bilingual('Izin Prinsip Penanaman Modal', 'Investment Principle Licence'),
  description: bilingual(
    'Izin awal bagi penanaman modal dalam negeri untuk memulai usaha, sebagai dasar pengurusan izin teknis dan fasilitas penanaman modal.',
    'Initial licence for a domestic investment project to start, on which sector permits and investment incentives are then based.',
  ),
  applicationKinds: ['baru', 'perubahan', 'pencabutan'],
  legalBasis: [
    INVESTMENT_LAW,
    'Peraturan Kepala Badan Koordinasi Penanaman Modal Nomor 13 Tahun 2017 tentang Pedoman dan Tata Cara Perizinan dan Fasilitas Penanaman Modal',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(true),
    businessPlan(),
    {
      ...businessPlan(),
      key: 'alur_produksi',
      name: bilingual(
        'Uraian proses / alur produksi atau kegiatan',
        'Description of the production process or activity',
      ),
      mandatory: false,
    },
    changeEvidence(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('investasi', 'Rencana investasi', 'Investment plan', [
      field('investasi_bidang_usaha', 'text', 'Bidang usaha', 'Line of business', { maxLength: 200 }),
      capitalField('investasi_modal_tetap', 'Rencana modal tetap', 'Planned fixed capital'),
      capitalField('investasi_modal_kerja', 'Rencana modal kerja', 'Planned working capital'),
      field('investasi_produksi', 'text', 'Rencana produksi / kapasitas per tahun', 'Planned annual output', {
        maxLength: 200,
      }),
      employeesField('investasi_tenaga_kerja'),
      field('investasi_jadwal', 'integer', 'Jangka waktu penyelesaian proyek', 'Time to complete the project', {
        minimum: 1,
        maximum: 120,
        unit: 'bulan',
      }),
    ]),
    locationSection('lokasi_proyek', bilingual('proyek', 'project')),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: true,
  validity: validity(
    36,
    'Berlaku sesuai jangka waktu penyelesaian proyek, paling lama 3 tahun.',
    'Valid for the project’s completion period, at most 3 years.',
  ),
  product: bilingual('Izin Prinsip Penanaman Modal', 'Investment Principle Licence'),
  permitNumberFormat: permitNumber('570', 'IP-PM'),
})

export const izinLokasi = defineService({
  code: 'IZIN-LOKASI',
  kind: 'izin',
  sector: 'investment',
  name: bilingual('Izin Lokasi', 'Land Acquisition Location Permit'),
  description: bilingual(
    'Izin memperoleh tanah untuk penanaman modal sesuai rencana tata ruang, yang juga berlaku sebagai izin pemindahan hak dan penggunaan tanah.',
    'Permit to acquire land for an investment in line with the spatial plan; it also allows the transfer and use of that land.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan'],
  legalBasis: [
    'Undang-Undang Nomor 26 Tahun 2007 tentang Penataan Ruang',
    INVESTMENT_LAW,
    'Peraturan Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional Nomor 5 Tahun 2015 tentang Izin Lokasi',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(true),
    businessPlan(),
    { ...locationSketch(), name: bilingual('Peta lokasi dan rencana tapak', 'Location map and site plan') },
    requirement(
      'pertimbangan_teknis',
      'Pertimbangan teknis pertanahan dari Kantor Pertanahan Kota Bandung',
      'Technical land assessment from the Bandung Land Office',
      {
        appliesTo: NEW_OR_CHANGE,
        originalToBeShown: true,
      },
    ),
    landTaxReceipt(),
    requirement('perolehan_tanah', 'Laporan perolehan tanah yang sudah dicapai', 'Report on the land acquired so far', {
      appliesTo: ['perpanjangan'],
    }),
    previousPermit(bilingual('Izin lokasi', 'location permit')),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('tanah', 'Tanah yang dimohon', 'Land applied for', [
      floorAreaField('tanah_luas', 'Luas tanah yang dimohon', 'Land area applied for'),
      selectField('tanah_penggunaan_sekarang', 'Penggunaan tanah saat ini', 'Current land use', [
        ['pertanian', 'Sawah / pertanian', 'Farmland'],
        ['pekarangan', 'Pekarangan / permukiman', 'Residential yards'],
        ['tanah_kosong', 'Tanah kosong', 'Vacant land'],
        ['bangunan', 'Bangunan lain', 'Other buildings'],
      ]),
      field('tanah_rencana_penggunaan', 'textarea', 'Rencana penggunaan tanah', 'Planned use', { maxLength: 1000 }),
    ]),
    locationSection('lokasi_tanah', bilingual('tanah', 'land')),
  ],
  slaDays: 15,
  budget: { admin: 2, technical: 9, decision: 2, signing: 2 },
  deemedApproval: false,
  // Permen ATR/BPN 5/2015: 1 year up to 25 ha, 2 years for 25–50 ha, 3 years above 50 ha; city plots fall in the first
  // band.
  validity: validity(
    12,
    'Berlaku 1 tahun untuk tanah sampai 25 ha (2 tahun untuk 25–50 ha, 3 tahun di atas 50 ha); dapat diperpanjang 1 tahun bila perolehan tanah sudah lebih dari 50%.',
    'Valid 1 year for up to 25 ha (2 years for 25–50 ha, 3 years above 50 ha); renewable by 1 year once more than half the land is acquired.',
  ),
  product: bilingual('Keputusan Izin Lokasi beserta peta lampiran', 'Location permit decree with the annexed map'),
  permitNumberFormat: permitNumber('590', 'LOKASI'),
  returnLimitDays: 30,
})

export const industryAndInvestmentServices: ServiceDefinition[] = [iui, ipui, nibOss, izinPrinsip, izinLokasi]
