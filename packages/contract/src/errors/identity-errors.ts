import type { ErrorEntry } from './error-entry.ts'

/** Accounts, sessions and officer administration. */
export const identityErrors = {
  'auth.unauthenticated': { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  'auth.token_expired': {
    status: 401,
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has expired. Please log in again.',
  },
  'auth.forbidden': { status: 403, id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
  'auth.wrong_office': {
    status: 403,
    id: 'Akun Anda milik kantor lain; masuk di kantor tersebut.',
    en: 'Your account belongs to another office; use that office.',
  },
  'auth.route_not_declared': {
    status: 403,
    id: 'Akses ke alamat ini tidak dinyatakan.',
    en: 'Access to this address is not declared.',
  },
  'auth.invalid_credentials': { status: 401, id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  'auth.too_many_attempts': {
    status: 429,
    id: 'Terlalu banyak percobaan masuk. Coba lagi dalam {seconds} detik.',
    en: 'Too many login attempts. Try again in {seconds} seconds.',
  },
  'auth.locked': {
    status: 423,
    id: 'Akun atau alamat Anda dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.',
    en: 'Your account or address is locked for a while after too many failed attempts. Try again in {minutes} minutes.',
  },
  'auth.refresh_invalid': {
    status: 401,
    id: 'Sesi tidak sah atau telah berakhir. Silakan masuk kembali.',
    en: 'The session is invalid or has expired. Please log in again.',
  },
  'auth.refresh_reused': {
    status: 401,
    id: 'Token sesi ini sudah pernah dipakai; demi keamanan semua sesi terkait diakhiri. Silakan masuk kembali.',
    en: 'This session token was already used; for your safety every related session was ended. Please log in again.',
  },
  'auth.session_ended': {
    status: 401,
    id: 'Sesi ini telah diakhiri. Silakan masuk kembali.',
    en: 'This session has ended. Please log in again.',
  },
  'auth.account_deactivated': {
    status: 401,
    id: 'Akun ini telah dinonaktifkan. Hubungi admin kantor.',
    en: 'This account has been deactivated. Contact the office admin.',
  },
  'auth.reset_invalid': {
    status: 400,
    id: 'Tautan atau kode ini tidak berlaku. Minta tautan atau kode baru.',
    en: 'This link or code is not valid. Ask for a new one.',
  },
  'auth.reset_expired': {
    status: 400,
    id: 'Tautan atau kode ini sudah kedaluwarsa. Minta tautan atau kode baru.',
    en: 'This link or code has expired. Ask for a new one.',
  },
  'auth.reset_used': {
    status: 409,
    id: 'Tautan atau kode ini sudah dipakai. Minta tautan atau kode baru bila perlu.',
    en: 'This link or code was already used. Ask for a new one if you need to.',
  },
  'auth.wrong_password': {
    status: 422,
    id: 'Kata sandi saat ini salah.',
    en: 'The current password is wrong.',
  },
  'auth.code_invalid': {
    status: 422,
    id: 'Kode tidak cocok, sudah kedaluwarsa, atau sudah terlalu sering dicoba. Minta kode baru bila perlu.',
    en: 'The code does not match, has expired or was tried too often. Ask for a new code if you need to.',
  },
  'auth.same_contact': {
    status: 422,
    id: 'Ini sudah alamat akun Anda.',
    en: 'This is already the address of your account.',
  },
  'email.invalid': {
    status: 422,
    id: 'Email harus berbentuk nama@domain, misalnya budi@contoh.id.',
    en: 'The email must look like name@domain, e.g. budi@example.id.',
  },
  'officers.not_found': { status: 404, id: 'Petugas tidak ditemukan.', en: 'Officer not found.' },
  'officers.deactivated': {
    status: 409,
    id: 'Akun petugas ini sudah dinonaktifkan.',
    en: 'This officer account is already deactivated.',
  },
  'officers.grant_not_found': {
    status: 404,
    id: 'Permintaan peran tidak ditemukan atau sudah diputuskan.',
    en: 'Role request not found or already decided.',
  },
  'officers.same_admin': {
    status: 403,
    id: 'Permintaan ini harus disetujui admin lain yang tidak memintanya dan tidak terkait dengan peminta atau petugasnya (kendali ganda).',
    en: 'Another admin must approve this request: one who neither asked nor is related to whoever asked or the officer (dual control).',
  },
  'officers.cannot_demote_self': {
    status: 409,
    id: 'Anda tidak dapat mencabut peran admin dari akun Anda sendiri.',
    en: 'You cannot take the admin role from your own account.',
  },
  'officers.cannot_deactivate_self': {
    status: 409,
    id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    en: 'You cannot deactivate your own account.',
  },
  'identity.email_taken': { status: 409, id: 'Email ini sudah terdaftar.', en: 'This email is already registered.' },
  'identity.nik_taken': { status: 409, id: 'NIK ini sudah terdaftar.', en: 'This NIK is already registered.' },
  'identity.employee_number_taken': {
    status: 409,
    id: 'NIP ini sudah terdaftar.',
    en: 'This employee number is already registered.',
  },
  'nik.format': { status: 422, id: 'NIK harus 16 angka.', en: 'The NIK must be 16 digits.' },
  'nik.unknown_province': {
    status: 422,
    id: 'Dua angka pertama NIK bukan kode provinsi yang ada.',
    en: 'The first two digits of the NIK are not a province code.',
  },
  'nik.bad_region': {
    status: 422,
    id: 'Kode kabupaten/kota atau kecamatan pada NIK tidak sah.',
    en: 'The regency/city or district code in the NIK is not valid.',
  },
  'nik.bad_birth_date': {
    status: 422,
    id: 'Tanggal lahir pada NIK tidak sah.',
    en: 'The birth date in the NIK is not a real date.',
  },
  'nik.bad_serial': {
    status: 422,
    id: 'Nomor urut pada NIK tidak sah.',
    en: 'The serial number in the NIK is not valid.',
  },
  'phone.invalid': {
    status: 422,
    id: 'Nomor ponsel harus nomor Indonesia, mis. 0812… atau +62812….',
    en: 'The mobile number must be Indonesian, e.g. 0812… or +62812….',
  },
  'password.too_short': {
    status: 422,
    id: 'Kata sandi minimal 10 karakter.',
    en: 'The password must have at least 10 characters.',
  },
  'password.too_long': {
    status: 422,
    id: 'Kata sandi maksimal 128 karakter.',
    en: 'The password must have at most 128 characters.',
  },
  'password.too_common': {
    status: 422,
    id: 'Kata sandi ini terlalu umum dan mudah ditebak.',
    en: 'This password is too common and easy to guess.',
  },
  'password.contains_personal_data': {
    status: 422,
    id: 'Kata sandi tidak boleh memuat email atau NIK Anda.',
    en: 'The password must not contain your email or NIK.',
  },
} as const satisfies Record<string, ErrorEntry>
