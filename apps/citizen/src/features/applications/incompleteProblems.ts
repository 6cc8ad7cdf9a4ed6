import type { ApplicationDetail, LocalizedText } from '@pintu/contract'
import { ApiError } from '@pintu/contract/client'
import type { RouteLocationRaw } from 'vue-router'
import { errorMessageKey } from '@/shared/errors.ts'
import { allFields, sectionOfField, stepLocation } from './editability.ts'

type Translate = (key: string, named?: Record<string, unknown>) => string
type Localize = (text: LocalizedText) => string

export interface LinkedProblem {
  message: string
  /** The page where it can be fixed. */
  to?: RouteLocationRaw
  /** The id of the control on that page, so the link lands on it. */
  field?: string
}

/**
 * The problems of a refused submission (422 `applications.incomplete`), one per detail, each
 * naming the field or document in the reader's language and linking to the page that fixes it:
 * `/data/<field>` → its form section, `/documents/<requirement>` → the documents page.
 */
export function incompleteProblems(
  error: unknown,
  app: ApplicationDetail,
  t: Translate,
  localize: Localize,
): LinkedProblem[] {
  if (!(error instanceof ApiError)) return []
  const fields = allFields(app)
  return error.details.flatMap((detail): LinkedProblem[] => {
    const [, where, key] = detail.field.split('/')
    if (where === 'data' && key) {
      const field = fields.find((f) => f.key === key)
      const section = sectionOfField(app, key)
      const messageKey = errorMessageKey(detail.code)
      const label = field ? localize(field.label) : key
      return [
        {
          message: messageKey ? t(messageKey, { field: label }) : detail.message,
          to: section
            ? {
                ...(stepLocation(app.id, { kind: 'section', key: section.key }, { kembali: 'periksa' }) as object),
                hash: `#field-${key}`,
              }
            : undefined,
          field: `field-${key}`,
        },
      ]
    }
    if (where === 'documents' && key) {
      const requirement = app.service.requirements.find((r) => r.key === key)
      return [
        {
          message: t('applications.check.documentMissing', { name: requirement ? localize(requirement.name) : key }),
          to: {
            ...(stepLocation(app.id, { kind: 'documents' }, { kembali: 'periksa' }) as object),
            hash: `#upload-${key}`,
          },
          field: `upload-${key}`,
        },
      ]
    }
    return [{ message: detail.message }]
  })
}
