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

  /**
   * Marks every empty required field and, for each filled one, what its rule says is wrong (`rules`
   * give a message, or null when the value is fine), all at once: one problem never hides another.
   * Returns whether there is none. The API judges again, and has the last word.
   */
  function checkRequired(
    values: Record<Field, string>,
    rules: Partial<Record<Field, (value: string) => string | null>> = {},
    optional: readonly Field[] = [],
  ): boolean {
    reset()
    const found: Partial<Record<Field, string>> = {}
    for (const field of fields) {
      const value = values[field]
      if (!value.trim()) {
        if (!optional.includes(field)) found[field] = t('errors.field.required', { field: label(field) })
        continue
      }
      const problem = rules[field]?.(value)
      if (problem) found[field] = problem
    }
    byField.value = found
    return Object.keys(found).length === 0
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
