/** Applications: intake, documents, lifecycle actions, work queues, the board and public tracking. */
import { Type } from 'typebox'
import {
  ActionBodySchema,
  ActionParamsSchema,
  ActionQuerySchema,
  ActionResultSchema,
  ApplicantDataSchema,
  ApplicationDetailSchema,
  ApplicationIdParamsSchema,
  DocumentUploadParamsSchema,
  ApplicationListSchema,
  CreateApplicationBodySchema,
  DeleteDraftQuerySchema,
  DocumentParamsSchema,
  DocumentSchema,
  MyApplicationsQuerySchema,
  UpdateFormBodySchema,
} from '../applications.ts'
import { BoardSchema, DutyBodySchema, DutyResultSchema, QueueSchema, ReassignBodySchema } from '../office-work.ts'
import { defineRoute } from '../route.ts'
import { BoardQuerySchema, QueueQuerySchema } from '../work-search.ts'
import { fileReaderRoles, assignableRoles, oversightRoles } from '../roles.ts'
import { TrackParamsSchema, TrackQuerySchema, TrackingSchema } from '../tracking.ts'
import { NoContent } from './no-content.ts'

export const applicationRoutes = {
  create: defineRoute({
    method: 'POST',
    url: '/api/v1/applications',
    access: ['applicant'],
    errors: ['catalogue.not_found', 'catalogue.retired', 'applications.kind_not_offered'],
    idempotent: true,
    schema: {
      summary: 'Start an application (draft)',
      description:
        'Pins the catalogue version in force. Honours `Idempotency-Key`: a retry with the same key returns the same draft.',
      tags: ['applications'],
      body: CreateApplicationBodySchema,
      response: { 201: ApplicationDetailSchema },
    },
  }),
  mine: defineRoute({
    method: 'GET',
    url: '/api/v1/applications',
    access: ['applicant'],
    schema: {
      summary: 'My applications',
      tags: ['applications'],
      querystring: MyApplicationsQuerySchema,
      response: { 200: ApplicationListSchema },
    },
  }),
  get: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id',
    access: ['applicant', ...fileReaderRoles],
    errors: ['applications.not_found', 'applications.not_assigned'],
    schema: {
      summary: 'An application with its timeline',
      description:
        'Applicants see their own (others answer 404). Officers see files they hold or held; supervisors and auditors see all.',
      tags: ['applications'],
      params: ApplicationIdParamsSchema,
      response: { 200: ApplicationDetailSchema },
    },
  }),
  remove: defineRoute({
    method: 'DELETE',
    url: '/api/v1/applications/:id',
    access: ['applicant'],
    errors: ['applications.not_found', 'applications.action_not_allowed', 'applications.stale_version'],
    schema: {
      summary: 'Delete a draft (its owner)',
      description:
        "Only a draft, never a submitted application (409 `applications.action_not_allowed`: withdraw it instead); someone else's answers 404. Its answers and documents are erased; the history keeps that it was made and deleted (the `delete` action of the lifecycle table, recorded like every change). Afterwards the application answers 404 and leaves the list.",
      tags: ['applications'],
      params: ApplicationIdParamsSchema,
      querystring: DeleteDraftQuerySchema,
      response: { 204: NoContent },
    },
  }),
  updateForm: defineRoute({
    method: 'PATCH',
    url: '/api/v1/applications/:id/form',
    access: ['applicant'],
    errors: [
      'applications.not_found',
      'applications.not_editable',
      'applications.field_locked',
      'applications.invalid_form',
      'applications.stale_version',
    ],
    schema: {
      summary: 'Fill in form fields',
      description:
        'Validated against the form schema of the pinned catalogue version; errors per field. After a return only the fields listed in it can change.',
      tags: ['applications'],
      params: ApplicationIdParamsSchema,
      body: UpdateFormBodySchema,
      response: { 200: ApplicationDetailSchema },
    },
  }),
  upload: defineRoute({
    method: 'POST',
    url: '/api/v1/applications/:id/documents/:requirementKey',
    access: ['applicant'],
    errors: [
      'applications.not_found',
      'applications.not_editable',
      'applications.field_locked',
      'applications.unknown_requirement',
    ],
    schema: {
      summary: 'Upload the document for a requirement',
      description:
        'multipart/form-data with exactly one part, a file named `file` (anything else: 400 `documents.no_file` ' +
        'or `documents.one_file_only`; a broken body: 400 `request.malformed_multipart`). The type is decided ' +
        'from the content (PDF, JPEG, PNG), must be one the requirement accepts (415 ' +
        '`documents.type_not_accepted`) and is proven by reading the whole file: a PDF must reach a trailer ' +
        'with /Root through a sound cross-reference and carry no JavaScript, embedded files, launch actions, ' +
        'rich media or XFA forms, in any object or object stream (422 `documents.not_a_pdf`, ' +
        '`documents.pdf_active_content`, `documents.pdf_encrypted`, `documents.pdf_uninspectable`); a PNG or ' +
        'JPEG must be whole, with 1–20,000 pixels a side (422 `documents.image_corrupt`, ' +
        "`documents.image_dimensions`). The size limit is the requirement's (413 `documents.too_large`). The " +
        'file name may hold no control or text-direction characters (422 `documents.bad_file_name`); it is ' +
        'stored with the extension of the proven type. A refused upload stores nothing. Replaces an earlier ' +
        'upload for the same requirement.',
      tags: ['applications'],
      params: DocumentUploadParamsSchema,
      response: { 201: DocumentSchema },
    },
    upload: { description: 'The document: a PDF, JPEG or PNG the requirement accepts, within its size limit' },
  }),
  uploadReviewAttachment: defineRoute({
    method: 'POST',
    url: '/api/v1/applications/:id/review-attachments',
    access: ['technical'],
    errors: ['applications.not_found', 'applications.not_assigned', 'applications.not_in_review'],
    schema: {
      summary: 'Attach a file to the technical review (assigned technical officer)',
      description:
        'multipart/form-data with exactly one part, a file named `file` (PDF, JPEG or PNG, at most 10 MiB): ' +
        "site photos, inspection minutes. The file is checked as for an applicant's upload (type from the " +
        'content, the whole file proven, no active content in a PDF, a safe name with the extension of its ' +
        'type), with the same error codes; a refused file stores nothing. Listed with the documents for ' +
        'officers only; applicants never see them.',
      tags: ['applications'],
      params: ApplicationIdParamsSchema,
      response: { 201: DocumentSchema },
    },
    upload: { description: 'The attachment: a PDF, JPEG or PNG of at most 10 MiB' },
  }),
  download: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/documents/:documentId',
    access: ['applicant', ...fileReaderRoles],
    errors: ['applications.not_found', 'applications.not_assigned', 'applications.document_not_found'],
    schema: {
      summary: 'Download a document',
      description:
        "Officer downloads are audited. Sent with `Content-Security-Policy: default-src 'none'; sandbox` and " +
        '`X-Content-Type-Options: nosniff`; PDF, PNG and JPEG inline, anything else as an attachment, under the ' +
        'stored name.',
      tags: ['applications'],
      params: DocumentParamsSchema,
      response: { 200: Type.String({ description: 'The file, with its content type' }) },
    },
  }),
  removeDocument: defineRoute({
    method: 'DELETE',
    url: '/api/v1/applications/:id/documents/:documentId',
    access: ['applicant'],
    errors: [
      'applications.not_found',
      'applications.document_not_found',
      'applications.not_editable',
      'applications.field_locked',
    ],
    schema: {
      summary: 'Remove an uploaded document',
      tags: ['applications'],
      params: DocumentParamsSchema,
      response: { 204: NoContent },
    },
  }),
  act: defineRoute({
    method: 'POST',
    url: '/api/v1/applications/:id/actions/:action',
    access: ['applicant', ...assignableRoles],
    errors: [
      'applications.not_found',
      'applications.not_assigned',
      'applications.action_not_allowed',
      'applications.stale_version',
      'applications.incomplete',
      'applications.return_reasons_required',
      'applications.legal_reason_required',
      'applications.report_required',
      'applications.unknown_checklist_item',
      'applications.empty_checklist',
      'calendar.out_of_range',
      'signing.passphrase_required',
      'signing.wrong_passphrase',
      'signing.too_many_attempts',
      'signing.not_enrolled',
      'signing.certificate_revoked',
      'signing.certificate_expired',
      'signing.service_unavailable',
    ],
    idempotent: true,
    schema: {
      summary: 'Take a lifecycle action',
      description:
        "Submit, resubmit, withdraw, accept, return, complete_review, approve, reject or sign, as the lifecycle table allows for the status. The applicant acts on their own application; an officer acts only on a file the system assigned to them, with the stage's role (403 `applications.not_assigned` otherwise; an acting official holds the signer role inside a delegation window). Send the `version` you read (409 `applications.stale_version` otherwise). Honours `Idempotency-Key`: a retry returns the first result, and a submission returns its receipt. The response leaves out the pinned service definition unless `?include=service` asks for it. When the deployment has a certified signing service, `sign` needs the signer's own `passphrase` (400 `signing.passphrase_required`): a wrong one signs nothing and changes nothing (401 `signing.wrong_passphrase`; after 5 wrong ones in 15 minutes 429 `signing.too_many_attempts`); a signer without an enrolment in force, or whose certificate is revoked or expired, cannot sign (409).",
      tags: ['applications'],
      params: ActionParamsSchema,
      querystring: ActionQuerySchema,
      body: ActionBodySchema,
      response: { 200: ActionResultSchema },
    },
  }),
  applicant: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/applicant',
    access: fileReaderRoles,
    errors: ['applications.not_found', 'applications.not_assigned'],
    schema: {
      summary: "The applicant's personal data (audited)",
      tags: ['applications'],
      params: ApplicationIdParamsSchema,
      response: { 200: ApplicantDataSchema },
    },
  }),
  reassign: defineRoute({
    method: 'POST',
    url: '/api/v1/applications/:id/reassign',
    access: ['supervisor'],
    errors: [
      'applications.not_found',
      'applications.not_in_office',
      'applications.reassign_needs_another_supervisor',
      'applications.no_eligible_officer',
      'applications.stale_version',
    ],
    schema: {
      summary: 'Hand the current stage to another officer',
      description: 'The system picks the new officer by the same random, load-aware rule; the reason is recorded.',
      tags: ['work'],
      params: ApplicationIdParamsSchema,
      body: ReassignBodySchema,
      response: { 200: ApplicationDetailSchema },
    },
  }),
  queue: defineRoute({
    method: 'GET',
    url: '/api/v1/work/queue',
    access: assignableRoles,
    schema: {
      summary: 'My queue: files the system assigned to me, earliest due first',
      description:
        'Filters (registration number or its beginning, service, status, due by, overdue) only narrow my own files; invalid ones are 400 `request.invalid`.',
      tags: ['work'],
      querystring: QueueQuerySchema,
      response: { 200: QueueSchema },
    },
  }),
  board: defineRoute({
    method: 'GET',
    url: '/api/v1/work/board',
    access: oversightRoles,
    schema: {
      summary: 'Files the office holds, by stage, and what it finished this week',
      description:
        "Counts per stage of what is open, this week's finished stages and outcomes, and a page of open files matching the filters (stage, registration number or its beginning, service, status, due by, overdue).",
      tags: ['work'],
      querystring: BoardQuerySchema,
      response: { 200: BoardSchema },
    },
  }),
  duty: defineRoute({
    method: 'PUT',
    url: '/api/v1/work/duty',
    access: assignableRoles,
    errors: ['applications.stale_version'],
    schema: {
      summary: 'Go on or off duty',
      description: 'Going off duty hands my open files to other officers by the assignment rule.',
      tags: ['work'],
      body: DutyBodySchema,
      response: { 200: DutyResultSchema },
    },
  }),
  track: defineRoute({
    method: 'GET',
    url: '/api/v1/track/:registrationNo',
    access: 'public',
    errors: ['tracking.not_found', 'rate_limited'],
    schema: {
      summary: 'Track an application (public)',
      description:
        'Needs the tracking code from the receipt. A wrong code answers exactly like an unknown number. No personal data. Rate limited per client address (60 a minute by default, `RateLimit-Policy`/`RateLimit` headers; 429 `rate_limited` past it).',
      tags: ['tracking'],
      params: TrackParamsSchema,
      querystring: TrackQuerySchema,
      response: { 200: TrackingSchema },
    },
  }),
}
