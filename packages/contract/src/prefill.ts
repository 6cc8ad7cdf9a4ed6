import type { FormSchema } from './catalogue-definition.ts'

/** What the account knows of its holder, as registered (NIK checked, phone in +62 form). */
export interface AccountFacts {
  nik: string | null
  fullName: string
  email: string
  phone: string | null
}

/**
 * Form fields that ask for the applicant's own data (the catalogue's `pemohon` section), and the fact of the
 * account each is filled from when a draft starts. The applicant can still change them: someone may file for
 * another person with their consent.
 */
export const accountPrefill = {
  pemohon_nik: 'nik',
  pemohon_nama: 'fullName',
  pemohon_telepon: 'phone',
  pemohon_email: 'email',
} as const satisfies Record<string, keyof AccountFacts>

/** The answers a new draft starts with: each prefillable field the form has, from what the account knows. */
export function prefilledAnswers(form: FormSchema, account: AccountFacts): Record<string, string> {
  const answers: Record<string, string> = {}
  const keys = new Set(form.sections.flatMap((section) => section.fields.map((field) => field.key)))
  for (const [key, fact] of Object.entries(accountPrefill)) {
    const value = account[fact]
    if (keys.has(key) && value) answers[key] = value
  }
  return answers
}

/** Whether a field was filled from the account (the form says so beside it). */
export const isPrefillable = (key: string): boolean => Object.hasOwn(accountPrefill, key)
