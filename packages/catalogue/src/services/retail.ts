import type { ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  businessSection,
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
  buildingPermitCopy,
  changeEvidence,
  closureStatement,
  deedOfEstablishment,
  environmentalDocument,
  identityCard,
  lossReport,
  neighbourConsent,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  stampedStatement,
  taxNumber,
} from '../requirements.ts'

// Perpres 112/2007 and Permendag 70/2013 govern modern stores, shopping centres and traditional markets;
// Bandung implements them in Perwal 335/2012 (one permit per location, re-registration every 5 years).
const RETAIL_LEGAL_BASIS = [
  'Peraturan Presiden Nomor 112 Tahun 2007 tentang Penataan dan Pembinaan Pasar Tradisional, Pusat Perbelanjaan dan Toko Modern',
  'Peraturan Menteri Perdagangan Nomor 70/M-DAG/PER/12/2013 tentang Pedoman Penataan dan Pembinaan Pasar Tradisional, Pusat Perbelanjaan dan Toko Modern sebagaimana telah diubah dengan Peraturan Menteri Perdagangan Nomor 56/M-DAG/PER/9/2014',
  'Peraturan Wali Kota Bandung Nomor 335 Tahun 2012',
]

const RETAIL_VALIDITY = validity(
  null,
  'Berlaku selama usaha berjalan dan hanya untuk satu lokasi usaha; wajib daftar ulang setiap 5 tahun.',
  'Valid while the business operates and for one location only; must be re-registered every 5 years.',
)

const retailRequirements = (what: { id: string; en: string }) => [
  applicationLetter(),
  identityCard(),
  taxNumber(),
  deedOfEstablishment(true),
  premisesProof(what),
  buildingPermitCopy(),
  environmentalDocument(),
  requirement(
    'kajian_sosial_ekonomi',
    'Hasil analisa kondisi sosial ekonomi masyarakat dan keberadaan pasar tradisional / UMKM sekitar',
    'Study of the local socio-economic conditions and of nearby traditional markets and small businesses',
    {
      appliesTo: NEW,
    },
  ),
  stampedStatement(
    'rencana_kemitraan',
    'Rencana kemitraan dengan usaha mikro dan kecil bermeterai',
    'Partnership plan with micro and small businesses, over a duty stamp',
    { appliesTo: NEW_RENEWAL_OR_CHANGE },
  ),
  previousPermit(bilingual('Izin usaha', 'business licence')),
  changeEvidence(),
  lossReport(),
  closureStatement(),
  powerOfAttorney(),
]

export const iutm = defineService({
  code: 'IUTM',
  kind: 'izin',
  sector: 'trade',
  shortName: 'IUTM',
  name: bilingual('Izin Usaha Toko Modern', 'Modern Store Business Licence'),
  description: bilingual(
    'Izin usaha untuk minimarket, supermarket, department store, hypermarket atau perkulakan pada satu lokasi.',
    'Business licence for a minimarket, supermarket, department store, hypermarket or wholesale store at one location.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: RETAIL_LEGAL_BASIS,
  requirements: [...retailRequirements(bilingual('toko', 'store')), neighbourConsent()],
  sections: [
    applicantSection(),
    businessSection({ capital: true, employees: true }),
    section('toko', 'Data toko modern', 'Modern store', [
      field('toko_nama', 'text', 'Nama toko / gerai', 'Store name', { maxLength: 150 }),
      selectField('toko_jenis', 'Jenis toko modern', 'Type of store', [
        ['minimarket', 'Minimarket (kurang dari 400 m²)', 'Minimarket (under 400 m²)'],
        ['supermarket', 'Supermarket (400–5.000 m²)', 'Supermarket (400–5,000 m²)'],
        ['hypermarket', 'Hypermarket (di atas 5.000 m²)', 'Hypermarket (over 5,000 m²)'],
        ['department_store', 'Department store', 'Department store'],
        ['perkulakan', 'Perkulakan', 'Wholesale store'],
      ]),
      floorAreaField('toko_luas_lantai_penjualan', 'Luas lantai penjualan', 'Sales floor area'),
      field('toko_jaringan', 'text', 'Nama jaringan / waralaba', 'Chain or franchise name', {
        ...optional,
        maxLength: 150,
      }),
      field(
        'toko_jarak_pasar',
        'decimal',
        'Jarak ke pasar tradisional terdekat',
        'Distance to the nearest traditional market',
        { minimum: 0, unit: 'm' },
      ),
      field('toko_jam_buka', 'text', 'Jam operasional', 'Opening hours', { maxLength: 100 }),
    ]),
    locationSection('lokasi_toko', bilingual('toko', 'store')),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: true,
  validity: RETAIL_VALIDITY,
  product: bilingual('Izin Usaha Toko Modern (IUTM)', 'Modern Store Business Licence (IUTM)'),
  permitNumberFormat: permitNumber('510', 'IUTM'),
})

export const iupp = defineService({
  code: 'IUPP',
  kind: 'izin',
  sector: 'trade',
  shortName: 'IUPP',
  name: bilingual('Izin Usaha Pusat Perbelanjaan', 'Shopping Centre Business Licence'),
  description: bilingual(
    'Izin usaha bagi pengelola mal, plaza atau pusat perdagangan yang menyewakan ruang usaha kepada pedagang.',
    'Business licence for the operator of a mall, plaza or trade centre that lets retail space to traders.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: RETAIL_LEGAL_BASIS,
  requirements: [
    ...retailRequirements(bilingual('bangunan pusat perbelanjaan', 'shopping centre building')),
    requirement(
      'andalalin',
      'Persetujuan analisis dampak lalu lintas (Andalalin)',
      'Traffic impact assessment approval (Andalalin)',
      { appliesTo: NEW_OR_CHANGE },
    ),
  ],
  sections: [
    applicantSection(),
    businessSection({ capital: true, employees: true }),
    section('pusat_perbelanjaan', 'Data pusat perbelanjaan', 'Shopping centre', [
      field('pp_nama', 'text', 'Nama pusat perbelanjaan', 'Name of the shopping centre', { maxLength: 150 }),
      selectField('pp_jenis', 'Jenis pusat perbelanjaan', 'Type', [
        ['mal', 'Mal', 'Mall'],
        ['plaza', 'Plaza', 'Plaza'],
        ['pusat_perdagangan', 'Pusat perdagangan / grosir', 'Trade or wholesale centre'],
      ]),
      floorAreaField('pp_luas_bangunan', 'Luas bangunan', 'Gross floor area'),
      field('pp_jumlah_gerai', 'integer', 'Jumlah gerai / ruang usaha', 'Number of units for rent', {
        minimum: 1,
        maximum: 10000,
        unit: 'unit',
      }),
      floorAreaField(
        'pp_luas_umkm',
        'Luas ruang untuk usaha mikro dan kecil',
        'Floor area set aside for micro and small businesses',
        { minimum: 0 },
      ),
    ]),
    locationSection('lokasi_pp', bilingual('pusat perbelanjaan', 'shopping centre')),
  ],
  slaDays: 10,
  budget: { admin: 1, technical: 5, decision: 3, signing: 1 },
  deemedApproval: true,
  validity: RETAIL_VALIDITY,
  product: bilingual('Izin Usaha Pusat Perbelanjaan (IUPP)', 'Shopping Centre Business Licence (IUPP)'),
  permitNumberFormat: permitNumber('510', 'IUPP'),
})

export const iup2t = defineService({
  code: 'IUP2T',
  kind: 'izin',
  sector: 'trade',
  shortName: 'IUP2T',
  name: bilingual('Izin Usaha Pengelolaan Pasar Tradisional', 'Traditional Market Management Licence'),
  description: bilingual(
    'Izin bagi swasta atau koperasi yang mengelola pasar tradisional dengan kios, los dan lapak bagi pedagang kecil.',
    'Licence for a private company or cooperative that runs a traditional market with stalls and kiosks for small traders.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: RETAIL_LEGAL_BASIS,
  requirements: retailRequirements(bilingual('lahan pasar', 'market site')),
  sections: [
    applicantSection(),
    businessSection({ capital: true }),
    section('pasar', 'Data pasar', 'Market', [
      field('pasar_nama', 'text', 'Nama pasar', 'Market name', { maxLength: 150 }),
      selectField('pasar_pengelola', 'Pengelola', 'Operator', [
        ['swasta', 'Badan usaha swasta', 'Private company'],
        ['koperasi', 'Koperasi', 'Cooperative'],
        ['kerja_sama', 'Kerja sama dengan pemerintah daerah', 'Partnership with the city government'],
      ]),
      floorAreaField('pasar_luas_lahan', 'Luas lahan', 'Site area'),
      field('pasar_jumlah_kios', 'integer', 'Jumlah kios', 'Number of kiosks', {
        minimum: 0,
        maximum: 10000,
        unit: 'unit',
      }),
      field('pasar_jumlah_los', 'integer', 'Jumlah los / lapak', 'Number of open stalls', {
        minimum: 0,
        maximum: 10000,
        unit: 'unit',
      }),
    ]),
    locationSection('lokasi_pasar', bilingual('pasar', 'market')),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: true,
  validity: RETAIL_VALIDITY,
  product: bilingual(
    'Izin Usaha Pengelolaan Pasar Tradisional (IUP2T)',
    'Traditional Market Management Licence (IUP2T)',
  ),
  permitNumberFormat: permitNumber('510', 'IUP2T'),
})

export const itpmb = defineService({
  code: 'ITPMB',
  kind: 'izin',
  sector: 'trade',
  shortName: 'ITPMB',
  name: bilingual('Izin Tempat Penjualan Minuman Beralkohol', 'Alcoholic Beverage Outlet Permit'),
  description: bilingual(
    'Izin bagi hotel berbintang, restoran, bar, pub atau karaoke untuk menjual minuman beralkohol golongan B dan/atau C untuk diminum di tempat.',
    'Permit for a star-rated hotel, restaurant, bar, pub or karaoke venue to sell class B or C alcoholic drinks for consumption on the premises.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [
    'Peraturan Presiden Nomor 74 Tahun 2013 tentang Pengendalian dan Pengawasan Minuman Beralkohol',
    'Peraturan Menteri Perdagangan Nomor 20/M-DAG/PER/4/2014 tentang Pengendalian dan Pengawasan terhadap Pengadaan, Peredaran, dan Penjualan Minuman Beralkohol sebagaimana telah diubah terakhir dengan Peraturan Menteri Perdagangan Nomor 06/M-DAG/PER/1/2015',
    'Peraturan Daerah Kota Bandung Nomor 11 Tahun 2010 tentang Pelarangan, Pengawasan, dan Pengendalian Minuman Beralkohol',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(true),
    requirement(
      'tdup',
      'Tanda Daftar Usaha Pariwisata (TDUP) hotel / restoran / bar',
      'Tourism business registration (TDUP) of the hotel, restaurant or bar',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    requirement(
      'penunjukan_pemasok',
      'Surat penunjukan dari distributor atau sub-distributor minuman beralkohol',
      'Letter of appointment from the alcoholic beverage distributor or sub-distributor',
      {
        appliesTo: NEW_RENEWAL_OR_CHANGE,
        originalToBeShown: true,
      },
    ),
    stampedStatement(
      'pernyataan_usia',
      'Pernyataan bermeterai tidak menjual kepada orang di bawah 21 tahun',
      'Statement over a duty stamp not to sell to anyone under 21',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    premisesProof(bilingual('tempat usaha', 'premises')),
    requirement(
      'laporan_realisasi',
      'Laporan realisasi penjualan minuman beralkohol tahun sebelumnya',
      'Report of last year’s alcoholic beverage sales',
      { appliesTo: ['perpanjangan'] },
    ),
    previousPermit(bilingual('ITPMB', 'ITPMB')),
    changeEvidence(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('penjualan', 'Tempat penjualan', 'Outlet', [
      field('penjualan_nama_tempat', 'text', 'Nama hotel / restoran / bar', 'Name of the hotel, restaurant or bar', {
        maxLength: 150,
      }),
      // Bandung issues ITPMB only to 3–5 star hotels, restaurants, pubs and karaoke (Diskoperindag, Aug 2016).
      selectField('penjualan_jenis_tempat', 'Jenis tempat', 'Type of venue', [
        ['hotel_bintang_3', 'Hotel bintang 3', '3-star hotel'],
        ['hotel_bintang_4', 'Hotel bintang 4', '4-star hotel'],
        ['hotel_bintang_5', 'Hotel bintang 5', '5-star hotel'],
        ['restoran', 'Restoran', 'Restaurant'],
        ['bar_pub', 'Bar / pub', 'Bar or pub'],
        ['karaoke', 'Karaoke', 'Karaoke'],
      ]),
      selectField('penjualan_golongan', 'Golongan minuman beralkohol', 'Class of alcoholic beverage', [
        ['B', 'Golongan B (kadar etanol 5–20%)', 'Class B (5–20% ethanol)'],
        ['C', 'Golongan C (kadar etanol 20–55%)', 'Class C (20–55% ethanol)'],
        ['B_C', 'Golongan B dan C', 'Classes B and C'],
      ]),
      field('penjualan_nomor_tdup', 'text', 'Nomor TDUP', 'TDUP number', { maxLength: 80 }),
      field(
        'penjualan_pemasok',
        'text',
        'Nama distributor / sub-distributor pemasok',
        'Supplying distributor or sub-distributor',
        { maxLength: 200 },
      ),
    ]),
    locationSection('lokasi_penjualan', bilingual('tempat penjualan', 'outlet')),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: false,
  fee: { kind: 'fixed', amount: 5_000_000 },
  feeLegalBasis:
    'UU Nomor 28 Tahun 2009 Pasal 141 huruf b (retribusi izin tempat penjualan minuman beralkohol) dan Perda Kota Bandung Nomor 11 Tahun 2010',
  validity: validity(
    12,
    'Berlaku 1 tahun dan wajib daftar ulang setiap tahun; pemegang izin wajib melaporkan realisasi penjualan.',
    'Valid 1 year and must be re-registered yearly; the holder must report sales.',
  ),
  product: bilingual('Izin Tempat Penjualan Minuman Beralkohol (ITPMB)', 'Alcoholic Beverage Outlet Permit (ITPMB)'),
  permitNumberFormat: permitNumber('510', 'ITPMB'),
})

export const retailServices: ServiceDefinition[] = [iutm, iupp, iup2t, itpmb]
