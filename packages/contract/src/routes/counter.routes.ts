/** Counter intake: a frontdesk officer finds or registers a walk-in applicant and files on their behalf. */
import { Type } from 'typebox'
import {
  ActionResultSchema,
  ApplicationDetailSchema,
  ApplicationIdParamsSchema,
  DocumentUploadParamsSchema,
  DocumentSchema,
  UpdateFormBodySchema,
} from '../applications.ts'
import {
  AllocateProvisionalRangeBodySchema,
  CounterApplicantSchema,
  CounterCreateApplicationBodySchema,
  CounterLookupBodySchema,
  CounterRegisterBodySchema,
  ProvisionalRangeSchema,
} from '../counter.ts'
import { VersionNumber } from '../common.ts'
import { defineRoute } from '../route.ts'

const ON_BEHALF =
  ' Every counter action is a recorded change whose actor is the officer and whose details name the applicant it was done on behalf of (pseudonymised in the transparency log). Only the officer who started the intake may continue it; anyone else gets 404.'

export const counterRoutes = {
  lookup: defineRoute({
    method: 'POST',
    url: '/api/v1/counter/applicants/lookup',
    access: ['frontdesk'],
    errors: ['counter.applicant_not_found', 'rate_limited'],
    schema: {
      summary: 'Find a walk-in applicant by NIK (exact match)',
      description:
        'Exact match on the 16-digit NIK read from the KTP, never a search: no partial NIK, no names, no list. The NIK is sent in the body so it stays out of URLs and logs. A found account is a read of personal data and is recorded (`identity.applicant_looked_up`); not found answers 404 `counter.applicant_not_found` and is recorded too, on the officer and without the NIK (`identity.applicant_lookup_missed`). At most 30 lookups a minute per officer (429 `rate_limited` with `Retry-After`).',
      tags: ['counter'],
      body: CounterLookupBodySchema,
      response: { 200: CounterApplicantSchema },
    },
  }),
  register: defineRoute({
    method: 'POST',
    url: '/api/v1/counter/applicants',
    access: ['frontdesk'],
    errors: [
      'nik.format',
      'nik.unknown_province',
      'nik.bad_region',
      'nik.bad_birth_date',
      'nik.bad_serial',
      'phone.invalid',
      'email.invalid',
      'identity.email_taken',
      'identity.nik_taken',
    ],
    schema: {
      summary: 'Create the account of a walk-in applicant, without a password',
      description:
        "The account has no usable password: the applicant is sent a link by email or a 6-digit code by SMS (`passwordChannel`) through the ordinary password-reset flow, and sets their own. The counter never learns or sets it. NIK, phone and email are checked as at online registration (422 with the field's code); a NIK or email already registered answers 409.",
      tags: ['counter'],
      body: CounterRegisterBodySchema,
      response: { 201: CounterApplicantSchema },
    },
  }),
  create: defineRoute({
    method: 'POST',
    url: '/api/v1/counter/applications',
    access: ['frontdesk'],
    errors: [
      'counter.applicant_not_found',
      'counter.provisional_unknown',
      'counter.provisional_used',
      'catalogue.not_found',
      'catalogue.retired',
      'applications.kind_not_offered',
    ],
    idempotent: true,
    schema: {
      summary: "Start a draft on a walk-in applicant's behalf (channel `counter`)",
      description:
        "Like an applicant's own draft (pinned to the catalogue version in force, prefilled from the account), with channel `counter`. Honours `Idempotency-Key`. An intake taken while the API could not be reached sends its `provisionalNo` and `provisionalCode`: the number must lie in a range allocated to the calling officer (422 `counter.provisional_unknown`) and not be linked yet (409 `counter.provisional_used`); tracking then answers for either number." +
        ON_BEHALF,
      tags: ['counter'],
      body: CounterCreateApplicationBodySchema,
      response: { 201: ApplicationDetailSchema },
    },
  }),
  get: defineRoute({
    method: 'GET',
    url: '/api/v1/counter/applications/:id',
    access: ['frontdesk'],
    errors: ['applications.not_found'],
    schema: {
      summary: 'A counter intake draft, for the officer who started it',
      tags: ['counter'],
      params: ApplicationIdParamsSchema,
      response: { 200: ApplicationDetailSchema },
    },
  }),
  updateForm: defineRoute({
    method: 'PATCH',
    url: '/api/v1/counter/applications/:id/form',
    access: ['frontdesk'],
    errors: [
      'applications.not_found',
      'applications.not_editable',
      'applications.invalid_form',
      'applications.stale_version',
    ],
    schema: {
      summary: 'Fill in form fields of a counter intake',
      description: 'Validated as for the applicant (see `PATCH /api/v1/applications/{id}/form`).' + ON_BEHALF,
      tags: ['counter'],
      params: ApplicationIdParamsSchema,
      body: UpdateFormBodySchema,
      response: { 200: ApplicationDetailSchema },
    },
  }),
  upload: defineRoute({
    method: 'POST',
    url: '/api/v1/counter/applications/:id/documents/:requirementKey',
    access: ['frontdesk'],
    errors: ['applications.not_found', 'applications.not_editable', 'applications.unknown_requirement'],
    schema: {
      summary: 'Upload a scanned document of a counter intake',
      description:
        "The same checks as the applicant's upload (see `POST /api/v1/applications/{id}/documents/{requirementKey}`): one `file` part, a PDF, JPEG or PNG the requirement accepts, proven by its content." +
        ON_BEHALF,
      tags: ['counter'],
      params: DocumentUploadParamsSchema,
      response: { 201: DocumentSchema },
    },
    upload: { description: 'The scanned document: a PDF, JPEG or PNG the requirement accepts, within its size limit' },
  }),
  submit: defineRoute({
    method: 'POST',
    url: '/api/v1/counter/applications/:id/submit',
    access: ['frontdesk'],
    errors: [
      'applications.not_found',
      'applications.action_not_allowed',
      'applications.stale_version',
      'applications.incomplete',
      'calendar.out_of_range',
    ],
    idempotent: true,
    schema: {
      summary: 'Submit a counter intake; returns the receipt to print',
      description:
        'The same queue, assignment and clocks as an online submission. The receipt (registration number, tracking code, expected date) is answered once, for the officer to print and hand over. The officer who took the intake is never assigned to verify it. Honours `Idempotency-Key`.' +
        ON_BEHALF,
      tags: ['counter'],
      params: ApplicationIdParamsSchema,
      body: Type.Object({ version: VersionNumber('The version you read') }, { additionalProperties: false }),
      response: { 200: ActionResultSchema },
    },
  }),
  allocateProvisional: defineRoute({
    method: 'POST',
    url: '/api/v1/counter/provisional-ranges',
    access: ['frontdesk'],
    errors: ['request.invalid'],
    schema: {
      summary: 'Allocate a signed range of provisional receipt numbers to this device',
      description:
        "While online, the officer SPA asks for a range of numbers (`SEM-<year>-<device>-<nnn>`) to print on receipts of intakes it must keep while the API cannot be reached. Ranges never overlap; each is signed with the office's Ed25519 key, so a provisional receipt can be checked offline against the signed range. Only the officer the range was allocated to may link its numbers. Recorded as `counter.range_allocated`.",
      tags: ['counter'],
      body: AllocateProvisionalRangeBodySchema,
      response: { 201: ProvisionalRangeSchema },
    },
  }),
}
