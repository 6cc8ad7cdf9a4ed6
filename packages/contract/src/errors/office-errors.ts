import type { ErrorEntry } from './error-entry.ts'

/** Calendar, closures, delegations, payments and permits. */
export const officeErrors = {
  'calendar.out_of_range': {
    status: 422,
    id: 'Tanggal atau jumlah hari di luar kalender yang didukung (2000–2099, paling banyak 2.600 hari kerja).',
    en: 'The date or number of days is outside the supported calendar (2000–2099, at most 2,600 working days).',
  },
  'calendar.year_published': {
    status: 409,
    id: 'Kalender tahun ini sudah ditandai terbit.',
    en: "This year's calendar is already marked published.",
  },
  'calendar.not_found': { status: 404, id: 'Entri kalender tidak ditemukan.', en: 'Calendar entry not found.' },
  'calendar.already_holiday': {
    status: 409,
    id: 'Tanggal ini sudah merupakan hari libur.',
    en: 'This date is already a holiday.',
  },
  'calendar.already_revoked': { status: 409, id: 'Entri ini sudah dicabut.', en: 'This entry was already revoked.' },
  'permits.not_issued': {
    status: 404,
    id: 'Izin untuk permohonan ini belum terbit.',
    en: 'No permit has been issued for this application.',
  },
  'permits.not_signing': {
    status: 409,
    id: 'Permohonan ini tidak sedang menunggu tanda tangan.',
    en: 'This application is not waiting for signature.',
  },
  'permits.not_found': { status: 404, id: 'Izin tidak ditemukan.', en: 'Permit not found.' },
  'permits.already_revoked': { status: 409, id: 'Izin ini sudah dicabut.', en: 'This permit was already revoked.' },
  'payments.bad_signature': {
    status: 401,
    id: 'Tanda tangan callback bank tidak sah.',
    en: 'The bank callback signature is not valid.',
  },
  'payments.stale_timestamp': {
    status: 401,
    id: 'Waktu callback bank di luar batas yang diizinkan.',
    en: 'The bank callback timestamp is outside the allowed window.',
  },
  'payments.bad_period': {
    status: 422,
    id: 'Periode tidak sah: tanggal awal harus sebelum tanggal akhir dan paling lama 92 hari.',
    en: 'Invalid period: the first day must not be after the last, and at most 92 days.',
  },
  'payments.no_invoice': { status: 404, id: 'Tagihan (SKRD) tidak ditemukan.', en: 'Invoice (SKRD) not found.' },
  'payments.already_paid': { status: 409, id: 'Tagihan ini sudah lunas.', en: 'This invoice is already paid.' },
  'payments.not_paid': {
    status: 409,
    id: 'Tagihan ini belum dibayar; tanda bukti pembayaran ada setelah bank mengonfirmasi pembayaran.',
    en: 'This invoice is not paid yet; the receipt is available once the bank confirms the payment.',
  },
  'payments.no_manual_confirmation': {
    status: 404,
    id: 'Konfirmasi manual tidak ditemukan.',
    en: 'Manual confirmation not found.',
  },
  'payments.already_approved': {
    status: 409,
    id: 'Konfirmasi manual ini sudah disetujui.',
    en: 'This manual confirmation was already approved.',
  },
  'payments.same_treasurer': {
    status: 403,
    id: 'Konfirmasi harus disetujui bendahara lain (kendali ganda).',
    en: 'Another treasurer must approve this confirmation (dual control).',
  },
  'payments.related_treasurer': {
    status: 403,
    id: 'Konfirmasi harus disetujui bendahara yang akunnya tidak dibuat atau disetujui oleh bendahara pertama, atau sebaliknya.',
    en: 'The confirmation must be approved by a treasurer whose account the first one neither set up nor was set up by.',
  },
  'payments.reference_used': {
    status: 409,
    id: 'Nomor referensi bank ini sudah tercatat.',
    en: 'This bank reference is already recorded.',
  },
  'closures.not_found': { status: 404, id: 'Penutupan layanan tidak ditemukan.', en: 'Closure not found.' },
  'closures.already_ended': {
    status: 409,
    id: 'Penutupan ini sudah memiliki tanggal akhir.',
    en: 'This closure already has an end date.',
  },
  'closures.ends_before_start': {
    status: 422,
    id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  'backentry.future_date': {
    status: 422,
    id: 'Tanggal tanda terima kertas tidak boleh di masa depan.',
    en: 'The date of the paper receipt cannot be in the future.',
  },
  'backentry.not_in_closure': {
    status: 422,
    id: 'Tanggal tanda terima kertas tidak berada dalam masa penutupan layanan yang diumumkan kantor ini.',
    en: 'The date of the paper receipt is not within a closure this office declared.',
  },
  'backentry.receipt_used': {
    status: 409,
    id: 'Nomor tanda terima kertas ini sudah dientri.',
    en: 'This paper receipt number was already entered.',
  },
  'backentry.already_pending': {
    status: 409,
    id: 'Draf ini sudah dientri susulan dan menunggu persetujuan.',
    en: 'This draft is already back-entered and waiting for approval.',
  },
  'backentry.not_found': { status: 404, id: 'Entri susulan tidak ditemukan.', en: 'Back-entry not found.' },
  'backentry.already_decided': {
    status: 409,
    id: 'Entri susulan ini sudah disetujui atau ditolak.',
    en: 'This back-entry was already approved or rejected.',
  },
  'backentry.same_officer': {
    status: 403,
    id: 'Entri susulan harus diputus petugas lain, bukan yang mengentrinya (kendali ganda).',
    en: 'Another officer than the one who entered it must decide this back-entry (dual control).',
  },
  'backentry.related_officer': {
    status: 403,
    id: 'Entri susulan harus diputus petugas yang akunnya tidak dibuat atau disetujui oleh petugas pengentri, atau sebaliknya.',
    en: 'The back-entry must be decided by an officer whose account the entering officer neither set up nor was set up by.',
  },
  'backentry.draft_changed': {
    status: 409,
    id: 'Draf berubah sejak dientri susulan; tolak entri ini dan entri ulang.',
    en: 'The draft changed since it was back-entered; reject this entry and enter it again.',
  },
  'delegations.backdated': {
    status: 422,
    id: 'Pendelegasian tidak boleh berlaku surut.',
    en: 'A delegation cannot start in the past.',
  },
  'delegations.ends_before_start': {
    status: 422,
    id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  'delegations.overlap': {
    status: 409,
    id: 'Sudah ada pendelegasian pada rentang tanggal itu.',
    en: 'Another delegation covers those dates.',
  },
  'delegations.unknown_delegate': {
    status: 422,
    id: 'Pejabat yang ditunjuk bukan petugas kantor ini.',
    en: 'The named official is not an officer of this office.',
  },
  'delegations.delegate_not_eligible': {
    status: 422,
    id: 'Pejabat yang ditunjuk harus petugas lain yang aktif, sedang bertugas, dan boleh menandatangani (bukan bendahara, auditor atau admin).',
    en: 'The named official must be another active officer on duty who may sign (not a treasurer, auditor or admin).',
  },
  'delegations.not_found': {
    status: 404,
    id: 'Pendelegasian tidak ditemukan atau sudah dicabut.',
    en: 'Delegation not found or already withdrawn.',
  },
} as const satisfies Record<string, ErrorEntry>
