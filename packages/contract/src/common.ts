import { Type, type Static, type TSchema } from 'typebox'
import { officeTimeZones } from './working-days.ts'

/**
 * What every text field may hold: no C0 control character but tab, line feed and carriage return,
 * no DEL, and no lone UTF-16 surrogate. PostgreSQL refuses NUL in text and jsonb, and a lone
 * surrogate is not Unicode at all: both are refused here, at the boundary, with a 400.
 */
const TEXT_CHARACTERS = '[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uD800-\\uDFFF]'
/** One-line fields also refuse tab and line breaks. */
const LINE_CHARACTERS = '[^\\u0000-\\u001F\\u007F\\uD800-\\uDFFF]'
/** A required text must hold something other than white space. */
const NOT_BLANK = '(?=[\\s\\S]*\\S)'

export const textPatterns = {
  line: `^${LINE_CHARACTERS}*$`,
  requiredLine: `^${NOT_BLANK}${LINE_CHARACTERS}*$`,
  text: `^${TEXT_CHARACTERS}*$`,
  requiredText: `^${NOT_BLANK}${TEXT_CHARACTERS}*$`,
} as const

export interface TextOptions {
  maxLength: number
  minLength?: number
  description?: string
  /** Allows tab and line breaks (notes, reports, descriptions). */
  multiline?: boolean
}

/**
 * The one string schema for free text in requests: bounded, refusing what the database cannot
 * hold, and refusing white space alone where something is required.
 */
export function Text(options: TextOptions) {
  const { multiline, ...rest } = options
  const required = (options.minLength ?? 0) > 0
  const pattern = multiline
    ? required
      ? textPatterns.requiredText
      : textPatterns.text
    : required
      ? textPatterns.requiredLine
      : textPatterns.line
  return Type.String({ ...rest, pattern })
}

/** The largest 32-bit signed integer: the bound of counters such as versions and revisions. */
export const MAX_INT32 = 2_147_483_647
/**
 * The largest amount of rupiah Pintu handles (Rp 1 quadrillion): exact in a JavaScript number
 * (below 2^53) and in PostgreSQL bigint, far above any regional retribution.
 */
export const MAX_RUPIAH = 1_000_000_000_000_000

/** A counter sent back for optimistic concurrency (an application version, a draft revision). */
export const VersionNumber = (description: string) => Type.Integer({ minimum: 1, maximum: MAX_INT32, description })
/** An amount of money: whole rupiah, 64-bit end to end. */
export const Rupiah = (description: string, minimum = 0) => Type.Integer({ minimum, maximum: MAX_RUPIAH, description })

/** Text published in Bahasa Indonesia first and English second. */
export const LocalizedTextSchema = Type.Object(
  {
    id: Text({
      minLength: 1,
      maxLength: 4000,
      multiline: true,
      description: 'Text in Bahasa Indonesia (authoritative)',
    }),
    en: Text({ minLength: 1, maxLength: 4000, multiline: true, description: 'Text in English (translation)' }),
  },
  { additionalProperties: false, description: 'A text in Bahasa Indonesia and English' },
)
export type LocalizedText = Static<typeof LocalizedTextSchema>

export const ErrorResponseSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({
        description:
          'Stable machine-readable code, e.g. `auth.invalid_credentials`. Clients switch on this, never on the message.',
      }),
      message: Type.String({
        description: 'Human-readable message in the language chosen by `Accept-Language` (id by default, or en)',
      }),
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
  pageSize: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page (at most 100)' }),
  ),
}

/** A page of items with the total count across all pages. */
export function PageOf<T extends TSchema>(item: T, description: string) {
  return Type.Object({
    items: Type.Array(item, { description }),
    total: Type.Integer({ minimum: 0, description: 'Number of items across all pages' }),
    page: Type.Integer({ minimum: 1, description: 'This page number' }),
    pageSize: Type.Integer({ minimum: 1, description: 'Items per page' }),
  })
}

export const IsoDateTime = (description: string) => Type.String({ format: 'date-time', description })
/** Pintu's calendar covers 2000–2099: working-day arithmetic outside it is refused, never looped over. */
export const IsoDate = (description: string) =>
  Type.String({ format: 'date', pattern: '^20[0-9]{2}-', description: `${description} (2000–2099)` })
/** The zone of an office's working day; every date Pintu gives for the office is a date there. */
export const OfficeTimeZoneSchema = Type.Enum([...officeTimeZones], {
  description:
    "IANA time zone of the office's working day: Asia/Jakarta (WIB, UTC+7), Asia/Makassar (WITA, UTC+8) or Asia/Jayapura (WIT, UTC+9), none with daylight saving. Every date of this office (received days, due dates, statistics days, issue dates) is a date in this zone, and a due date is met until 23:59:59 there",
})
export const Uuid = (description: string) => Type.String({ format: 'uuid', description })
