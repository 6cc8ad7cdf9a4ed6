import type { ApplicationKind, LocalizedText, Requirement } from '@pintu/contract'
import { applicationKinds } from '@pintu/contract'

type RequirementOptions = Omit<Partial<Requirement>, 'key' | 'name'>

/**
 * Shared requirements name every application kind they could apply to; `defineService` keeps only the
 * kinds the service accepts and drops a requirement none of whose kinds remain.
 */
export const ALL_KINDS: ApplicationKind[] = [...applicationKinds]
export const NEW: ApplicationKind[] = ['baru']
export const NEW_OR_CHANGE: ApplicationKind[] = ['baru', 'perubahan']
export const NEW_OR_RENEWAL: ApplicationKind[] = ['baru', 'perpanjangan']
export const NEW_RENEWAL_OR_CHANGE: ApplicationKind[] = ['baru', 'perpanjangan', 'perubahan']
export const ISSUED_DOCUMENT_KINDS: ApplicationKind[] = ['perpanjangan', 'perubahan', 'pencabutan']

const SCAN_TYPES: Requirement['acceptedTypes'] = ['pdf', 'jpeg', 'png']
const PHOTO_TYPES: Requirement['acceptedTypes'] = ['jpeg', 'png']

/** A mandatory scan (PDF, JPEG or PNG, at most 2 MiB) for every application kind, unless told otherwise. */
export function requirement(key: string, id: string, en: string, options: RequirementOptions = {}): Requirement {
  return {
    key,
    name: { id, en },
    mandatory: true,
    appliesTo: ALL_KINDS,
    acceptedTypes: SCAN_TYPES,
    maxSizeKb: 2048,
    originalToBeShown: false,
    stampDuty: false,
    ...options,
  }
}

/** A letter or statement signed over a Rp10.000 duty stamp (UU 10/2020 Bea Meterai; Rp6.000 before 2021). */
export function stampedStatement(key: string, id: string, en: string, options: RequirementOptions = {}): Requirement {
  return requirement(key, id, en, { stampDuty: true, ...options })
}

export const applicationLetter = () =>
  stampedStatement(
    'surat_permohonan',
    'Surat permohonan bermeterai yang ditandatangani pemohon',
    'Application letter signed by the applicant over a duty stamp',
  )

export const identityCard = () =>
  requirement(
    'ktp',
    'KTP-el pemohon / penanggung jawab',
    'Electronic ID card (KTP-el) of the applicant or person in charge',
    {
      originalToBeShown: true,
    },
  )

export const taxNumber = (holder: LocalizedText = { id: 'perusahaan / pemilik', en: 'company or owner' }) =>
  requirement('npwp', `NPWP ${holder.id}`, `Tax number card (NPWP) of the ${holder.en}`, {
    appliesTo: NEW_RENEWAL_OR_CHANGE,
  })

export const deedOfEstablishment = (mandatory = false) =>
  requirement(
    'akta_pendirian',
    'Akta pendirian badan usaha dan perubahannya beserta pengesahan Kemenkumham',
    'Deed of establishment and its amendments, with the Ministry of Law approval',
    {
      mandatory,
      appliesTo: NEW_OR_CHANGE,
      description: {
        id: 'Wajib bagi PT, CV, Firma, Koperasi dan Yayasan; tidak diperlukan untuk usaha perorangan.',
        en: 'Required for companies, partnerships, cooperatives and foundations; not for sole proprietors.',
      },
    },
  )

export const passPhoto = (size = '4x6') =>
  requirement('pas_foto', `Pas foto berwarna ukuran ${size} terbaru`, `Recent colour passport photo, ${size} cm`, {
    appliesTo: ['baru', 'perpanjangan', 'penggantian'],
    acceptedTypes: PHOTO_TYPES,
    maxSizeKb: 1024,
  })

export const powerOfAttorney = () =>
  stampedStatement(
    'surat_kuasa',
    'Surat kuasa bermeterai bila pengurusan dikuasakan',
    'Power of attorney over a duty stamp, when someone files on your behalf',
    {
      mandatory: false,
    },
  )

export const premisesProof = (what: LocalizedText = { id: 'tempat usaha', en: 'business premises' }) =>
  requirement(
    'bukti_tempat',
    `Bukti kepemilikan atau perjanjian sewa ${what.id}`,
    `Proof of ownership or lease of the ${what.en}`,
    { appliesTo: NEW_OR_CHANGE, originalToBeShown: true },
  )

export const landTaxReceipt = () =>
  requirement(
    'pbb',
    'Bukti lunas Pajak Bumi dan Bangunan (PBB) tahun berjalan',
    'Receipt of the current year’s land and building tax (PBB)',
    {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    },
  )

export const buildingPermitCopy = () =>
  requirement('imb_tempat', 'Izin Mendirikan Bangunan (IMB) tempat usaha', 'Building permit (IMB) of the premises', {
    appliesTo: NEW_OR_CHANGE,
  })

export const environmentalDocument = () =>
  requirement(
    'dokumen_lingkungan',
    'Dokumen lingkungan hidup (SPPL, UKL-UPL atau izin lingkungan) sesuai skala usaha',
    'Environmental document (SPPL, UKL-UPL or environmental permit) matching the scale of the business',
    { appliesTo: NEW_OR_CHANGE },
  )

/** The document being renewed, amended or revoked; its original is checked at the counter. */
export const previousPermit = (what: LocalizedText) =>
  requirement(
    'dokumen_lama',
    `${what.id} asli yang masih berlaku / yang akan diubah`,
    `Original ${what.en} being renewed, amended or revoked`,
    {
      appliesTo: ISSUED_DOCUMENT_KINDS,
      originalToBeShown: true,
    },
  )

export const lossReport = () =>
  requirement(
    'surat_kehilangan',
    'Surat keterangan kehilangan dari Kepolisian, atau dokumen asli yang rusak',
    'Police report of loss, or the damaged original',
    { appliesTo: ['penggantian'], originalToBeShown: true },
  )

export const closureStatement = () =>
  stampedStatement(
    'pernyataan_penutupan',
    'Surat pernyataan penutupan / penghentian kegiatan bermeterai',
    'Statement over a duty stamp that the activity has closed',
    {
      appliesTo: ['pencabutan'],
    },
  )

export const changeEvidence = () =>
  requirement(
    'bukti_perubahan',
    'Dokumen pendukung perubahan data (akta perubahan, surat pindah, dan sebagainya)',
    'Evidence of the change (amended deed, relocation letter, etc.)',
    {
      appliesTo: ['perubahan'],
    },
  )

export const technicalRecommendation = (agency: LocalizedText) =>
  requirement(
    'rekomendasi_teknis',
    `Rekomendasi teknis dari ${agency.id}`,
    `Technical recommendation from the ${agency.en}`,
    {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
      originalToBeShown: true,
    },
  )

export const neighbourConsent = () =>
  stampedStatement(
    'persetujuan_tetangga',
    'Surat persetujuan tetangga sekitar yang diketahui RT/RW dan Lurah',
    'Consent of the neighbours, acknowledged by the RT/RW heads and the Lurah',
    { appliesTo: NEW_OR_CHANGE },
  )

export const businessPlan = () =>
  requirement('rencana_usaha', 'Proposal / rencana kegiatan usaha', 'Business proposal or plan of activities', {
    appliesTo: NEW,
  })

export const locationSketch = () =>
  requirement('denah_lokasi', 'Denah lokasi dan foto tempat', 'Location sketch and photographs of the site', {
    appliesTo: NEW_OR_CHANGE,
    acceptedTypes: SCAN_TYPES,
    maxSizeKb: 5120,
  })

export const staffList = () =>
  requirement(
    'daftar_tenaga',
    'Daftar tenaga kerja beserta kualifikasinya',
    'List of staff with their qualifications',
    {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    },
  )

// ---- health professionals (Permenkes 2052/2011, 28/2017, 17/2013, 31/2016, 80/2013 share these) ----

export const registrationCertificate = (register: LocalizedText) =>
  requirement(
    'str',
    `Surat Tanda Registrasi (${register.id}) yang masih berlaku, dilegalisir`,
    `Valid registration certificate (${register.en}), certified copy`,
    {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
      originalToBeShown: true,
    },
  )

export const diploma = (what: LocalizedText) =>
  requirement('ijazah', `Ijazah ${what.id} yang dilegalisir`, `Certified copy of the ${what.en} diploma`, {
    appliesTo: NEW,
    originalToBeShown: true,
  })

export const healthCertificate = () =>
  requirement(
    'surat_sehat',
    'Surat keterangan sehat dari dokter yang memiliki SIP',
    'Health certificate from a licensed physician',
    {
      appliesTo: NEW_OR_RENEWAL,
    },
  )

export const practicePlaceStatement = () =>
  stampedStatement(
    'pernyataan_tempat_praktik',
    'Surat pernyataan memiliki tempat praktik atau surat keterangan dari pimpinan fasilitas pelayanan kesehatan',
    'Statement of having a place of practice, or letter from the head of the health facility',
    { appliesTo: NEW_RENEWAL_OR_CHANGE },
  )

export const professionalRecommendation = (organisation: LocalizedText) =>
  requirement(
    'rekomendasi_op',
    `Rekomendasi dari organisasi profesi (${organisation.id})`,
    `Recommendation of the professional body (${organisation.en})`,
    {
      appliesTo: NEW_OR_RENEWAL,
      originalToBeShown: true,
    },
  )

// ---- shared texts of the published service standard (Permenpan RB 15/2014) ----

const rupiah = (amount: number, separator: string) => `Rp${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, separator)}`
export const rupiahId = (amount: number) => rupiah(amount, '.')
export const rupiahEn = (amount: number) => rupiah(amount, ',')

// The 3/5/14/60-day ladder is the SP4N-LAPOR! handling time published by Kemenpan RB
// (Perpres 76/2013 on complaint management; Permenpan RB 62/2018 on SP4N).
export const COMPLAINT_HANDLING: LocalizedText = {
  id:
    'Pengaduan, saran dan masukan dapat disampaikan tanpa identitas melalui SP4N-LAPOR! (www.lapor.go.id, SMS 1708), ' +
    'layanan pengaduan DPMPTSP Kota Bandung (022) 7217487, atau kotak pengaduan di Jl. Cianjur No. 34. ' +
    'Tanggapan awal paling lama 3 hari; permintaan informasi dan pengaduan ringan selesai paling lama 5 hari; ' +
    'pengaduan tanpa pemeriksaan lapangan paling lama 14 hari; pengaduan yang memerlukan pemeriksaan lapangan paling lama 60 hari.',
  en:
    'Complaints, suggestions and feedback may be filed anonymously through SP4N-LAPOR! (www.lapor.go.id, SMS 1708), ' +
    'the DPMPTSP Kota Bandung complaint desk (022) 7217487, or the complaint box at Jl. Cianjur No. 34. ' +
    'First response within 3 days; information requests and simple complaints resolved within 5 days; ' +
    'complaints needing no field check within 14 days; complaints needing a field check within 60 days.',
}

export interface ProcedureOptions {
  /** Agency whose technical team reviews the file; omit when the service has no technical review. */
  technicalAgency?: LocalizedText
  payment: boolean
}

/** Steps from online filing to download, following the dpmptsp.bandung.go.id flow (registration → resi → tracking). */
export function procedureSteps({ technicalAgency, payment }: ProcedureOptions): LocalizedText[] {
  return [
    {
      id: 'Pemohon mengisi formulir dan mengunggah persyaratan secara daring atau melalui petugas loket, lalu menerima nomor registrasi.',
      en: 'The applicant fills in the form and uploads the requirements online or through a counter officer, and receives a registration number.',
    },
    {
      id:
        'Petugas memeriksa kelengkapan administrasi. Berkas yang belum lengkap dikembalikan dengan daftar kekurangan untuk dilengkapi; ' +
        'berkas lengkap mendapat nomor resi dan perkiraan tanggal selesai.',
      en:
        'An officer checks the file for completeness. An incomplete file is returned with a checklist of what is missing; ' +
        'a complete file receives a tracking number and an expected completion date.',
    },
    ...(technicalAgency
      ? [
          {
            id: `Tim teknis ${technicalAgency.id} memeriksa dokumen teknis dan, bila perlu, meninjau lokasi serta membuat berita acara pemeriksaan.`,
            en: `The technical team of the ${technicalAgency.en} reviews the technical documents and, where needed, inspects the site and writes an inspection report.`,
          },
        ]
      : []),
    {
      id: 'Kepala Bidang merekomendasikan persetujuan, atau penolakan dengan alasan dan dasar hukumnya.',
      en: 'The head of division recommends approval, or rejection with its reasons and legal basis.',
    },
    ...(payment
      ? [
          {
            id: 'Pemohon membayar retribusi sesuai SKRD melalui kode bayar / virtual account bank; petugas tidak menerima uang tunai.',
            en: 'The applicant pays the levy stated in the assessment (SKRD) through the bank billing code or virtual account; officers never take cash.',
          },
        ]
      : []),
    {
      id: 'Kepala DPMPTSP, atau pejabat Plt./Plh. yang menerima pendelegasian, menandatangani dokumen secara elektronik; dokumen diberi nomor dan kode QR.',
      en: 'The head of DPMPTSP, or an acting official holding a delegation, signs the document electronically; it receives a number and a QR code.',
    },
    {
      id: 'Pemohon mengisi survei kepuasan masyarakat dan mengunduh dokumen.',
      en: 'The applicant answers the satisfaction survey and downloads the document.',
    },
  ]
}

/** Time is counted in working days from a complete and correct file (UU 25/2009; Bandung SOP). */
export function timeNote(slaDays: number): LocalizedText {
  return {
    id: `${slaDays} hari kerja sejak berkas dinyatakan lengkap dan benar. Waktu selama berkas dikembalikan kepada pemohon tidak dihitung.`,
    en: `${slaDays} working days from the day the file is found complete and correct. Time while the file is back with the applicant does not count.`,
  }
}

export const FREE_OF_CHARGE: LocalizedText = {
  id: 'Tidak dipungut biaya (Rp0). Pungutan di luar ketentuan adalah pungli dan dapat dilaporkan.',
  en: 'Free of charge (Rp0). Any other charge is an illegal levy and can be reported.',
}
