import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, LocalizedTextSchema, Text, Uuid } from './common.ts'

export const holidayKinds = ['libur_nasional', 'cuti_bersama', 'libur_daerah'] as const
export type HolidayKind = (typeof holidayKinds)[number]
/** The kinds the national calendar (the SKB) sets; the others are the office's own. */
export const nationalHolidayKinds = ['libur_nasional', 'cuti_bersama'] as const satisfies readonly HolidayKind[]
export const HolidayKindSchema = Type.Enum([...holidayKinds], {
  description:
    "`libur_nasional` national holiday, `cuti_bersama` collective leave (both set by the SKB of three ministers), `libur_daerah` regional holiday: a day off the region's own government declares (e.g. a provincial holiday by the governor's decree), entered for this office only",
})

/**
 * Why a date in a due-date period is not a working day. A holiday entry names its kind; a day inside a
 * declared closure (SPEC §9) is `closure`; any other non-working date is a Saturday or Sunday.
 */
export const skippedDayReasons = ['weekend', 'closure', ...holidayKinds] as const
export type SkippedDayReason = (typeof skippedDayReasons)[number]

export const HolidaySchema = Type.Object({
  id: Uuid('Holiday entry id'),
  date: IsoDate("The non-working date (the office's time zone)"),
  kind: HolidayKindSchema,
  name: LocalizedTextSchema,
  legalBasis: Type.String({ description: 'The decree that sets it, e.g. SKB 1497/2025' }),
  recordedAt: IsoDateTime('When it was entered into Pintu'),
})
export type Holiday = Static<typeof HolidaySchema>

export const HolidayListQuerySchema = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'Calendar year' }) },
  { additionalProperties: false },
)
export const HolidayListSchema = Type.Object({
  year: Type.Integer(),
  items: Type.Array(HolidaySchema, { description: 'Holidays in force for the year, by date' }),
})
export type HolidayList = Static<typeof HolidayListSchema>

export const DueDateQuerySchema = Type.Object(
  {
    from: IsoDate("The day the clock starts (the office's time zone); counting begins the next working day"),
    days: Type.Integer({ minimum: 1, maximum: 365, description: 'Working days' }),
  },
  { additionalProperties: false },
)
export const DueDateSchema = Type.Object({
  from: IsoDate('The day the clock started'),
  days: Type.Integer(),
  dueDate: IsoDate("The last working day: due at its close (23:59:59 in the office's time zone)"),
  provisional: Type.Boolean({
    description: 'The due date lies past the last year with a published holiday calendar (the SKB) and may still move',
  }),
  skipped: Type.Array(
    Type.Object({
      date: IsoDate('A non-working date in the period'),
      reason: Type.Enum([...skippedDayReasons], {
        description:
          'Why it is not a working day: the kind of its holiday entry (`libur_nasional`, `cuti_bersama`, `libur_daerah`) when it has one, else `closure` for a day the office declared closed (see `/api/v1/closures`), else `weekend`',
      }),
      name: Type.Union([LocalizedTextSchema, Type.Null()], {
        description: 'The name of its holiday entry; null for a weekend or a closure day',
      }),
    }),
    { description: 'Non-working dates between the start and the due date, and why' },
  ),
})
export type DueDate = Static<typeof DueDateSchema>

export const AddHolidayBodySchema = Type.Object(
  {
    date: IsoDate('The date to make non-working'),
    kind: HolidayKindSchema,
    name: LocalizedTextSchema,
    legalBasis: Text({ minLength: 5, maxLength: 300, description: 'The decree that sets it' }),
  },
  {
    additionalProperties: false,
    description: 'Amends the calendar, e.g. a cuti bersama added mid-year (18 August 2025 was added in August 2025)',
  },
)
export type AddHolidayBody = Static<typeof AddHolidayBodySchema>

export const RevokeHolidayBodySchema = Type.Object(
  { reason: Text({ minLength: 10, maxLength: 500, multiline: true, description: 'Why the entry no longer applies' }) },
  { additionalProperties: false },
)
export const CalendarYearSchema = Type.Object({
  year: Type.Integer({ description: 'A year whose official calendar is entered in full' }),
  legalBasis: Type.String({ description: 'The SKB that sets its holidays and cuti bersama' }),
  recordedAt: IsoDateTime('When it was marked published'),
})
export const CalendarStatusSchema = Type.Object({
  publishedThrough: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Last year with a published calendar; due dates after it are provisional',
  }),
  runsOutOn: Type.Union([IsoDate('Last day covered by a published calendar'), Type.Null()]),
  warning: Type.Boolean({
    description: 'True within 90 days of the published calendar running out: admins must enter the next SKB',
  }),
  years: Type.Array(CalendarYearSchema, { description: 'Published years, newest first' }),
})
export type CalendarStatus = Static<typeof CalendarStatusSchema>
export const PublishCalendarYearBodySchema = Type.Object(
  {
    year: Type.Integer({
      minimum: 2000,
      maximum: 2099,
      description: 'The year whose holidays and cuti bersama are now entered in full',
    }),
    legalBasis: Text({ minLength: 5, maxLength: 300, description: 'The SKB of three ministers for that year' }),
  },
  { additionalProperties: false },
)

export const HolidayIdParamsSchema = Type.Object({ id: Uuid('Holiday entry id') }, { additionalProperties: false })
