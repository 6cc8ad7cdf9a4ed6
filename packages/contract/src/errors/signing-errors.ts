import type { ErrorEntry } from './error-entry.ts'

/** Certified electronic signatures: enrolment, signer presence and the certification authority. */
export const signingErrors = {
  'signing.passphrase_required': {
    status: 400,
    id: 'Masukkan passphrase tanda tangan elektronik Anda untuk menandatangani.',
    en: 'Enter your electronic-signature passphrase to sign.',
  },
  'signing.wrong_passphrase': {
    status: 401,
    id: 'Passphrase tanda tangan elektronik salah. Tidak ada yang ditandatangani.',
    en: 'Wrong electronic-signature passphrase. Nothing was signed.',
  },
  'signing.too_many_attempts': {
    status: 429,
    id: 'Terlalu banyak passphrase salah. Coba lagi dalam 15 menit.',
    en: 'Too many wrong passphrases. Try again in 15 minutes.',
  },
  'signing.not_enrolled': {
    status: 409,
    id: 'Anda belum terdaftar sebagai penanda tangan elektronik. Hubungi admin.',
    en: 'You are not enrolled as an electronic signer. Contact the administrator.',
  },
  'signing.certificate_revoked': {
    status: 409,
    id: 'Sertifikat elektronik Anda telah dicabut dan tidak dapat dipakai menandatangani.',
    en: 'Your electronic certificate was revoked and cannot sign.',
  },
  'signing.certificate_expired': {
    status: 409,
    id: 'Sertifikat elektronik Anda telah kedaluwarsa dan tidak dapat dipakai menandatangani.',
    en: 'Your electronic certificate has expired and cannot sign.',
  },
  'signing.not_configured': {
    status: 409,
    id: 'Layanan tanda tangan elektronik belum dikonfigurasi.',
    en: 'No electronic signing service is configured.',
  },
  'signing.bad_timestamp_query': {
    status: 400,
    id: 'Permintaan cap waktu bukan TimeStampReq RFC 3161 yang sah (DER, application/timestamp-query).',
    en: 'The timestamp request is not a valid RFC 3161 TimeStampReq (DER, application/timestamp-query).',
  },
  'signing.no_simulator': {
    status: 404,
    id: 'Simulator otoritas sertifikat tidak aktif.',
    en: 'The certification-authority simulator is not in use.',
  },
  'signing.unknown_officer': {
    status: 422,
    id: 'Petugas tidak ditemukan atau tidak aktif.',
    en: 'Officer not found or not active.',
  },
  'signing.not_a_signer': {
    status: 422,
    id: 'Petugas ini tidak dapat bertindak sebagai penanda tangan.',
    en: 'This officer cannot act as a signer.',
  },
  'signing.already_enrolled': {
    status: 409,
    id: 'Petugas ini sudah terdaftar; cabut pendaftarannya dahulu.',
    en: 'This officer is already enrolled; revoke the enrolment first.',
  },
  'signing.signer_not_found': { status: 404, id: 'Penanda tangan tidak ditemukan.', en: 'Signer not found.' },
  'signing.service_unavailable': {
    status: 503,
    id: 'Layanan tanda tangan elektronik tidak dapat dihubungi. Coba lagi nanti.',
    en: 'The electronic signing service cannot be reached. Try again later.',
  },
} as const satisfies Record<string, ErrorEntry>
