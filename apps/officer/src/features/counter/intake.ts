import {
  checkNik,
  isEmailAddress,
  normalizeIdentifier,
  normalizeMobileNumber,
  numberFieldOptions,
  parseIndonesianNumber,
  type ApplicationDetail,
  type CounterRegisterBody,
  type FormField,
  type Receipt,
  type Requirement,
} from '@pintu/contract'
import type { Problems } from '@/shared/timeMoneyForms.ts'

// The pure steps of a counter intake (issue 13 item 1): what the officer types is checked here
// before it is sent, so a mistyped KTP number is caught at the desk and not by a 4xx round trip.
// The API decides in the end; these checks only mirror its rules.

/** A NIK as typed from the KTP (`3273 0145 0890 0001`): its 16 digits, separators dropped. */
export function nikDigits(typed: string): string {
  return typed.replace(/[\s.-]/g, '')
}

/**
 * The i18n key of what is wrong with a typed NIK, or null when it can be sent. The same checks as
 * the API (contract checkNik): 16 digits, a real province, regency and birth date, a serial.
 */
export function nikProblem(typed: string, today: Date = new Date()): string | null {
  const digits = nikDigits(typed)
  if (digits === '') return 'counter.problems.nikRequired'
  const check = checkNik(digits, today)
  return check.ok ? null : `errors.${check.problem}`
}

export interface RegisterForm {
  nik: string
  fullName: string
  email: string
  phone: string
  passwordChannel: 'email' | 'sms'
}

/** Problems of the walk-in registration form, by input; none means `registerBody` can be sent. */
export function validateRegistration(form: RegisterForm, today: Date = new Date()): Problems {
  const problems: Problems = {}
  const nik = nikProblem(form.nik, today)
  if (nik) problems.nik = { key: nik }
  const name = form.fullName.trim()
  if (name.length < 2) problems.fullName = { key: 'counter.problems.nameRequired' }
  else if (name.length > 120) problems.fullName = { key: 'counter.problems.nameTooLong', params: { max: 120 } }
  if (!isEmailAddress(form.email)) problems.email = { key: 'errors.email.invalid' }
  if (!normalizeMobileNumber(form.phone)) problems.phone = { key: 'errors.phone.invalid' }
  return problems
}

/** The registration as the API takes it. */
export function registerBody(form: RegisterForm): CounterRegisterBody {
  return {
    nik: nikDigits(form.nik),
    fullName: form.fullName.trim(),
    email: form.email.trim(),
    phone: form.phone.trim(),
    passwordChannel: form.passwordChannel,
  }
}

/** What the form control holds while the officer types: text, or a tick for a yes/no field. */
export type DraftValue = string | boolean
export type FieldValue = string | number | boolean | null

/** A stored value as its control shows it (numbers the Indonesian way: 1.200,5). */
export function toDraftValue(field: FormField, stored: string | number | boolean | undefined): DraftValue {
  if (field.type === 'boolean') return stored === true
  if (typeof stored === 'number' && numberFieldOptions(field))
    return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 10 }).format(stored)
  return stored === undefined ? '' : String(stored)
}

export type ReadValue = { ok: true; value: FieldValue } | { ok: false; key: string }

/**
 * A typed value as the API takes it; an empty entry clears the field (null). Numbers are read as
 * Indonesians write them (1.200 is twelve hundred); identifiers lose the separators they are
 * printed with. Anything else the API checks and answers field by field.
 */
export function toFieldValue(field: FormField, draft: DraftValue): ReadValue {
  if (field.type === 'boolean') return { ok: true, value: draft === true }
  const text = String(draft).trim()
  if (text === '') return { ok: true, value: null }
  const number = numberFieldOptions(field)
  if (number) {
    const parsed = parseIndonesianNumber(text, number)
    return parsed.ok ? parsed : { ok: false, key: 'counter.problems.notANumber' }
  }
  return { ok: true, value: normalizeIdentifier(field.type, text) }
}

/** The form changes to send: only fields whose value differs from what the draft holds. */
export function formChanges(
  fields: readonly FormField[],
  drafts: Record<string, DraftValue>,
  stored: ApplicationDetail['formData'],
): { data: Record<string, FieldValue>; problems: Problems } {
  const data: Record<string, FieldValue> = {}
  const problems: Problems = {}
  for (const field of fields) {
    const read = toFieldValue(field, drafts[field.key] ?? '')
    if (!read.ok) problems[field.key] = { key: read.key }
    else if (read.value !== (stored[field.key] ?? null)) data[field.key] = read.value
  }
  return { data, problems }
}

/** The mandatory documents of this kind of application that have no file yet. */
export function missingDocuments(application: Pick<ApplicationDetail, 'service' | 'applicationKind' | 'documents'>) {
  const uploaded = new Set(application.documents.map((doc) => doc.requirementKey))
  return requirementsFor(application).filter((r) => r.mandatory && !uploaded.has(r.key))
}

/** The requirements that apply to this kind of application (new, renewal, change), mandatory first. */
export function requirementsFor(application: Pick<ApplicationDetail, 'service' | 'applicationKind'>): Requirement[] {
  return application.service.requirements
    .filter((r) => r.appliesTo.includes(application.applicationKind))
    .sort((a, b) => Number(b.mandatory) - Number(a.mandatory))
}

const mimeTypes: Record<Requirement['acceptedTypes'][number], string> = {
  pdf: 'application/pdf,.pdf',
  jpeg: 'image/jpeg,.jpg,.jpeg',
  png: 'image/png,.png',
}

/** The file input's `accept` for a requirement: only the types it takes (pdf, jpeg, png). */
export function acceptFor(requirement: Pick<Requirement, 'acceptedTypes'>): string {
  return requirement.acceptedTypes.map((type) => mimeTypes[type]).join(',')
}

/** The public tracking page of the citizen site, where the applicant follows the file. */
export function trackingUrl(origin: string, registrationNo: string): string {
  return `${origin}/lacak?no=${encodeURIComponent(registrationNo)}`
}

export interface ReceiptLine {
  /** i18n key of the label. */
  label: string
  value: string
  /** Printed large: the numbers the applicant needs to find the file again. */
  emphasis?: boolean
}

/** The lines of the printed receipt, in the order the applicant reads them. */
export function receiptLines(
  receipt: Receipt,
  context: { serviceName: string; origin: string; date: (iso: string) => string; dateTime: (iso: string) => string },
): ReceiptLine[] {
  return [
    { label: 'counter.receipt.registrationNo', value: receipt.registrationNo, emphasis: true },
    { label: 'counter.receipt.trackingCode', value: receipt.trackingCode, emphasis: true },
    { label: 'counter.receipt.service', value: context.serviceName },
    { label: 'counter.receipt.received', value: context.dateTime(receipt.submittedAt) },
    { label: 'counter.receipt.expected', value: context.date(receipt.expectedCompletionDate) },
    { label: 'counter.receipt.trackAt', value: trackingUrl(context.origin, receipt.registrationNo) },
  ]
}

/**
 * What an API problem's pointer is about: a form field (`/data/luas` from submit, `/luas` from a
 * form save) or a document (`/documents/ktp`), so the page can show it beside its input.
 */
export function problemTarget(pointer: string): { field: string } | { requirement: string } | null {
  const document = /^\/documents\/([a-z][a-z0-9_]*)$/.exec(pointer)
  if (document) return { requirement: document[1]! }
  const field = /^(?:\/data)?\/([a-z][a-z0-9_]*)$/.exec(pointer)
  return field ? { field: field[1]! } : null
}
