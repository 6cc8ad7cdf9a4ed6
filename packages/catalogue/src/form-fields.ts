import type { FormField, FormFieldType, FormSchema, LocalizedText } from '@pintu/contract'

export type FormSection = FormSchema['sections'][number]
type FieldOptions = Omit<Partial<FormField>, 'key' | 'label' | 'type'>
type Choice = readonly [value: string, id: string, en: string]

export const bilingual = (id: string, en: string): LocalizedText => ({ id, en })

/** A required field; pass `{ required: false }` for an optional one. */
export function field(key: string, type: FormFieldType, id: string, en: string, options: FieldOptions = {}): FormField {
  return { key, label: { id, en }, type, required: true, ...options }
}

export function selectField(
  key: string,
  id: string,
  en: string,
  choices: readonly Choice[],
  options: FieldOptions = {},
): FormField {
  return field(key, 'select', id, en, {
    options: choices.map(([value, labelId, labelEn]) => ({ value, label: { id: labelId, en: labelEn } })),
    ...options,
  })
}

export function section(key: string, id: string, en: string, fields: FormField[]): FormSection {
  return { key, title: { id, en }, fields }
}

export const optional = { required: false } as const

// Kecamatan codes of Kota Bandung (32.73) as pinned in the cahyadsn/wilayah dataset of
// Kepmendagri 300.2.2-2138/2025; other public lists number them differently.
const BANDUNG_KECAMATAN: readonly Choice[] = [
  'Sukasari',
  'Coblong',
  'Babakan Ciparay',
  'Bojongloa Kaler',
  'Andir',
  'Cicendo',
  'Sukajadi',
  'Cidadap',
  'Bandung Wetan',
  'Astanaanyar',
  'Regol',
  'Batununggal',
  'Lengkong',
  'Cibeunying Kidul',
  'Bandung Kulon',
  'Kiaracondong',
  'Bojongloa Kidul',
  'Cibeunying Kaler',
  'Sumur Bandung',
  'Antapani',
  'Bandung Kidul',
  'Buahbatu',
  'Rancasari',
  'Arcamanik',
  'Cibiru',
  'Ujungberung',
  'Gedebage',
  'Panyileukan',
  'Cinambo',
  'Mandalajati',
].map((name, i): Choice => [`32.73.${String(i + 1).padStart(2, '0')}`, name, name])

export const LEGAL_FORMS: readonly Choice[] = [
  ['pt', 'Perseroan Terbatas (PT)', 'Limited liability company (PT)'],
  ['cv', 'Persekutuan Komanditer (CV)', 'Limited partnership (CV)'],
  ['firma', 'Firma', 'General partnership (Firma)'],
  ['koperasi', 'Koperasi', 'Cooperative'],
  ['yayasan', 'Yayasan', 'Foundation'],
  ['perorangan', 'Usaha perorangan', 'Sole proprietorship'],
]

/** Street address, kecamatan, kelurahan and postal code of a place in Kota Bandung. */
export function bandungAddressFields(prefix: string, what: LocalizedText): FormField[] {
  return [
    field(`${prefix}_alamat`, 'textarea', `Alamat ${what.id}`, `Address of the ${what.en}`, { maxLength: 500 }),
    selectField(
      `${prefix}_kecamatan`,
      `Kecamatan ${what.id}`,
      `District (kecamatan) of the ${what.en}`,
      BANDUNG_KECAMATAN,
    ),
    field(`${prefix}_kelurahan`, 'text', `Kelurahan ${what.id}`, `Sub-district (kelurahan) of the ${what.en}`, {
      maxLength: 100,
    }),
    field(`${prefix}_kode_pos`, 'postal_code', 'Kode pos', 'Postal code', optional),
  ]
}

export function locationSection(key: string, what: LocalizedText, extraFields: FormField[] = []): FormSection {
  return section(key, `Lokasi ${what.id}`, `Location of the ${what.en}`, [
    ...bandungAddressFields(key, what),
    ...extraFields,
  ])
}

/** The person filing, identified by NIK (SPEC §3). */
export function applicantSection(): FormSection {
  return section('pemohon', 'Data pemohon', 'Applicant', [
    field('pemohon_nik', 'nik', 'NIK pemohon', 'National identity number (NIK) of the applicant'),
    field('pemohon_nama', 'text', 'Nama lengkap sesuai KTP', 'Full name as on the ID card', { maxLength: 150 }),
    field('pemohon_jabatan', 'text', 'Jabatan dalam badan usaha', 'Position in the organisation', {
      ...optional,
      maxLength: 100,
    }),
    field('pemohon_telepon', 'phone', 'Nomor telepon seluler', 'Mobile phone number'),
    field('pemohon_email', 'email', 'Alamat email', 'Email address', optional),
    field('pemohon_alamat', 'textarea', 'Alamat tempat tinggal', 'Home address', { maxLength: 500 }),
  ])
}

export const businessNameField = (id = 'Nama perusahaan / usaha', en = 'Company or business name') =>
  field('usaha_nama', 'text', id, en, { maxLength: 200 })
export const legalFormField = () => selectField('usaha_bentuk', 'Bentuk badan usaha', 'Legal form', LEGAL_FORMS)
export const npwpField = (required = true) =>
  field('usaha_npwp', 'npwp', 'NPWP perusahaan / pemilik', 'Tax number (NPWP) of the company or owner', { required })
export const nibField = () =>
  field('usaha_nib', 'nib', 'Nomor Induk Berusaha (NIB)', 'Business identification number (NIB)', {
    ...optional,
    help: bilingual('13 digit, bila sudah terdaftar di OSS', '13 digits, if already registered in OSS'),
  })
export const kbliField = () =>
  field('usaha_kbli', 'kbli', 'Kode KBLI', 'Business classification code (KBLI)', {
    help: bilingual('5 digit kelompok KBLI 2020, misalnya 47111', 'Five-digit KBLI 2020 group, e.g. 47111'),
  })
export const capitalField = (
  key = 'usaha_kekayaan_bersih',
  id = 'Kekayaan bersih (di luar tanah dan bangunan)',
  en = 'Net assets (excluding land and buildings)',
) => field(key, 'integer', id, en, { minimum: 0, unit: 'Rp' })
export const employeesField = (key = 'usaha_jumlah_tenaga_kerja') =>
  field(key, 'integer', 'Jumlah tenaga kerja', 'Number of employees', { minimum: 0, maximum: 100000, unit: 'orang' })
export const floorAreaField = (key: string, id: string, en: string, options: FieldOptions = {}) =>
  field(key, 'decimal', id, en, { minimum: 1, maximum: 1000000, unit: 'm²', ...options })

export interface BusinessSectionOptions {
  kbli?: boolean
  capital?: boolean
  employees?: boolean
  extra?: FormField[]
}

/** Name, legal form, tax and business numbers of the business the service is for. */
export function businessSection(options: BusinessSectionOptions = {}): FormSection {
  const { kbli = true, capital = false, employees = false, extra = [] } = options
  return section('usaha', 'Data usaha', 'Business', [
    businessNameField(),
    legalFormField(),
    npwpField(),
    nibField(),
    ...(kbli ? [kbliField()] : []),
    ...(capital ? [capitalField()] : []),
    ...(employees ? [employeesField()] : []),
    ...extra,
  ])
}
