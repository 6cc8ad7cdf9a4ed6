import type { ErrorEntry } from './error-entry.ts'

/** The request itself: transport, validation, idempotency. */
export const requestErrors = {
  internal: {
    status: 500,
    id: 'Terjadi kesalahan pada sistem. Silakan coba lagi.',
    en: 'Something went wrong on our side. Please try again.',
  },
  not_found: { status: 404, id: 'Alamat yang diminta tidak ditemukan.', en: 'The requested address was not found.' },
  rate_limited: {
    status: 429,
    id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
    en: 'Too many requests. Please try again shortly.',
  },
  'service.unavailable': {
    status: 503,
    id: 'Layanan sedang tidak dapat menjangkau basis datanya. Silakan coba lagi sebentar lagi.',
    en: 'The service cannot reach its database right now. Please try again shortly.',
  },
  'service.overloaded': {
    status: 503,
    id: 'Layanan sedang sangat sibuk. Tidak ada yang diubah; silakan coba lagi sebentar lagi.',
    en: 'The service is very busy right now. Nothing was changed; please try again shortly.',
  },
  'request.invalid': { status: 400, id: 'Data yang dikirim tidak sesuai.', en: 'The data sent is not valid.' },
  'request.malformed_json': {
    status: 400,
    id: 'Isi permintaan bukan JSON yang sah.',
    en: 'The request body is not valid JSON.',
  },
  'request.empty_body': { status: 400, id: 'Isi permintaan kosong.', en: 'The request body is empty.' },
  'request.body_too_large': { status: 413, id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  'request.unsupported_media_type': {
    status: 415,
    id: 'Jenis isi permintaan tidak didukung.',
    en: 'The request content type is not supported.',
  },
  'request.bad_url': {
    status: 400,
    id: 'Alamat permintaan tidak dapat dibaca (kode persen atau UTF-8 yang rusak).',
    en: 'The request address cannot be read (broken percent-encoding or UTF-8).',
  },
  'request.malformed_multipart': {
    status: 400,
    id: 'Isi permintaan bukan multipart/form-data yang utuh (batas bagian hilang, salah, atau terpotong).',
    en: 'The request body is not complete multipart/form-data (its boundary is missing, wrong or cut short).',
  },
  'request.uri_too_long': {
    status: 414,
    id: 'Alamat permintaan terlalu panjang.',
    en: 'The request address is too long.',
  },
  'field.required': { status: 422, id: 'Wajib diisi.', en: 'Required.' },
  'field.type': { status: 422, id: 'Jenis nilai tidak sesuai.', en: 'Wrong type of value.' },
  'field.unknown': { status: 422, id: 'Kolom ini tidak dikenal.', en: 'Unknown field.' },
  'field.format': { status: 422, id: 'Format tidak sesuai.', en: 'Wrong format.' },
  'field.pattern': { status: 422, id: 'Format tidak sesuai.', en: 'Wrong format.' },
  'field.too_long': { status: 422, id: 'Terlalu panjang.', en: 'Too long.' },
  'field.too_short': { status: 422, id: 'Terlalu pendek.', en: 'Too short.' },
  'field.out_of_range': { status: 422, id: 'Nilai di luar batas.', en: 'Value out of range.' },
  'field.not_allowed': {
    status: 422,
    id: 'Nilai tidak termasuk pilihan yang tersedia.',
    en: 'Value is not one of the allowed choices.',
  },
  'field.invalid': { status: 422, id: 'Nilai tidak sah.', en: 'Invalid value.' },
  'field.invalid_characters': {
    status: 422,
    id: 'Isian memuat karakter yang tidak diizinkan (karakter kontrol atau karakter Unicode yang rusak).',
    en: 'The value holds characters that are not allowed (control characters or broken Unicode).',
  },
  'field.blank_or_invalid_characters': {
    status: 422,
    id: 'Isian wajib diisi dengan teks, bukan spasi saja, tanpa karakter kontrol.',
    en: 'Fill this in with text, not spaces alone, and without control characters.',
  },
  'idempotency.key_reused': {
    status: 422,
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  'idempotency.bad_key': {
    status: 400,
    id: 'Idempotency-Key harus 8–128 karakter ASCII yang terlihat.',
    en: 'The Idempotency-Key must be 8–128 visible ASCII characters.',
  },
  'idempotency.in_progress': {
    status: 409,
    id: 'Permintaan yang sama sedang diproses. Coba lagi sebentar lagi.',
    en: 'The same request is being processed. Try again shortly.',
  },
} as const satisfies Record<string, ErrorEntry>
