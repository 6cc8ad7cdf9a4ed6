/**
 * Error messages by stable code, Bahasa Indonesia first. `{name}` placeholders come from the
 * error's params. A code without a message here falls back to its category's message.
 */
export const messages: Record<string, { id: string; en: string }> = {
  internal: { id: 'Terjadi kesalahan pada sistem. Silakan coba lagi.', en: 'Something went wrong on our side. Please try again.' },
  not_found: { id: 'Alamat yang diminta tidak ditemukan.', en: 'The requested address was not found.' },
  rate_limited: { id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.', en: 'Too many requests. Please try again shortly.' },

  'request.invalid': { id: 'Data yang dikirim tidak sesuai.', en: 'The data sent is not valid.' },
  'request.malformed_json': { id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' },
  'request.empty_body': { id: 'Isi permintaan kosong.', en: 'The request body is empty.' },
  'request.body_too_large': { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  'request.unsupported_media_type': { id: 'Jenis isi permintaan tidak didukung.', en: 'The request content type is not supported.' },
  'request.malformed_multipart': {
    id: 'Isi permintaan bukan multipart/form-data yang utuh (batas bagian hilang, salah, atau terpotong).',
    en: 'The request body is not complete multipart/form-data (its boundary is missing, wrong or cut short).',
  },
  'request.uri_too_long': { id: 'Alamat permintaan terlalu panjang.', en: 'The request address is too long.' },
  'field.required': { id: 'Wajib diisi.', en: 'Required.' },
  'field.type': { id: 'Jenis nilai tidak sesuai.', en: 'Wrong type of value.' },
  'field.unknown': { id: 'Kolom ini tidak dikenal.', en: 'Unknown field.' },
  'field.format': { id: 'Format tidak sesuai.', en: 'Wrong format.' },
  'field.pattern': { id: 'Format tidak sesuai.', en: 'Wrong format.' },
  'field.too_long': { id: 'Terlalu panjang.', en: 'Too long.' },
  'field.too_short': { id: 'Terlalu pendek.', en: 'Too short.' },
  'field.out_of_range': { id: 'Nilai di luar batas.', en: 'Value out of range.' },
  'field.not_allowed': { id: 'Nilai tidak termasuk pilihan yang tersedia.', en: 'Value is not one of the allowed choices.' },
  'field.invalid': { id: 'Nilai tidak sah.', en: 'Invalid value.' },

  'auth.unauthenticated': { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  'auth.token_expired': { id: 'Sesi Anda telah berakhir. Silakan masuk kembali.', en: 'Your session has expired. Please log in again.' },
  'auth.forbidden': { id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
  'auth.route_not_declared': { id: 'Akses ke alamat ini tidak dinyatakan.', en: 'Access to this address is not declared.' },
  'auth.invalid_credentials': { id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  'auth.too_many_attempts': {
    id: 'Terlalu banyak percobaan masuk. Coba lagi dalam {seconds} detik.',
    en: 'Too many login attempts. Try again in {seconds} seconds.',
  },
  'auth.locked': {
    id: 'Akun atau alamat Anda dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.',
    en: 'Your account or address is locked for a while after too many failed attempts. Try again in {minutes} minutes.',
  },
  'auth.refresh_invalid': { id: 'Sesi tidak sah atau telah berakhir. Silakan masuk kembali.', en: 'The session is invalid or has expired. Please log in again.' },
  'auth.refresh_reused': {
    id: 'Token sesi ini sudah pernah dipakai; demi keamanan semua sesi terkait diakhiri. Silakan masuk kembali.',
    en: 'This session token was already used; for your safety every related session was ended. Please log in again.',
  },

  'identity.email_taken': { id: 'Email ini sudah terdaftar.', en: 'This email is already registered.' },
  'identity.nik_taken': { id: 'NIK ini sudah terdaftar.', en: 'This NIK is already registered.' },
  'identity.employee_number_taken': { id: 'NIP ini sudah terdaftar.', en: 'This employee number is already registered.' },
  'nik.format': { id: 'NIK harus 16 angka.', en: 'The NIK must be 16 digits.' },
  'nik.unknown_province': { id: 'Dua angka pertama NIK bukan kode provinsi yang ada.', en: 'The first two digits of the NIK are not a province code.' },
  'nik.bad_region': { id: 'Kode kabupaten/kota atau kecamatan pada NIK tidak sah.', en: 'The regency/city or district code in the NIK is not valid.' },
  'nik.bad_birth_date': { id: 'Tanggal lahir pada NIK tidak sah.', en: 'The birth date in the NIK is not a real date.' },
  'nik.bad_serial': { id: 'Nomor urut pada NIK tidak sah.', en: 'The serial number in the NIK is not valid.' },
  'phone.invalid': { id: 'Nomor ponsel harus nomor Indonesia, mis. 0812… atau +62812….', en: 'The mobile number must be Indonesian, e.g. 0812… or +62812….' },
  'password.too_short': { id: 'Kata sandi minimal 10 karakter.', en: 'The password must have at least 10 characters.' },
  'password.too_long': { id: 'Kata sandi maksimal 128 karakter.', en: 'The password must have at most 128 characters.' },
  'password.too_common': { id: 'Kata sandi ini terlalu umum dan mudah ditebak.', en: 'This password is too common and easy to guess.' },
  'password.contains_personal_data': { id: 'Kata sandi tidak boleh memuat email atau NIK Anda.', en: 'The password must not contain your email or NIK.' },

  'applications.not_found': { id: 'Permohonan tidak ditemukan.', en: 'Application not found.' },
  'applications.not_assigned': { id: 'Berkas ini tidak ditugaskan kepada Anda.', en: 'This file is not assigned to you.' },
  'applications.stale_version': {
    id: 'Permohonan telah berubah sejak Anda membukanya. Muat ulang lalu ulangi.',
    en: 'The application changed since you opened it. Reload and try again.',
  },
  'applications.field_locked': { id: 'Bagian ini tidak diminta untuk diperbaiki.', en: 'This part was not asked to be corrected.' },
  'applications.not_editable': { id: 'Permohonan ini tidak dapat diubah lagi.', en: 'This application can no longer be changed.' },
  'applications.invalid_form': { id: 'Beberapa isian belum benar.', en: 'Some fields are not valid.' },
  'applications.incomplete': { id: 'Permohonan belum lengkap.', en: 'The application is not complete.' },
  'applications.kind_not_offered': { id: 'Jenis permohonan ini tidak tersedia untuk layanan tersebut.', en: 'This kind of application is not offered for the service.' },
  'applications.action_not_allowed': { id: 'Tindakan ini tidak dapat dilakukan pada tahap sekarang.', en: 'This action is not possible at the current stage.' },
  'applications.unknown_requirement': { id: 'Persyaratan tidak dikenal untuk layanan ini.', en: 'Unknown requirement for this service.' },
  'applications.document_not_found': { id: 'Dokumen tidak ditemukan.', en: 'Document not found.' },
  'applications.return_reasons_required': { id: 'Pengembalian berkas wajib disertai alasan dan daftar yang harus diperbaiki.', en: 'A return needs reasons and a checklist of what to fix.' },
  'applications.legal_reason_required': { id: 'Penolakan wajib disertai dasar hukum.', en: 'A rejection needs its legal ground.' },
  'applications.report_required': { id: 'Kajian teknis wajib disertai laporan.', en: 'A technical review needs a report.' },
  'applications.unknown_checklist_item': { id: 'Daftar perbaikan memuat persyaratan atau isian yang tidak ada.', en: 'The checklist names a requirement or field that does not exist.' },
  'applications.empty_checklist': { id: 'Sebutkan minimal satu persyaratan atau isian yang harus diperbaiki.', en: 'Name at least one requirement or field to fix.' },
  'applications.no_eligible_officer': { id: 'Tidak ada petugas lain yang memenuhi syarat dan sedang bertugas.', en: 'No other eligible officer is on duty.' },
  'applications.not_in_review': { id: 'Lampiran kajian hanya dapat ditambahkan selama kajian teknis.', en: 'Review attachments can only be added during technical review.' },
  'applications.not_in_office': { id: 'Berkas ini tidak sedang diproses di kantor.', en: 'This file is not being processed in the office.' },
  'documents.too_large': { id: 'Berkas terlalu besar (maksimal {maxKb} KB).', en: 'The file is too large (at most {maxKb} KB).' },
  'documents.type_not_accepted': { id: 'Jenis berkas tidak diterima. Yang diterima: {accepted}.', en: 'File type not accepted. Accepted: {accepted}.' },
  'documents.empty': { id: 'Berkas kosong.', en: 'The file is empty.' },
  'documents.bad_file_name': { id: 'Nama berkas tidak sah.', en: 'The file name is not valid.' },
  'documents.no_file': {
    id: 'Tidak ada berkas yang dikirim. Kirim satu berkas pada bagian formulir bernama "file".',
    en: 'No file was sent. Send one file in the form part named "file".',
  },
  'documents.one_file_only': { id: 'Kirim satu berkas saja, tanpa bagian formulir lain.', en: 'Send one file only, with no other form parts.' },
  'documents.not_a_pdf': {
    id: 'Berkas ini bukan PDF yang utuh (rusak atau terpotong). Simpan ulang atau cetak ulang ke PDF, lalu unggah lagi.',
    en: 'This file is not a complete PDF (damaged or cut short). Save or print it to PDF again, then upload it.',
  },
  'documents.pdf_active_content': {
    id: 'PDF ini memuat skrip, berkas sisipan, atau tindakan otomatis, yang tidak diterima. Cetak ulang ke PDF biasa, lalu unggah lagi.',
    en: 'This PDF carries scripts, embedded files or automatic actions, which are not accepted. Print it to a plain PDF, then upload it.',
  },
  'documents.pdf_encrypted': {
    id: 'PDF ini terkunci atau dienkripsi sehingga tidak dapat diperiksa. Buka kuncinya atau cetak ulang ke PDF, lalu unggah lagi.',
    en: 'This PDF is password-protected or encrypted, so it cannot be checked. Remove the protection or print it to PDF, then upload it.',
  },
  'documents.pdf_uninspectable': {
    id: 'PDF ini tidak dapat diperiksa (bagian terkompresinya terlalu besar atau berbentuk tidak didukung). Cetak ulang ke PDF, lalu unggah lagi.',
    en: 'This PDF cannot be checked (its compressed parts are too large or in an unsupported form). Print it to PDF again, then upload it.',
  },
  'documents.image_corrupt': {
    id: 'Gambar ini rusak atau tidak lengkap. Ambil atau simpan ulang gambarnya, lalu unggah lagi.',
    en: 'This image is damaged or incomplete. Take or save the picture again, then upload it.',
  },
  'documents.image_dimensions': {
    id: 'Ukuran gambar harus antara 1 dan 20.000 piksel pada setiap sisi.',
    en: 'The image must be between 1 and 20,000 pixels on each side.',
  },
  'documents.busy': {
    id: 'Terlalu banyak berkas sedang diperiksa. Coba unggah lagi sebentar lagi.',
    en: 'Too many files are being checked right now. Please upload again shortly.',
  },
  'documents.missing': { id: 'Dokumen wajib belum diunggah.', en: 'A mandatory document has not been uploaded.' },
  'idempotency.key_reused': { id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain.', en: 'This Idempotency-Key was already used for a different request.' },
  'idempotency.bad_key': { id: 'Idempotency-Key harus 8–128 karakter ASCII yang terlihat.', en: 'The Idempotency-Key must be 8–128 visible ASCII characters.' },
  'idempotency.in_progress': { id: 'Permintaan yang sama sedang diproses. Coba lagi sebentar lagi.', en: 'The same request is being processed. Try again shortly.' },
  'tracking.not_found': { id: 'Nomor registrasi atau kode lacak tidak cocok.', en: 'The registration number or tracking code does not match.' },

  'calendar.not_found': { id: 'Entri kalender tidak ditemukan.', en: 'Calendar entry not found.' },
  'calendar.already_holiday': { id: 'Tanggal ini sudah merupakan hari libur.', en: 'This date is already a holiday.' },
  'calendar.already_revoked': { id: 'Entri ini sudah dicabut.', en: 'This entry was already revoked.' },

  'permits.not_issued': { id: 'Izin untuk permohonan ini belum terbit.', en: 'No permit has been issued for this application.' },
  'permits.not_found': { id: 'Izin tidak ditemukan.', en: 'Permit not found.' },
  'permits.already_revoked': { id: 'Izin ini sudah dicabut.', en: 'This permit was already revoked.' },

  'payments.bad_signature': { id: 'Tanda tangan callback bank tidak sah.', en: 'The bank callback signature is not valid.' },
  'payments.stale_timestamp': { id: 'Waktu callback bank di luar batas yang diizinkan.', en: 'The bank callback timestamp is outside the allowed window.' },
  'payments.no_invoice': { id: 'Tagihan (SKRD) tidak ditemukan.', en: 'Invoice (SKRD) not found.' },
  'payments.already_paid': { id: 'Tagihan ini sudah lunas.', en: 'This invoice is already paid.' },
  'payments.no_manual_confirmation': { id: 'Konfirmasi manual tidak ditemukan.', en: 'Manual confirmation not found.' },
  'payments.already_approved': { id: 'Konfirmasi manual ini sudah disetujui.', en: 'This manual confirmation was already approved.' },
  'payments.same_treasurer': { id: 'Konfirmasi harus disetujui bendahara lain (kendali ganda).', en: 'Another treasurer must approve this confirmation (dual control).' },
  'payments.reference_used': { id: 'Nomor referensi bank ini sudah tercatat.', en: 'This bank reference is already recorded.' },

  'closures.not_found': { id: 'Penutupan layanan tidak ditemukan.', en: 'Closure not found.' },
  'closures.already_ended': { id: 'Penutupan ini sudah memiliki tanggal akhir.', en: 'This closure already has an end date.' },
  'closures.ends_before_start': { id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.', en: 'The end date cannot be before the start date.' },

  'delegations.backdated': { id: 'Pendelegasian tidak boleh berlaku surut.', en: 'A delegation cannot start in the past.' },
  'delegations.ends_before_start': { id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.', en: 'The end date cannot be before the start date.' },
  'delegations.overlap': { id: 'Sudah ada pendelegasian pada rentang tanggal itu.', en: 'Another delegation covers those dates.' },
  'delegations.unknown_delegate': { id: 'Pejabat yang ditunjuk bukan petugas kantor ini.', en: 'The named official is not an officer of this office.' },
  'delegations.not_found': { id: 'Pendelegasian tidak ditemukan atau sudah dicabut.', en: 'Delegation not found or already withdrawn.' },

  'catalogue.not_found': { id: 'Layanan tidak ditemukan.', en: 'Service not found.' },
  'catalogue.version_not_found': { id: 'Versi katalog tidak ditemukan.', en: 'Catalogue version not found.' },
  'catalogue.draft_exists': { id: 'Layanan ini sudah memiliki draf yang belum diterbitkan.', en: 'This service already has an unpublished draft.' },
  'catalogue.stale_revision': {
    id: 'Draf telah diubah orang lain sejak Anda membukanya. Muat ulang lalu ulangi.',
    en: 'The draft was changed by someone else since you opened it. Reload and try again.',
  },
  'catalogue.version_immutable': { id: 'Versi yang sudah terbit tidak dapat diubah.', en: 'A published version cannot be changed.' },
  'catalogue.not_draft': { id: 'Versi ini bukan draf.', en: 'This version is not a draft.' },
  'catalogue.same_author': {
    id: 'Draf harus diterbitkan oleh admin lain yang tidak membuat atau mengubahnya (kendali ganda).',
    en: 'The draft must be published by another admin who neither created nor edited it (dual control).',
  },
  'catalogue.invalid_definition': { id: 'Definisi layanan tidak konsisten.', en: 'The service definition is inconsistent.' },
  'catalogue.code_mismatch': { id: 'Kode layanan tidak boleh diubah.', en: 'The service code cannot be changed.' },
  'catalogue.code_taken': { id: 'Kode layanan sudah dipakai.', en: 'The service code is already used.' },
  'catalogue.retired': { id: 'Layanan ini sudah tidak berlaku.', en: 'This service has been retired.' },
  'catalogue.valid_from_past': { id: 'Tanggal berlaku tidak boleh di masa lalu.', en: 'The start of validity cannot be in the past.' },
  'catalogue.sla_mismatch': { id: 'Jumlah anggaran hari tahapan harus sama dengan jangka waktu layanan.', en: 'Stage budgets must add up to the service time.' },
}

export type Locale = 'id' | 'en'

/** Bahasa Indonesia unless the client prefers English over it. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'id'
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().toLowerCase().split(';')
      const q = rest.find((p) => p.trim().startsWith('q='))
      return { tag: tag.split('-')[0], q: q ? Number(q.trim().slice(2)) || 0 : 1 }
    })
    .filter((entry) => entry.tag === 'id' || entry.tag === 'en')
    .sort((a, b) => b.q - a.q)
  return ranked[0]?.tag === 'en' ? 'en' : 'id'
}

export function localize(code: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const entry = messages[code] ?? messages[`${code.split('.')[0]}.invalid`] ?? messages['request.invalid']!
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}
