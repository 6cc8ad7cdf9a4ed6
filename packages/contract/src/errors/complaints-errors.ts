import type { ErrorEntry } from './error-entry.ts'

/** Complaints and the IKM survey. */
export const complaintsErrors = {
  'complaints.subject_detail_required': {
    status: 422,
    id: 'Sebutkan layanan (untuk pengaduan tentang layanan) atau nomor registrasi (untuk pengaduan tentang permohonan).',
    en: 'Name the service (for a complaint about a service) or the registration number (for one about an application).',
  },
  'complaints.unknown_service': { status: 422, id: 'Layanan tidak dikenal.', en: 'Unknown service.' },
  'complaints.pungli_subject': {
    status: 422,
    id: 'Laporan pungutan liar hanya untuk pengaduan tentang perilaku petugas.',
    en: 'An extortion report is only for a complaint about an officer’s conduct.',
  },
  'complaints.not_found': {
    status: 404,
    id: 'Nomor pengaduan atau kode tindak lanjut tidak cocok.',
    en: 'The complaint number or follow-up code does not match.',
  },
  'complaints.too_many_attachments': {
    status: 409,
    id: 'Paling banyak 3 berkas untuk pengaduan dan untuk setiap balasan.',
    en: 'At most 3 files with the complaint and with each reply.',
  },
  'complaints.attachment_not_found': { status: 404, id: 'Lampiran tidak ditemukan.', en: 'Attachment not found.' },
  'complaints.closed': { status: 409, id: 'Pengaduan ini sudah ditutup.', en: 'This complaint is closed.' },
  'complaints.not_handler': {
    status: 403,
    id: 'Laporan pungutan liar ditangani Inspektorat (auditor); pengaduan lain ditangani supervisor.',
    en: 'Extortion reports are handled by the inspectorate (auditor); other complaints by supervisors.',
  },
  'complaints.step_not_allowed': {
    status: 409,
    id: 'Langkah ini tidak tersedia pada status pengaduan sekarang.',
    en: 'This step is not available in the complaint’s current status.',
  },
  'complaints.forward_target_required': {
    status: 422,
    id: 'Sebutkan unit tujuan penerusan.',
    en: 'Name the unit it is forwarded to.',
  },
  'complaints.outcome_required': {
    status: 422,
    id: 'Sebutkan hasil penutupan pengaduan.',
    en: 'Give the outcome of the complaint.',
  },
  'complaints.stale': {
    status: 409,
    id: 'Pengaduan ini baru saja diubah orang lain; muat ulang.',
    en: 'Someone else just changed this complaint; reload it.',
  },
  'survey.not_finished': {
    status: 409,
    id: 'Survei kepuasan dapat diisi setelah izin terbit atau permohonan ditolak.',
    en: 'The satisfaction survey opens once the permit is issued or the application rejected.',
  },
  'survey.already_answered': {
    status: 409,
    id: 'Survei untuk permohonan ini sudah diisi.',
    en: 'The survey for this application has already been answered.',
  },
} as const satisfies Record<string, ErrorEntry>
