import { Type, type Static, type TSchema } from 'typebox'

/** Text published in Bahasa Indonesia first and English second. */
export const LocalizedTextSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 4000, description: 'Text in Bahasa Indonesia (authoritative)' }),
    en: Type.String({ minLength: 1, maxLength: 4000, description: 'Text in English (translation)' }),
  },
  { additionalProperties: false, description: 'A text in Bahasa Indonesia and English' },
)
export type LocalizedText = Static<typeof LocalizedTextSchema>

export const ErrorResponseSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine-readable code, e.g. `auth.invalid_credentials`. Clients switch on this, never on the message.' }),
      message: Type.String({ description: 'Human-readable message in the language chosen by `Accept-Language` (id by default, or en)' }),
      details: Type.Optional(
        Type.Array(
          Type.Object({
            field: Type.String({ description: 'JSON pointer-like path of the offending input, e.g. `/nik`' }),
            code: Type.String({ description: 'Stable code of this problem, e.g. `nik.bad_birth_date`' }),
            message: Type.String({ description: 'Localised explanation' }),
          }),
          { description: 'Field-level problems, when the error is about specific inputs' },
        ),
      ),
      requestId: Type.Optional(Type.String({ description: 'Request id to quote when reporting a problem' })),
    }),
  },
  { description: 'Every error response has this shape' },
)
export type ErrorResponse = Static<typeof ErrorResponseSchema>

export const PageQueryProperties = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, default: 1, description: 'Page number, from 1' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page (at most 100)' })),
}

/** A page of items with the total count across all pages. */
export function PageOf<T extends TSchema>(item: T, description: string) {
  return Type.Object(
    {
      items: Type.Array(item, { description }),
      total: Type.Integer({ minimum: 0, description: 'Number of items across all pages' }),
      page: Type.Integer({ minimum: 1, description: 'This page number' }),
      pageSize: Type.Integer({ minimum: 1, description: 'Items per page' }),
    },
  )
}

export const IsoDateTime = (description: string) => Type.String({ format: 'date-time', description })
export const IsoDate = (description: string) => Type.String({ format: 'date', description })
export const Uuid = (description: string) => Type.String({ format: 'uuid', description })
