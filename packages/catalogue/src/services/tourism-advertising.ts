import type { ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  businessSection,
  field,
  locationSection,
  optional,
  section,
  selectField,
} from '../form-fields.ts'
import {
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
  locationSketch,
  lossReport,
  passPhoto,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  stampedStatement,
  taxNumber,
} from '../requirements.ts'

export const tdup = defineService({
  code: 'TDUP',
  kind: 'non_izin',
  sector: 'tourism',
  shortName: 'TDUP',
  name: bilingual('Tanda Daftar Usaha Pariwisata', 'Tourism Business Registration Certificate'),
  description: bilingual(
    'Pendaftaran usaha pariwisata seperti hotel, restoran, kafe, spa, biro perjalanan dan tempat hiburan, dicatat dalam Daftar Usaha Pariwisata.',
    'Registration of tourism businesses such as hotels, restaurants, cafés, spas, travel agencies and entertainment venues in the Tourism Business Register.',
  ),
  applicationKinds: ['baru', 'perubahan', 'penggantian', 'pencabutan'],
  legalBasis: [
    'Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan',
    'Peraturan Menteri Pariwisata Nomor 18 Tahun 2016 tentang Pendaftaran Usaha Pariwisata',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    premisesProof(bilingual('tempat usaha', 'premises')),
    buildingPermitCopy(),
    environmentalDocument(),
    requirement('daftar_peralatan', 'Daftar sarana dan peralatan usaha', 'List of facilities and equipment', {
      appliesTo: NEW_OR_CHANGE,
      mandatory: false,
    }),
    passPhoto('4x6'),
    changeEvidence(),
    lossReport(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ employees: true }),
    // The 13 fields of tourism business of UU 10/2009 art. 14; Permenpar 18/2016 splits them into 62 types.
    section('pariwisata', 'Usaha pariwisata', 'Tourism business', [
      selectField('pariwisata_bidang', 'Bidang usaha pariwisata', 'Field of tourism business', [
        ['daya_tarik_wisata', 'Daya tarik wisata', 'Tourist attraction'],
        ['kawasan_pariwisata', 'Kawasan pariwisata', 'Tourism area'],
        ['transportasi_wisata', 'Jasa transportasi wisata', 'Tourist transport'],
        ['perjalanan_wisata', 'Jasa perjalanan wisata', 'Travel agency or tour operator'],
        ['makanan_minuman', 'Jasa makanan dan minuman', 'Food and beverage'],
        ['akomodasi', 'Penyediaan akomodasi', 'Accommodation'],
        ['hiburan_rekreasi', 'Penyelenggaraan kegiatan hiburan dan rekreasi', 'Entertainment and recreation'],
        [
          'mice',
          'Penyelenggaraan pertemuan, perjalanan insentif, konferensi, dan pameran',
          'Meetings, incentives, conferences and exhibitions',
        ],
        ['informasi_pariwisata', 'Jasa informasi pariwisata', 'Tourist information'],
        ['konsultan_pariwisata', 'Jasa konsultan pariwisata', 'Tourism consultancy'],
        ['pramuwisata', 'Jasa pramuwisata', 'Tour guiding'],
        ['wisata_tirta', 'Wisata tirta', 'Water tourism'],
        ['spa', 'Spa', 'Spa'],
      ]),
      field(
        'pariwisata_jenis',
        'text',
        'Jenis / subjenis usaha (mis. hotel bintang, restoran, kafe)',
        'Type or sub-type (e.g. star hotel, restaurant, café)',
        { maxLength: 150 },
      ),
      field('pariwisata_merek', 'text', 'Nama merek usaha', 'Trading name', { maxLength: 150 }),
      field(
        'pariwisata_kapasitas',
        'integer',
        'Kapasitas (kamar, kursi atau pengunjung)',
        'Capacity (rooms, seats or visitors)',
        { ...optional, minimum: 1, maximum: 100000 },
      ),
    ]),
    locationSection('tempat_usaha', bilingual('tempat usaha', 'premises')),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    null,
    'Berlaku selama usaha pariwisata beroperasi; perubahan data wajib dimutakhirkan paling lama 30 hari kerja setelah terjadi.',
    'Valid while the business operates; changes must be registered within 30 working days.',
  ),
  product: bilingual('Tanda Daftar Usaha Pariwisata (TDUP)', 'Tourism Business Registration Certificate (TDUP)'),
  permitNumberFormat: permitNumber('556', 'TDUP'),
})

// Bandung billboard rules: Perda 04/2012 as amended by Perda 02/2017; 2018 practice required PBB receipts for
// three years, a bank guarantee for pole-mounted boards and a yearly renewal.
export const reklame = defineService({
  code: 'REKLAME',
  kind: 'izin',
  sector: 'advertising',
  name: bilingual('Izin Penyelenggaraan Reklame', 'Billboard and Outdoor Advertising Permit (Izin Reklame)'),
  description: bilingual(
    'Izin memasang reklame tetap seperti papan reklame (billboard), videotron, neon box atau reklame pada bangunan di Kota Bandung.',
    'Permit to put up permanent outdoor advertising such as billboards, videotrons, neon boxes or signs on buildings in Bandung.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [
    'Peraturan Daerah Kota Bandung Nomor 04 Tahun 2012 tentang Penyelenggaraan Reklame sebagaimana telah diubah dengan Peraturan Daerah Kota Bandung Nomor 02 Tahun 2017',
    'Peraturan Wali Kota Bandung Nomor 213 Tahun 2012 tentang Petunjuk Pelaksanaan Penyelenggaraan Reklame sebagaimana telah diubah dengan Peraturan Wali Kota Bandung Nomor 1015 Tahun 2015',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(bilingual('penyelenggara reklame', 'advertiser')),
    premisesProof(
      bilingual(
        'lahan / bangunan tempat reklame, atau persetujuan pemiliknya',
        'land or building carrying the billboard, or the owner’s consent',
      ),
    ),
    requirement(
      'pbb_tiga_tahun',
      'Bukti lunas PBB lahan reklame 3 tahun terakhir',
      'Land tax (PBB) receipts for the billboard site for the last 3 years',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    requirement(
      'gambar_konstruksi',
      'Gambar konstruksi tiang dan papan beserta perhitungan struktur',
      'Construction drawings of the pole and board with structural calculations',
      {
        appliesTo: NEW_OR_CHANGE,
        maxSizeKb: 5120,
      },
    ),
    requirement('desain_reklame', 'Gambar / desain materi reklame', 'Design of the advertisement', {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    }),
    locationSketch(),
    requirement(
      'bank_garansi',
      'Jaminan bank (bank garansi) dari bank milik pemerintah di Bandung',
      'Bank guarantee from a government-owned bank in Bandung',
      {
        mandatory: false,
        appliesTo: NEW_RENEWAL_OR_CHANGE,
        originalToBeShown: true,
        description: bilingual('Wajib untuk reklame bertiang pancang.', 'Required for billboards on driven poles.'),
      },
    ),
    requirement(
      'bukti_pajak_reklame',
      'Bukti lunas pajak reklame periode sebelumnya',
      'Receipt of the advertising tax for the previous period',
      { appliesTo: ['perpanjangan'] },
    ),
    previousPermit(bilingual('Izin reklame', 'billboard permit')),
    stampedStatement(
      'pernyataan_pembongkaran',
      'Pernyataan bermeterai bahwa reklame telah / akan dibongkar',
      'Statement over a duty stamp that the billboard has been or will be dismantled',
      {
        appliesTo: ['pencabutan'],
      },
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ kbli: false }),
    section('reklame', 'Data reklame', 'Billboard', [
      selectField('reklame_jenis', 'Jenis reklame', 'Type of advertisement', [
        ['papan_billboard', 'Papan / billboard', 'Board or billboard'],
        ['videotron', 'Videotron / megatron', 'Videotron or LED screen'],
        ['neon_box', 'Neon box / neon sign', 'Neon box or sign'],
        ['baliho_permanen', 'Baliho permanen', 'Permanent banner frame'],
        ['melekat_bangunan', 'Reklame melekat pada bangunan', 'Sign attached to a building'],
      ]),
      selectField('reklame_konstruksi', 'Konstruksi', 'Structure', [
        ['tiang_tunggal', 'Tiang tunggal', 'Single pole'],
        ['tiang_ganda', 'Tiang ganda', 'Double pole'],
        ['menempel', 'Menempel pada dinding bangunan', 'Fixed to a wall'],
        ['atas_bangunan', 'Di atas bangunan', 'On a roof'],
      ]),
      field('reklame_lebar', 'decimal', 'Lebar bidang reklame', 'Width of the face', {
        minimum: 0.1,
        maximum: 50,
        unit: 'm',
      }),
      field('reklame_tinggi', 'decimal', 'Tinggi bidang reklame', 'Height of the face', {
        minimum: 0.1,
        maximum: 50,
        unit: 'm',
      }),
      field('reklame_jumlah_muka', 'integer', 'Jumlah muka', 'Number of faces', { minimum: 1, maximum: 4 }),
      field('reklame_ketinggian', 'decimal', 'Ketinggian dari permukaan tanah', 'Height above ground', {
        minimum: 0,
        maximum: 60,
        unit: 'm',
      }),
      field('reklame_naskah', 'textarea', 'Naskah / isi reklame', 'Text or content of the advertisement', {
        maxLength: 1000,
      }),
    ]),
    locationSection('lokasi_reklame', bilingual('reklame', 'billboard'), [
      selectField('lokasi_reklame_letak', 'Letak reklame', 'Placement', [
        ['lahan_pribadi', 'Di lahan / bangunan milik swasta atau pribadi', 'On private land or buildings'],
        ['lahan_pemerintah', 'Di lahan milik pemerintah daerah', 'On city-owned land'],
        ['ruang_milik_jalan', 'Di ruang milik jalan', 'Within the road reserve'],
      ]),
      field('lokasi_reklame_titik', 'text', 'Titik koordinat atau patokan lokasi', 'Coordinates or landmark', {
        maxLength: 200,
      }),
    ]),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: false,
  costNote: bilingual(
    'Izin tidak dipungut biaya (Rp0). Pajak reklame adalah kewajiban terpisah yang ditetapkan Bapenda menurut UU 28/2009 dan harus lunas sebelum izin diterbitkan atau diperpanjang.',
    'The permit is free (Rp0). Advertising tax is a separate obligation assessed by the Revenue Agency under UU 28/2009 and must be paid before the permit is issued or renewed.',
  ),
  validity: validity(
    12,
    'Berlaku 1 tahun dan wajib diperpanjang setiap tahun.',
    'Valid 1 year; must be renewed every year.',
  ),
  product: bilingual('Izin Penyelenggaraan Reklame', 'Billboard and Outdoor Advertising Permit'),
  permitNumberFormat: permitNumber('510.8', 'REKL'),
})

export const reklameInsidentil = defineService({
  code: 'REKLAME-INSIDENTIL',
  kind: 'izin',
  sector: 'advertising',
  name: bilingual('Izin Reklame Insidentil', 'Temporary Advertising Permit (Reklame Insidentil)'),
  description: bilingual(
    'Izin memasang reklame sementara seperti spanduk, umbul-umbul, banner atau baliho untuk suatu kegiatan, paling lama 30 hari.',
    'Permit for temporary advertising such as banners, flags or event hoardings, for at most 30 days.',
  ),
  applicationKinds: ['baru', 'perpanjangan'],
  legalBasis: [
    'Peraturan Daerah Kota Bandung Nomor 04 Tahun 2012 tentang Penyelenggaraan Reklame sebagaimana telah diubah dengan Peraturan Daerah Kota Bandung Nomor 02 Tahun 2017',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    requirement('desain_reklame', 'Gambar / desain materi reklame', 'Design of the advertisement', { appliesTo: NEW }),
    requirement('daftar_titik', 'Daftar titik pemasangan beserta foto lokasi', 'List of sites with photographs', {
      appliesTo: NEW,
      maxSizeKb: 5120,
    }),
    stampedStatement(
      'pernyataan_bongkar',
      'Pernyataan bermeterai membongkar sendiri setelah masa izin berakhir',
      'Statement over a duty stamp to remove the material when the permit ends',
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    section('reklame', 'Data reklame insidentil', 'Temporary advertising', [
      field('reklame_kegiatan', 'text', 'Nama kegiatan / produk yang diiklankan', 'Event or product advertised', {
        maxLength: 200,
      }),
      selectField('reklame_jenis', 'Jenis reklame', 'Type', [
        ['spanduk', 'Spanduk', 'Street banner'],
        ['umbul_umbul', 'Umbul-umbul', 'Flags'],
        ['banner', 'Banner / rontek', 'Vertical banner'],
        ['baliho', 'Baliho sementara', 'Temporary hoarding'],
      ]),
      field('reklame_jumlah', 'integer', 'Jumlah buah', 'Number of pieces', { minimum: 1, maximum: 500, unit: 'buah' }),
      field('reklame_lebar', 'decimal', 'Lebar', 'Width', { minimum: 0.1, maximum: 20, unit: 'm' }),
      field('reklame_tinggi', 'decimal', 'Tinggi', 'Height', { minimum: 0.1, maximum: 20, unit: 'm' }),
      field('reklame_mulai', 'date', 'Tanggal mulai pemasangan', 'First day on display'),
      field('reklame_selesai', 'date', 'Tanggal akhir pemasangan', 'Last day on display'),
      field('reklame_lokasi', 'textarea', 'Daftar lokasi pemasangan', 'Sites', { maxLength: 2000 }),
    ]),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  costNote: bilingual(
    'Izin tidak dipungut biaya (Rp0); pajak reklame insidentil dibayar terpisah kepada Bapenda.',
    'The permit is free (Rp0); the advertising tax on temporary advertising is paid separately to the Revenue Agency.',
  ),
  validity: validity(
    1,
    'Berlaku sesuai tanggal pemasangan, paling lama 30 hari.',
    'Valid for the display dates, at most 30 days.',
  ),
  product: bilingual('Izin Reklame Insidentil', 'Temporary Advertising Permit'),
  permitNumberFormat: permitNumber('510.8', 'REKL-INS'),
})

export const tourismAndAdvertisingServices: ServiceDefinition[] = [tdup, reklame, reklameInsidentil]
