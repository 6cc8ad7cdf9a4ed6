import type { FormField, FormFieldType } from '@pintu/contract'

/**
 * Form fields that identify a person. The application's form data reaches the page with the
 * rest of the file, so these are masked until the officer asks for the applicant's data, which
 * the API records in the audit log (SPEC §8). Names and addresses are plain text fields and
 * cannot be told apart by type; the API should leave personal fields out of the form data
 * altogether (raised with the API owner).
 */
export const personalFieldTypes = ['nik', 'phone', 'email'] as const satisfies readonly FormFieldType[]

export function isPersonal(field: Pick<FormField, 'type'>): boolean {
  return (personalFieldTypes as readonly string[]).includes(field.type)
}
