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
  closureStatement,
  deedOfEstablishment,
  identityCard,
  locationSketch,
  lossReport,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  stampedStatement,
  taxNumber,
} from '../requirements.ts'

const ROAD_TRAFFIC_LAW = 'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan'
const ROAD_TRANSPORT_REGULATION = 'Peraturan Pemerintah Nomor 74 Tahun 2014 tentang Angkutan Jalan'

const vehicleRegistration = () =>
  requirement(
    'stnk_kir',
    'STNK dan buku uji berkala (KIR) kendaraan yang masih berlaku',
    'Vehicle registration (STNK) and valid roadworthiness test book (KIR)',
    {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
      originalToBeShown: true,
    },
  )

const goodsVehicleTypes = [
  ['pick_up', 'Mobil barang bak terbuka / pick up', 'Pick-up truck'],
  ['truk_engkel', 'Truk engkel (sumbu dua)', 'Two-axle truck'],
  ['truk_tronton', 'Truk tronton (sumbu tiga atau lebih)', 'Three-axle or heavier truck'],
  ['kontainer', 'Kendaraan kontainer / gandeng', 'Container or trailer truck'],
] as const

// This and the next goods-transport service were listed by dpmptsp.bandung.go.id and stopped after Permenhub 88/2018.
export const bongkarMuat = defineService({
  code: 'BONGKAR-MUAT',
  kind: 'izin',
  sector: 'transport',
  name: bilingual('Izin Bongkar Muat Barang', 'Goods Loading and Unloading Permit'),
  description: bilingual(
    'Izin melakukan bongkar muat barang di ruas jalan atau kawasan tertentu di Kota Bandung pada waktu yang ditetapkan.',
    'Permit to load and unload goods on designated streets or areas of Bandung at set times.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan'],
  legalBasis: [
    ROAD_TRAFFIC_LAW,
    ROAD_TRANSPORT_REGULATION,
    'Peraturan Pemerintah Nomor 32 Tahun 2011 tentang Manajemen dan Rekayasa, Analisis Dampak, serta Manajemen Kebutuhan Lalu Lintas',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    vehicleRegistration(),
    locationSketch(),
    stampedStatement(
      'pernyataan_ketertiban',
      'Pernyataan bermeterai mematuhi waktu bongkar muat dan menjaga kelancaran lalu lintas',
      'Statement over a duty stamp to keep to the loading hours and keep traffic moving',
      {
        appliesTo: NEW_OR_RENEWAL,
      },
    ),
    previousPermit(bilingual('Izin bongkar muat', 'loading permit')),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ kbli: false }),
    section('bongkar_muat', 'Kegiatan bongkar muat', 'Loading and unloading', [
      field('bongkar_muat_jenis_barang', 'text', 'Jenis barang', 'Goods handled', { maxLength: 200 }),
      selectField('bongkar_muat_jenis_kendaraan', 'Jenis kendaraan', 'Vehicle type', goodsVehicleTypes),
      field('bongkar_muat_jumlah_kendaraan', 'integer', 'Jumlah kendaraan', 'Number of vehicles', {
        minimum: 1,
        maximum: 500,
        unit: 'unit',
      }),
      field('bongkar_muat_nomor_polisi', 'textarea', 'Nomor polisi kendaraan', 'Number plates', { maxLength: 2000 }),
      field('bongkar_muat_waktu', 'text', 'Hari dan jam bongkar muat', 'Days and hours of loading', { maxLength: 150 }),
    ]),
    locationSection('lokasi_bongkar_muat', bilingual('bongkar muat', 'loading site')),
  ],
  slaDays: 5,
  budget: { admin: 1, technical: 2, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(12, 'Berlaku 1 tahun.', 'Valid 1 year.'),
  product: bilingual('Izin Bongkar Muat Barang', 'Goods Loading and Unloading Permit'),
  permitNumberFormat: permitNumber('551', 'IBM'),
})

export const kartuPengawasanAngkutanBarang = defineService({
  code: 'KP-ANGKUTAN-BARANG',
  kind: 'izin',
  sector: 'transport',
  name: bilingual('Kartu Pengawasan Angkutan Barang', 'Goods Vehicle Supervision Card'),
  description: bilingual(
    'Kartu pengawasan per kendaraan bagi perusahaan angkutan barang umum, yang wajib dibawa di kendaraan sebagai bukti izin operasi.',
    'Per-vehicle supervision card for public goods-transport companies, carried in the vehicle as proof of its operating permit.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'penggantian'],
  legalBasis: [
    ROAD_TRAFFIC_LAW,
    ROAD_TRANSPORT_REGULATION,
    'Keputusan Menteri Perhubungan Nomor KM 69 Tahun 1993 tentang Penyelenggaraan Angkutan Barang di Jalan',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    requirement(
      'izin_usaha_angkutan',
      'Izin usaha angkutan barang perusahaan',
      'Goods-transport business licence of the company',
      { appliesTo: NEW_OR_RENEWAL },
    ),
    vehicleRegistration(),
    premisesProof(bilingual('pool / garasi kendaraan', 'vehicle depot')),
    previousPermit(bilingual('Kartu pengawasan', 'supervision card')),
    lossReport(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('kendaraan', 'Data kendaraan', 'Vehicle', [
      field('kendaraan_nomor_polisi', 'text', 'Nomor polisi', 'Number plate', { maxLength: 15 }),
      selectField('kendaraan_jenis', 'Jenis kendaraan', 'Vehicle type', goodsVehicleTypes),
      field('kendaraan_merek_tipe', 'text', 'Merek / tipe', 'Make and model', { maxLength: 100 }),
      field('kendaraan_tahun', 'integer', 'Tahun pembuatan', 'Year of manufacture', { minimum: 1980, maximum: 2030 }),
      field('kendaraan_jbb', 'integer', 'Jumlah berat yang diperbolehkan (JBB)', 'Permitted gross weight (JBB)', {
        minimum: 500,
        maximum: 60000,
        unit: 'kg',
      }),
      field('kendaraan_nomor_uji', 'text', 'Nomor uji berkala (KIR)', 'Roadworthiness test number (KIR)', {
        maxLength: 40,
      }),
      field('kendaraan_uji_berlaku_sampai', 'date', 'Masa berlaku uji berkala', 'Roadworthiness test valid until'),
    ]),
  ],
  slaDays: 5,
  budget: { admin: 1, technical: 2, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    12,
    'Berlaku 1 tahun dan mengikuti masa berlaku uji berkala kendaraan.',
    'Valid 1 year, and no longer than the vehicle’s roadworthiness test.',
  ),
  product: bilingual(
    'Kartu Pengawasan Angkutan Barang per kendaraan',
    'Goods Vehicle Supervision Card, one per vehicle',
  ),
  permitNumberFormat: permitNumber('551', 'KPAB'),
})

export const izinTrayek = defineService({
  code: 'TRAYEK',
  kind: 'izin',
  sector: 'transport',
  name: bilingual('Izin Trayek Angkutan Kota', 'City Public Transport Route Permit'),
  description: bilingual(
    'Izin bagi badan hukum angkutan umum untuk melayani trayek angkutan kota (angkot atau bus kota) di Kota Bandung dengan jumlah kendaraan tertentu.',
    'Permit for a public transport company to run a set number of vehicles on a city route (angkot minibus or city bus) in Bandung.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [ROAD_TRAFFIC_LAW, ROAD_TRANSPORT_REGULATION],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    // PP 74/2014 reserves public transport to legal entities (badan hukum).
    deedOfEstablishment(true),
    requirement('izin_usaha_angkutan', 'Izin usaha angkutan orang', 'Passenger transport business licence', {
      appliesTo: NEW_OR_RENEWAL,
    }),
    vehicleRegistration(),
    premisesProof(bilingual('pool / garasi kendaraan', 'vehicle depot')),
    stampedStatement(
      'pernyataan_fasilitas',
      'Pernyataan kesanggupan menyediakan fasilitas pemeliharaan kendaraan',
      'Undertaking to provide vehicle maintenance facilities',
      { appliesTo: NEW },
    ),
    previousPermit(bilingual('Izin trayek', 'route permit')),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ employees: true }),
    section('trayek', 'Data trayek', 'Route', [
      field('trayek_nama', 'text', 'Nama / kode trayek (mis. Kalapa–Dago)', 'Route name or code (e.g. Kalapa–Dago)', {
        maxLength: 100,
      }),
      selectField('trayek_jenis_angkutan', 'Jenis angkutan', 'Type of service', [
        ['angkot', 'Mobil penumpang umum (angkot)', 'Shared minibus (angkot)'],
        ['bus_kota', 'Bus kota', 'City bus'],
      ]),
      field('trayek_jumlah_kendaraan', 'integer', 'Jumlah kendaraan', 'Number of vehicles', {
        minimum: 1,
        maximum: 500,
        unit: 'kendaraan',
      }),
      field('trayek_kapasitas', 'integer', 'Kapasitas tempat duduk per kendaraan', 'Seats per vehicle', {
        minimum: 4,
        maximum: 80,
        unit: 'orang',
      }),
    ]),
  ],
  slaDays: 10,
  budget: { admin: 1, technical: 6, decision: 2, signing: 1 },
  deemedApproval: false,
  fee: { kind: 'per_unit', field: 'trayek_jumlah_kendaraan', ratePerUnit: 100_000, baseAmount: 0, minimum: 100_000 },
  feeLegalBasis:
    'UU Nomor 28 Tahun 2009 tentang Pajak Daerah dan Retribusi Daerah Pasal 141 huruf d (retribusi izin trayek)',
  validity: validity(
    60,
    'Berlaku 5 tahun; kartu pengawasan kendaraan diperbarui setiap tahun.',
    'Valid 5 years; the vehicle supervision cards are renewed every year.',
  ),
  product: bilingual(
    'Keputusan Izin Trayek beserta kartu pengawasan per kendaraan',
    'Route permit decree with a supervision card per vehicle',
  ),
  permitNumberFormat: permitNumber('551', 'TRAYEK'),
})

export const andalalin = defineService({
  code: 'ANDALALIN',
  kind: 'non_izin',
  sector: 'transport',
  shortName: 'Andalalin',
  name: bilingual('Persetujuan Analisis Dampak Lalu Lintas', 'Traffic Impact Assessment Approval'),
  description: bilingual(
    'Persetujuan atas hasil analisis dampak lalu lintas untuk pembangunan pusat kegiatan, permukiman atau infrastruktur yang menimbulkan bangkitan lalu lintas.',
    'Approval of the traffic impact assessment for a development (activity centre, housing or infrastructure) that will generate traffic.',
  ),
  applicationKinds: ['baru', 'perubahan'],
  legalBasis: [
    ROAD_TRAFFIC_LAW,
    'Peraturan Pemerintah Nomor 32 Tahun 2011 tentang Manajemen dan Rekayasa, Analisis Dampak, serta Manajemen Kebutuhan Lalu Lintas',
    'Peraturan Menteri Perhubungan Nomor PM 75 Tahun 2015 tentang Penyelenggaraan Analisis Dampak Lalu Lintas',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    requirement('dokumen_andalalin', 'Dokumen hasil analisis dampak lalu lintas', 'Traffic impact assessment report', {
      maxSizeKb: 20480,
    }),
    requirement(
      'sertifikat_penyusun',
      'Sertifikat kompetensi penyusun analisis dampak lalu lintas',
      'Competence certificate of the assessor',
      { appliesTo: NEW_OR_CHANGE },
    ),
    requirement('rencana_tapak', 'Rencana tapak (site plan) dan KRK', 'Site plan and City Planning Information (KRK)', {
      appliesTo: NEW_OR_CHANGE,
      maxSizeKb: 10240,
    }),
    stampedStatement(
      'pernyataan_kesanggupan',
      'Pernyataan kesanggupan melaksanakan rekomendasi andalalin',
      'Undertaking to carry out the assessment’s recommendations',
      { appliesTo: NEW_OR_CHANGE },
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ kbli: false }),
    section('pembangunan', 'Rencana pembangunan', 'Planned development', [
      field('pembangunan_nama', 'text', 'Nama kegiatan / bangunan', 'Name of the development', { maxLength: 200 }),
      selectField('pembangunan_jenis', 'Jenis kegiatan', 'Type of development', [
        [
          'pusat_kegiatan',
          'Pusat kegiatan (perdagangan, perkantoran, hotel, pendidikan, dll.)',
          'Activity centre (retail, offices, hotels, schools, etc.)',
        ],
        ['permukiman', 'Permukiman', 'Housing'],
        ['infrastruktur', 'Infrastruktur', 'Infrastructure'],
      ]),
      floorAreaField('pembangunan_luas_lantai', 'Luas lantai bangunan', 'Floor area'),
      field('pembangunan_kapasitas_parkir', 'integer', 'Kapasitas parkir', 'Parking spaces', {
        minimum: 0,
        maximum: 20000,
        unit: 'SRP',
      }),
    ]),
    locationSection('lokasi_pembangunan', bilingual('pembangunan', 'development')),
  ],
  slaDays: 14,
  budget: { admin: 2, technical: 8, decision: 2, signing: 2 },
  deemedApproval: false,
  validity: validity(
    null,
    'Berlaku selama tidak ada perubahan rencana pembangunan.',
    'Valid as long as the development plan does not change.',
  ),
  product: bilingual(
    'Surat persetujuan hasil analisis dampak lalu lintas',
    'Letter approving the traffic impact assessment',
  ),
  permitNumberFormat: permitNumber('551', 'ANDALALIN'),
  returnLimitDays: 30,
})

export const transportServices: ServiceDefinition[] = [
  bongkarMuat,
  kartuPengawasanAngkutanBarang,
  izinTrayek,
  andalalin,
]
