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
  NEW,
  NEW_OR_CHANGE,
  NEW_RENEWAL_OR_CHANGE,
  applicationLetter,
  deedOfEstablishment,
  environmentalDocument,
  identityCard,
  locationSketch,
  powerOfAttorney,
  previousPermit,
  requirement,
  stampedStatement,
  taxNumber,
} from '../requirements.ts'

const ENVIRONMENT_LAW = 'Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup'
const ENVIRONMENT_REVIEW = { admin: 2, technical: 8, decision: 2, signing: 2 }

const activitySection = () =>
  section('kegiatan', 'Rencana usaha / kegiatan', 'Planned business or activity', [
    field('kegiatan_nama', 'text', 'Nama usaha / kegiatan', 'Name of the business or activity', { maxLength: 200 }),
    field(
      'kegiatan_skala',
      'text',
      'Skala / besaran kegiatan (kapasitas produksi, jumlah kamar, dan sebagainya)',
      'Scale of the activity (production capacity, rooms, etc.)',
      { maxLength: 200 },
    ),
    floorAreaField('kegiatan_luas_lahan', 'Luas lahan', 'Site area'),
    floorAreaField('kegiatan_luas_bangunan', 'Luas bangunan', 'Building floor area', optional),
  ])

export const izinLingkungan = defineService({
  code: 'IZIN-LINGKUNGAN',
  kind: 'izin',
  sector: 'environment',
  name: bilingual('Izin Lingkungan', 'Environmental Permit'),
  description: bilingual(
    'Izin bagi usaha atau kegiatan wajib AMDAL atau UKL-UPL, diterbitkan setelah dokumen lingkungannya dinilai layak, sebagai prasyarat izin usaha.',
    'Permit for a business or activity that needs an environmental impact assessment (AMDAL) or UKL-UPL, issued once the document is approved; a precondition of the business licence.',
  ),
  applicationKinds: ['baru', 'perubahan'],
  legalBasis: [
    ENVIRONMENT_LAW,
    'Peraturan Pemerintah Nomor 27 Tahun 2012 tentang Izin Lingkungan',
    'Peraturan Menteri Lingkungan Hidup Nomor 05 Tahun 2012 tentang Jenis Rencana Usaha dan/atau Kegiatan yang Wajib Memiliki Analisis Mengenai Dampak Lingkungan Hidup',
    'Peraturan Menteri Lingkungan Hidup Nomor 16 Tahun 2012 tentang Pedoman Penyusunan Dokumen Lingkungan Hidup',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    requirement(
      'dokumen_amdal_ukl_upl',
      'Dokumen AMDAL (ANDAL, RKL-RPL) atau formulir UKL-UPL final',
      'Final AMDAL document (ANDAL, RKL-RPL) or UKL-UPL form',
      { maxSizeKb: 20480 },
    ),
    requirement(
      'keputusan_kelayakan',
      'Keputusan kelayakan lingkungan atau rekomendasi UKL-UPL',
      'Environmental feasibility decision or UKL-UPL recommendation',
      { originalToBeShown: true },
    ),
    // PP 27/2012 requires the application to be announced so the public can comment.
    requirement(
      'bukti_pengumuman',
      'Bukti pengumuman permohonan izin lingkungan kepada masyarakat',
      'Proof that the application was announced to the public',
    ),
    requirement(
      'krk',
      'Keterangan Rencana Kota (KRK) atau kesesuaian tata ruang',
      'City Planning Information (KRK) or proof of spatial-plan conformity',
      { appliesTo: NEW },
    ),
    previousPermit(bilingual('Izin lingkungan', 'environmental permit')),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    activitySection(),
    section('dokumen', 'Dokumen lingkungan', 'Environmental document', [
      selectField('dokumen_jenis', 'Jenis dokumen lingkungan', 'Type of environmental document', [
        ['amdal', 'AMDAL', 'Environmental impact assessment (AMDAL)'],
        ['ukl_upl', 'UKL-UPL', 'Environmental management and monitoring plan (UKL-UPL)'],
      ]),
      field(
        'dokumen_nomor_keputusan',
        'text',
        'Nomor keputusan kelayakan / rekomendasi',
        'Number of the feasibility decision or recommendation',
        { maxLength: 80 },
      ),
    ]),
    locationSection('lokasi_kegiatan', bilingual('kegiatan', 'activity')),
  ],
  slaDays: 14,
  budget: ENVIRONMENT_REVIEW,
  deemedApproval: false,
  validity: validity(
    null,
    'Berlaku selama usaha atau kegiatan berjalan dan tidak berubah; perubahan kegiatan memerlukan perubahan izin.',
    'Valid while the activity runs unchanged; a change to the activity needs an amended permit.',
  ),
  product: bilingual('Keputusan Izin Lingkungan', 'Environmental Permit decree'),
  permitNumberFormat: permitNumber('660', 'IL'),
})

export const sppl = defineService({
  code: 'SPPL',
  kind: 'non_izin',
  sector: 'environment',
  shortName: 'SPPL',
  name: bilingual(
    'Registrasi Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan Hidup',
    'Registration of an Environmental Management Undertaking (SPPL)',
  ),
  description: bilingual(
    'Pencatatan pernyataan kesanggupan mengelola dan memantau lingkungan bagi usaha kecil yang tidak wajib AMDAL maupun UKL-UPL.',
    'Registration of an undertaking to manage and monitor environmental effects, for small businesses that need neither AMDAL nor UKL-UPL.',
  ),
  applicationKinds: ['baru', 'perubahan'],
  legalBasis: [
    ENVIRONMENT_LAW,
    'Peraturan Pemerintah Nomor 27 Tahun 2012 tentang Izin Lingkungan',
    'Peraturan Menteri Lingkungan Hidup Nomor 16 Tahun 2012 tentang Pedoman Penyusunan Dokumen Lingkungan Hidup',
  ],
  requirements: [
    stampedStatement(
      'formulir_sppl',
      'Formulir SPPL yang diisi dan ditandatangani di atas meterai',
      'Completed SPPL form signed over a duty stamp',
    ),
    identityCard(),
    locationSketch(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    activitySection(),
    section('pengelolaan', 'Pengelolaan lingkungan', 'Environmental management', [
      field('pengelolaan_dampak', 'textarea', 'Dampak lingkungan yang ditimbulkan', 'Expected environmental effects', {
        maxLength: 2000,
      }),
      field('pengelolaan_upaya', 'textarea', 'Upaya pengelolaan dan pemantauan', 'Management and monitoring measures', {
        maxLength: 2000,
      }),
    ]),
    locationSection('lokasi_kegiatan', bilingual('kegiatan', 'activity')),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    null,
    'Berlaku selama usaha berjalan tanpa perubahan skala atau jenis kegiatan.',
    'Valid while the business runs without a change of scale or activity.',
  ),
  product: bilingual('SPPL yang telah diregistrasi', 'Registered SPPL'),
  permitNumberFormat: permitNumber('660', 'SPPL'),
})

export const iplc = defineService({
  code: 'IPLC',
  kind: 'izin',
  sector: 'environment',
  shortName: 'IPLC',
  name: bilingual('Izin Pembuangan Air Limbah ke Sumber Air', 'Wastewater Discharge Permit'),
  description: bilingual(
    'Izin membuang air limbah yang telah diolah ke sungai atau sumber air lain, dengan baku mutu dan debit yang ditetapkan.',
    'Permit to discharge treated wastewater into a river or other water body, within set quality standards and flow.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan'],
  legalBasis: [
    ENVIRONMENT_LAW,
    'Peraturan Pemerintah Nomor 82 Tahun 2001 tentang Pengelolaan Kualitas Air dan Pengendalian Pencemaran Air',
    'Peraturan Menteri Lingkungan Hidup Nomor 5 Tahun 2014 tentang Baku Mutu Air Limbah',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    environmentalDocument(),
    requirement(
      'uji_air_limbah',
      'Hasil uji air limbah dari laboratorium terakreditasi (3 bulan terakhir)',
      'Wastewater test results from an accredited laboratory (last 3 months)',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    requirement(
      'gambar_ipal',
      'Gambar IPAL dan diagram alir proses',
      'Drawings of the treatment plant and process flow diagram',
      { appliesTo: NEW_OR_CHANGE, maxSizeKb: 10240 },
    ),
    // PP 82/2001 art. 40 asks for a study of the discharge's effect on the receiving water.
    requirement(
      'kajian_pembuangan',
      'Kajian dampak pembuangan air limbah terhadap sumber air',
      'Study of the discharge’s effect on the receiving water',
      { appliesTo: NEW_OR_CHANGE },
    ),
    previousPermit(bilingual('IPLC', 'discharge permit')),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('limbah', 'Pembuangan air limbah', 'Wastewater discharge', [
      field(
        'limbah_sumber_air',
        'text',
        'Sumber air penerima (nama sungai / saluran)',
        'Receiving water (river or channel)',
        { maxLength: 150 },
      ),
      field('limbah_debit', 'decimal', 'Debit maksimum', 'Maximum flow', {
        minimum: 0.1,
        maximum: 100000,
        unit: 'm³/hari',
      }),
      field('limbah_kapasitas_ipal', 'decimal', 'Kapasitas IPAL', 'Treatment plant capacity', {
        minimum: 0.1,
        maximum: 100000,
        unit: 'm³/hari',
      }),
      field('limbah_titik_outlet', 'text', 'Titik koordinat outlet', 'Outlet coordinates', { maxLength: 100 }),
    ]),
    locationSection('lokasi_usaha', bilingual('usaha', 'business')),
  ],
  slaDays: 14,
  budget: ENVIRONMENT_REVIEW,
  deemedApproval: false,
  validity: validity(
    60,
    'Berlaku 5 tahun dan dapat diperpanjang; wajib melaporkan hasil uji air limbah secara berkala.',
    'Valid 5 years; renewable; wastewater tests must be reported regularly.',
  ),
  product: bilingual('Izin Pembuangan Air Limbah ke Sumber Air', 'Wastewater Discharge Permit'),
  permitNumberFormat: permitNumber('660', 'IPLC'),
})

export const tpsLimbahB3 = defineService({
  code: 'TPS-LB3',
  kind: 'izin',
  sector: 'environment',
  name: bilingual(
    'Izin Penyimpanan Sementara Limbah Bahan Berbahaya dan Beracun',
    'Hazardous Waste Temporary Storage Permit',
  ),
  description: bilingual(
    'Izin bagi penghasil limbah B3 untuk menyimpan limbahnya sementara di tempat penyimpanan (TPS) yang memenuhi syarat sebelum diserahkan kepada pengangkut atau pengolah berizin.',
    'Permit for a generator of hazardous waste to store it in a compliant temporary store before handing it to a licensed carrier or processor.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan'],
  legalBasis: [
    ENVIRONMENT_LAW,
    'Peraturan Pemerintah Nomor 101 Tahun 2014 tentang Pengelolaan Limbah Bahan Berbahaya dan Beracun',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    environmentalDocument(),
    requirement(
      'identifikasi_limbah',
      'Identifikasi jenis, sumber dan jumlah limbah B3',
      'Identification of hazardous waste types, sources and amounts',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    requirement(
      'desain_tps',
      'Desain, tata letak dan foto bangunan TPS limbah B3',
      'Design, layout and photographs of the storage building',
      { appliesTo: NEW_OR_CHANGE, maxSizeKb: 10240 },
    ),
    requirement('sop_tanggap_darurat', 'SOP penyimpanan dan tanggap darurat', 'Storage and emergency procedures', {
      appliesTo: NEW_OR_CHANGE,
    }),
    requirement(
      'kerja_sama_pengangkut',
      'Kontrak dengan pengangkut / pengolah limbah B3 berizin',
      'Contract with a licensed hazardous waste carrier or processor',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    previousPermit(bilingual('Izin TPS limbah B3', 'storage permit')),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('limbah_b3', 'Limbah B3', 'Hazardous waste', [
      field('limbah_b3_jenis', 'textarea', 'Jenis dan kode limbah B3', 'Waste types and codes', { maxLength: 2000 }),
      field('limbah_b3_jumlah', 'decimal', 'Jumlah limbah yang dihasilkan', 'Amount generated', {
        minimum: 0.001,
        maximum: 100000,
        unit: 'ton/bulan',
      }),
      floorAreaField('limbah_b3_luas_tps', 'Luas TPS', 'Storage floor area'),
      // PP 101/2014 art. 28: 90 days for 50 kg/day or more, 180 days below that, 365 days for category 2 waste.
      selectField('limbah_b3_lama_simpan', 'Lama penyimpanan paling lama', 'Longest storage time', [
        ['90', '90 hari (50 kg per hari atau lebih)', '90 days (50 kg a day or more)'],
        ['180', '180 hari (kurang dari 50 kg per hari, kategori 1)', '180 days (under 50 kg a day, category 1)'],
        ['365', '365 hari (kategori 2)', '365 days (category 2)'],
      ]),
    ]),
    locationSection('lokasi_tps', bilingual('TPS limbah B3', 'storage site')),
  ],
  slaDays: 14,
  budget: ENVIRONMENT_REVIEW,
  deemedApproval: false,
  validity: validity(
    60,
    'Berlaku 5 tahun dan dapat diperpanjang; pemegang izin wajib melaporkan neraca limbah B3.',
    'Valid 5 years; renewable; the holder must report a hazardous waste balance.',
  ),
  product: bilingual('Izin Penyimpanan Sementara Limbah B3', 'Hazardous Waste Temporary Storage Permit'),
  permitNumberFormat: permitNumber('660', 'LB3'),
})

export const environmentServices: ServiceDefinition[] = [izinLingkungan, sppl, iplc, tpsLimbahB3]
