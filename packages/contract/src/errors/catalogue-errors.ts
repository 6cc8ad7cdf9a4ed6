import type { ErrorEntry } from './error-entry.ts'

/** The catalogue and its versions, including the consistency rules of a service definition. */
export const catalogueErrors = {
  'catalogue.not_found': { status: 404, id: 'Layanan tidak ditemukan.', en: 'Service not found.' },
  'catalogue.version_not_found': {
    status: 404,
    id: 'Versi katalog tidak ditemukan.',
    en: 'Catalogue version not found.',
  },
  'catalogue.draft_exists': {
    status: 409,
    id: 'Layanan ini sudah memiliki draf yang belum diterbitkan.',
    en: 'This service already has an unpublished draft.',
  },
  'catalogue.stale_revision': {
    status: 409,
    id: 'Draf telah diubah orang lain sejak Anda membukanya. Muat ulang lalu ulangi.',
    en: 'The draft was changed by someone else since you opened it. Reload and try again.',
  },
  'catalogue.version_immutable': {
    status: 409,
    id: 'Versi yang sudah terbit tidak dapat diubah.',
    en: 'A published version cannot be changed.',
  },
  'catalogue.not_draft': { status: 409, id: 'Versi ini bukan draf.', en: 'This version is not a draft.' },
  'catalogue.same_author': {
    status: 403,
    id: 'Draf harus diterbitkan oleh admin lain yang tidak membuat atau mengubahnya (kendali ganda).',
    en: 'The draft must be published by another admin who neither created nor edited it (dual control).',
  },
  'catalogue.related_author': {
    status: 403,
    id: 'Draf harus diterbitkan oleh admin yang akunnya tidak terkait dengan penyusun draf (kendali ganda).',
    en: 'The draft must be published by an admin whose account is not related to any of its authors (dual control).',
  },
  'catalogue.invalid_definition': {
    status: 422,
    id: 'Definisi layanan tidak konsisten.',
    en: 'The service definition is inconsistent.',
  },
  'catalogue.code_mismatch': {
    status: 422,
    id: 'Kode layanan tidak boleh diubah.',
    en: 'The service code cannot be changed.',
  },
  'catalogue.code_taken': { status: 409, id: 'Kode layanan sudah dipakai.', en: 'The service code is already used.' },
  'catalogue.retired': { status: 409, id: 'Layanan ini sudah tidak berlaku.', en: 'This service has been retired.' },
  'catalogue.valid_from_past': {
    status: 422,
    id: 'Tanggal berlaku tidak boleh di masa lalu.',
    en: 'The start of validity cannot be in the past.',
  },
  'catalogue.sla_mismatch': {
    status: 422,
    id: 'Jumlah anggaran hari tahapan harus sama dengan jangka waktu layanan.',
    en: 'Stage budgets must add up to the service time.',
  },
  'catalogue.stage_order': {
    status: 422,
    id: 'Tahapan harus unik dan berurutan sesuai siklus permohonan.',
    en: 'Stages must be unique and in lifecycle order.',
  },
  'catalogue.stage_missing': { status: 422, id: 'Tahapan wajib belum ada.', en: 'A required stage is missing.' },
  'catalogue.stage_role': {
    status: 422,
    id: 'Tahapan ini dikerjakan oleh peran yang lain.',
    en: 'This stage is worked by another role.',
  },
  'catalogue.duplicate_key': { status: 422, id: 'Kunci ini muncul dua kali.', en: 'This key appears twice.' },
  'catalogue.unknown_application_kind': {
    status: 422,
    id: 'Jenis permohonan ini tidak ditawarkan layanan tersebut.',
    en: 'This application kind is not offered by the service.',
  },
  'catalogue.no_mandatory_requirement': {
    status: 422,
    id: 'Minimal satu persyaratan harus wajib.',
    en: 'At least one requirement must be mandatory.',
  },
  'catalogue.select_without_options': {
    status: 422,
    id: 'Isian pilihan memerlukan daftar pilihan.',
    en: 'A choice field needs options.',
  },
  'catalogue.bad_range': {
    status: 422,
    id: 'Nilai minimum lebih besar dari maksimum.',
    en: 'The minimum is above the maximum.',
  },
  'catalogue.permit_field': {
    status: 422,
    id: 'Isian yang dicetak pada izin harus isian formulir dan bukan data pribadi (NIK, telepon, surel).',
    en: 'Fields printed on the permit must be form fields and not personal data (NIK, phone, email).',
  },
  'catalogue.fee_field': {
    status: 422,
    id: 'Dasar perhitungan retribusi harus isian angka yang wajib.',
    en: 'The fee must be computed from a required numeric field.',
  },
  'catalogue.fee_field_unbounded': {
    status: 422,
    id: 'Isian dasar retribusi memerlukan batas minimum (0 atau lebih) dan maksimum.',
    en: 'The fee field needs a minimum of 0 or more and a maximum.',
  },
  'catalogue.fee_above_maximum': {
    status: 422,
    id: 'Pada nilai maksimum isiannya, retribusi melebihi batas aturan retribusi.',
    en: "At its field's maximum the fee would exceed the rule's maximum.",
  },
  'catalogue.fee_without_basis': {
    status: 422,
    id: 'Retribusi memerlukan dasar hukumnya.',
    en: 'A fee needs its legal basis.',
  },
} as const satisfies Record<string, ErrorEntry>
