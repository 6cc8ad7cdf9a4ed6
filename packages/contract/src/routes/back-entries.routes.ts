/** Paper back-entry under two-person control: a frontdesk officer enters, a supervisor approves or rejects. */
import {
  BackEntryIdParamsSchema,
  BackEntryListQuerySchema,
  BackEntryListSchema,
  BackEntrySchema,
  CreateBackEntryBodySchema,
  RejectBackEntryBodySchema,
} from '../back-entries.ts'
import { defineRoute } from '../route.ts'

const DUAL =
  ' The officer who entered it can never approve or reject it, nor can an account that one set up or was set up by (403). Recorded as a change naming both officers.'

export const backEntryRoutes = {
  create: defineRoute({
    method: 'POST',
    url: '/api/v1/counter/back-entries',
    access: ['frontdesk'],
    errors: [
      'applications.not_found',
      'applications.stale_version',
      'applications.action_not_allowed',
      'applications.incomplete',
      'backentry.future_date',
      'backentry.not_in_closure',
      'backentry.receipt_used',
      'backentry.already_pending',
    ],
    schema: {
      summary: 'Enter an application received on paper during a declared closure (pending approval)',
      description:
        'After a closure, a frontdesk officer enters each paper application: first as a counter intake draft (`POST /api/v1/counter/applications`, form, documents), then this call instead of submitting it, with the number and date of the paper receipt. The date must be a day of a declared closure of this office (422 `backentry.not_in_closure`) and not in the future (422 `backentry.future_date`); a receipt number already entered and not rejected answers 409 `backentry.receipt_used`. The draft must be complete (422 `applications.incomplete`). Until a supervisor approves it the back-entry is pending: the application stays a draft, with no registration number, no queue, no officer and no clock. Recorded as `backentry.entered`.',
      tags: ['counter'],
      body: CreateBackEntryBodySchema,
      response: { 201: BackEntrySchema },
    },
  }),
  list: defineRoute({
    method: 'GET',
    url: '/api/v1/back-entries',
    access: ['frontdesk', 'supervisor', 'auditor'],
    errors: [],
    schema: {
      summary: 'Back-entries: pending ones for the supervisor to approve, or decided ones',
      description:
        'Supervisors and auditors see those of the whole office; a frontdesk officer sees only those they entered.',
      tags: ['counter'],
      querystring: BackEntryListQuerySchema,
      response: { 200: BackEntryListSchema },
    },
  }),
  approve: defineRoute({
    method: 'POST',
    url: '/api/v1/back-entries/:id/approve',
    access: ['supervisor'],
    errors: [
      'backentry.not_found',
      'backentry.already_decided',
      'backentry.same_officer',
      'backentry.related_officer',
      'backentry.draft_changed',
      'applications.incomplete',
      'calendar.out_of_range',
    ],
    schema: {
      summary: 'Approve a back-entry: the application counts from its paper date',
      description:
        'The application is submitted through the ordinary lifecycle (same queue, assignment and clocks, channel `counter`) with its submission date the paper date: the expected completion date and the first stage’s due date are counted in working days from it, so the closure days (not working days) do not count against the office. The registration number is given now; the applicant sees the paper receipt number and date on their timeline and in public tracking. A draft changed since it was entered answers 409 `backentry.draft_changed`.' +
        DUAL,
      tags: ['counter'],
      params: BackEntryIdParamsSchema,
      response: { 200: BackEntrySchema },
    },
  }),
  reject: defineRoute({
    method: 'POST',
    url: '/api/v1/back-entries/:id/reject',
    access: ['supervisor'],
    errors: ['backentry.not_found', 'backentry.already_decided', 'backentry.same_officer', 'backentry.related_officer'],
    schema: {
      summary: 'Reject a back-entry, with a reason',
      description:
        'The application stays the entering officer’s counter draft and never counts; its receipt number may be entered again (corrected).' +
        DUAL,
      tags: ['counter'],
      params: BackEntryIdParamsSchema,
      body: RejectBackEntryBodySchema,
      response: { 200: BackEntrySchema },
    },
  }),
}
