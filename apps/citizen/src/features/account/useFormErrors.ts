import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { errorText, fieldErrors } from '@/shared/errors.ts'

/**
 * Error state of a form posted to the API: per-field messages from the error's `details`
 * (`/nik` → field `nik`) and one form-level message when no field is to blame.
 */
export function useFormErrors<Field extends string>(
  fields: readonly Field[],
  idPrefix: string,
  label: (field: Field) => string,
) {
  const { t } = useI18n()
  const byField = ref<Partial<Record<Field, string>>>({})
  const formError = ref<string | null>(null)

  function reset() {
    byField.value = {}
    formError.value = null
  }

  /** Marks empty required fields; returns whether all are filled. Everything else is the API's to judge. */
  function checkRequired(values: Record<Field, string>): boolean {
    reset()
    const missing: Partial<Record<Field, string>> = {}
    for (const field of fields)
      if (!values[field].trim()) missing[field] = t('errors.field.required', { field: label(field) })
    byField.value = missing
    return Object.keys(missing).length === 0
  }

  function fromApi(error: unknown) {
    reset()
    const found = fieldErrors(error, t, (field) => (fields.includes(field as Field) ? label(field as Field) : field))
    const mine: Partial<Record<Field, string>> = {}
    for (const field of fields) if (found[field]) mine[field] = found[field]
    byField.value = mine
    if (Object.keys(mine).length === 0) formError.value = errorText(error, t)
  }

  /** The list for the error summary, in form order, each linking to its input. */
  const problems = computed(() => [
    ...(formError.value ? [{ message: formError.value }] : []),
    ...fields.flatMap((field) =>
      byField.value[field] ? [{ field: `${idPrefix}${field}`, message: byField.value[field]! }] : [],
    ),
  ])

  return { byField, formError, problems, reset, checkRequired, fromApi }
}
