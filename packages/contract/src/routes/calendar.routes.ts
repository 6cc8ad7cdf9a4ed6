/** Working-day calendar: holidays, published years and due dates. */
import {
  AddHolidayBodySchema,
  CalendarStatusSchema,
  CalendarYearSchema,
  DueDateQuerySchema,
  DueDateSchema,
  HolidayIdParamsSchema,
  HolidayListQuerySchema,
  HolidayListSchema,
  HolidaySchema,
  PublishCalendarYearBodySchema,
  RevokeHolidayBodySchema,
} from '../calendar.ts'
import { defineRoute } from '../route.ts'

export const calendarRoutes = {
  holidays: defineRoute({
    method: 'GET',
    url: '/api/v1/calendar/holidays',
    access: 'public',
    schema: {
      summary: "Holidays, cuti bersama and regional holidays in force for a year, in the office's calendar",
      tags: ['calendar'],
      querystring: HolidayListQuerySchema,
      response: { 200: HolidayListSchema },
    },
  }),
  dueDate: defineRoute({
    method: 'GET',
    url: '/api/v1/calendar/due-date',
    access: 'public',
    errors: ['calendar.out_of_range'],
    schema: {
      summary: 'Working-day due date',
      description:
        "Monday–Friday in the office's time zone, minus the office's holidays, cuti bersama, regional holidays and declared closures in force. Counting starts on the next working day after `from`; a budget of N days ends at the close of the N-th working day.",
      tags: ['calendar'],
      querystring: DueDateQuerySchema,
      response: { 200: DueDateSchema },
    },
  }),
  status: defineRoute({
    method: 'GET',
    url: '/api/v1/calendar/status',
    access: 'public',
    schema: {
      summary: 'How far the published holiday calendar reaches',
      description:
        'Due dates after `publishedThrough` are provisional (flagged on every due date). `warning` turns true 90 days before the calendar runs out.',
      tags: ['calendar'],
      response: { 200: CalendarStatusSchema },
    },
  }),
  publishYear: defineRoute({
    method: 'POST',
    url: '/api/v1/calendar/years',
    access: ['admin'],
    errors: ['calendar.year_published'],
    schema: {
      summary: "Mark a year's calendar as published in full",
      description:
        "After entering the holidays and cuti bersama of the year's SKB. Due dates in that year stop being provisional. 409 `calendar.year_published` when already marked.",
      tags: ['calendar'],
      body: PublishCalendarYearBodySchema,
      response: { 201: CalendarYearSchema },
    },
  }),
  addHoliday: defineRoute({
    method: 'POST',
    url: '/api/v1/calendar/holidays',
    access: ['admin'],
    errors: ['calendar.already_holiday', 'calendar.out_of_range'],
    schema: {
      summary: 'Add a holiday (amendment) or a regional holiday',
      description:
        "For this office only: a national amendment (`libur_nasional`, `cuti_bersama`) or a regional holiday the region's government declared (`libur_daerah`). Every working-day clock of this office counts it at once: due dates of files in progress are recomputed; other offices' clocks do not move.",
      tags: ['calendar'],
      body: AddHolidayBodySchema,
      response: { 201: HolidaySchema },
    },
  }),
  revokeHoliday: defineRoute({
    method: 'POST',
    url: '/api/v1/calendar/holidays/:id/revoke',
    access: ['admin'],
    errors: ['calendar.not_found', 'calendar.already_revoked', 'calendar.out_of_range'],
    schema: {
      summary: 'Revoke a holiday entry',
      description: 'The entry stays in history; due dates are recomputed.',
      tags: ['calendar'],
      params: HolidayIdParamsSchema,
      body: RevokeHolidayBodySchema,
      response: { 200: HolidaySchema },
    },
  }),
}
