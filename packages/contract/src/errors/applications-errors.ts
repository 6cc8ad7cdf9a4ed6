import type { ErrorEntry } from './error-entry.ts'

/** Applications, their documents and public tracking. */
export const applicationsErrors = {
  'applications.not_found': { status: 404, id: 'Permohonan tidak ditemukan.', en: 'Application not found.' },
  'counter.applicant_not_found': {
    status: 404,
    id: 'Tidak ada akun pemohon dengan NIK itu.',
    en: 'No applicant account has that NIK.',
  },
  'counter.provisional_unknown': {
    status: 422,
    id: 'Nomor tanda terima sementara itu tidak termasuk rentang yang diberikan kepada perangkat Anda.',
    en: 'That provisional receipt number is not in a range allocated to your device.',
  },
  'counter.provisional_used': {
    status: 409,
    id: 'Nomor tanda terima sementara itu sudah dipakai untuk permohonan lain.',
    en: 'That provisional receipt number is already linked to another application.',
  },
  'applications.not_assigned': {
    status: 403,
    id: 'Berkas ini tidak ditugaskan kepada Anda.',
    en: 'This file is not assigned to you.',
  },
  'applications.stale_version': {
    status: 409,
    id: 'Permohonan telah berubah sejak Anda membukanya. Muat ulang lalu ulangi.',
    en: 'The application changed since you opened it. Reload and try again.',
  },
  'applications.field_locked': {
    status: 409,
    id: 'Bagian ini tidak diminta untuk diperbaiki.',
    en: 'This part was not asked to be corrected.',
  },
  'applications.not_editable': {
    status: 409,
    id: 'Permohonan ini tidak dapat diubah lagi.',
    en: 'This application can no longer be changed.',
  },
  'applications.invalid_form': { status: 422, id: 'Beberapa isian belum benar.', en: 'Some fields are not valid.' },
  'applications.incomplete': { status: 422, id: 'Permohonan belum lengkap.', en: 'The application is not complete.' },
  'applications.kind_not_offered': {
    status: 422,
    id: 'Jenis permohonan ini tidak tersedia untuk layanan tersebut.',
    en: 'This kind of application is not offered for the service.',
  },
  'applications.action_not_allowed': {
    status: 409,
    id: 'Tindakan ini tidak dapat dilakukan pada tahap sekarang.',
    en: 'This action is not possible at the current stage.',
  },
  'applications.unknown_requirement': {
    status: 404,
    id: 'Persyaratan tidak dikenal untuk layanan ini.',
    en: 'Unknown requirement for this service.',
  },
  'applications.document_not_found': { status: 404, id: 'Dokumen tidak ditemukan.', en: 'Document not found.' },
  'applications.return_reasons_required': {
    status: 422,
    id: 'Pengembalian berkas wajib disertai alasan dan daftar yang harus diperbaiki.',
    en: 'A return needs reasons and a checklist of what to fix.',
  },
  'applications.legal_reason_required': {
    status: 422,
    id: 'Penolakan wajib disertai dasar hukum.',
    en: 'A rejection needs its legal ground.',
  },
  'applications.report_required': {
    status: 422,
    id: 'Kajian teknis wajib disertai laporan.',
    en: 'A technical review needs a report.',
  },
  'applications.unknown_checklist_item': {
    status: 422,
    id: 'Daftar perbaikan memuat persyaratan atau isian yang tidak ada.',
    en: 'The checklist names a requirement or field that does not exist.',
  },
  'applications.empty_checklist': {
    status: 422,
    id: 'Sebutkan minimal satu persyaratan atau isian yang harus diperbaiki.',
    en: 'Name at least one requirement or field to fix.',
  },
  'applications.no_eligible_officer': {
    status: 409,
    id: 'Tidak ada petugas lain yang memenuhi syarat dan sedang bertugas.',
    en: 'No other eligible officer is on duty.',
  },
  'applications.not_in_review': {
    status: 409,
    id: 'Lampiran kajian hanya dapat ditambahkan selama kajian teknis.',
    en: 'Review attachments can only be added during technical review.',
  },
  'applications.not_in_office': {
    status: 409,
    id: 'Berkas ini tidak sedang diproses di kantor.',
    en: 'This file is not being processed in the office.',
  },
  'applications.reassign_needs_another_supervisor': {
    status: 403,
    id: 'Berkas ini baru saja Anda alihkan. Pengalihan berikutnya dalam 7 hari harus oleh pengawas lain.',
    en: 'You reassigned this file recently. Another reassignment within 7 days needs another supervisor.',
  },
  'documents.too_large': {
    status: 413,
    id: 'Berkas terlalu besar (maksimal {maxKb} KB).',
    en: 'The file is too large (at most {maxKb} KB).',
  },
  'documents.type_not_accepted': {
    status: 415,
    id: 'Jenis berkas tidak diterima. Yang diterima: {accepted}.',
    en: 'File type not accepted. Accepted: {accepted}.',
  },
  'documents.empty': { status: 422, id: 'Berkas kosong.', en: 'The file is empty.' },
  'documents.bad_file_name': { status: 422, id: 'Nama berkas tidak sah.', en: 'The file name is not valid.' },
  'documents.no_file': {
    status: 400,
    id: 'Tidak ada berkas yang dikirim. Kirim satu berkas pada bagian formulir bernama "file".',
    en: 'No file was sent. Send one file in the form part named "file".',
  },
  'documents.one_file_only': {
    status: 400,
    id: 'Kirim satu berkas saja, tanpa bagian formulir lain.',
    en: 'Send one file only, with no other form parts.',
  },
  'documents.not_a_pdf': {
    status: 422,
    id: 'Berkas ini bukan PDF yang utuh (rusak atau terpotong). Simpan ulang atau cetak ulang ke PDF, lalu unggah lagi.',
    en: 'This file is not a complete PDF (damaged or cut short). Save or print it to PDF again, then upload it.',
  },
  'documents.pdf_active_content': {
    status: 422,
    id: 'PDF ini memuat skrip, berkas sisipan, atau tindakan otomatis, yang tidak diterima. Cetak ulang ke PDF biasa, lalu unggah lagi.',
    en: 'This PDF carries scripts, embedded files or automatic actions, which are not accepted. Print it to a plain PDF, then upload it.',
  },
  'documents.pdf_encrypted': {
    status: 422,
    id: 'PDF ini terkunci atau dienkripsi sehingga tidak dapat diperiksa. Buka kuncinya atau cetak ulang ke PDF, lalu unggah lagi.',
    en: 'This PDF is password-protected or encrypted, so it cannot be checked. Remove the protection or print it to PDF, then upload it.',
  },
  'documents.pdf_uninspectable': {
    status: 422,
    id: 'PDF ini tidak dapat diperiksa (bagian terkompresinya terlalu besar atau berbentuk tidak didukung). Cetak ulang ke PDF, lalu unggah lagi.',
    en: 'This PDF cannot be checked (its compressed parts are too large or in an unsupported form). Print it to PDF again, then upload it.',
  },
  'documents.image_corrupt': {
    status: 422,
    id: 'Gambar ini rusak atau tidak lengkap. Ambil atau simpan ulang gambarnya, lalu unggah lagi.',
    en: 'This image is damaged or incomplete. Take or save the picture again, then upload it.',
  },
  'documents.image_dimensions': {
    status: 422,
    id: 'Ukuran gambar harus antara 1 dan 20.000 piksel pada setiap sisi.',
    en: 'The image must be between 1 and 20,000 pixels on each side.',
  },
  'documents.busy': {
    status: 503,
    id: 'Terlalu banyak berkas sedang diperiksa. Coba unggah lagi sebentar lagi.',
    en: 'Too many files are being checked right now. Please upload again shortly.',
  },
  'documents.missing': {
    status: 422,
    id: 'Dokumen wajib belum diunggah.',
    en: 'A mandatory document has not been uploaded.',
  },
  'tracking.not_found': {
    status: 404,
    id: 'Nomor registrasi atau kode lacak tidak cocok.',
    en: 'The registration number or tracking code does not match.',
  },
} as const satisfies Record<string, ErrorEntry>
