import { Type } from 'typebox'
import {
  AdminServiceListQuerySchema, AdminServiceListResponseSchema, CreateDraftBodySchema, CreateServiceBodySchema,
  PublishDraftBodySchema, RetireServiceBodySchema, ServiceCodeParamsSchema, ServiceDetailSchema, ServiceListQuerySchema,
  ServiceListResponseSchema, ServiceVersionListSchema, ServiceVersionSchema, UpdateDraftBodySchema, VersionIdParamsSchema,
} from './catalogue-api.ts'
import {
  SiteSchema, CreatedOfficerSchema, CreateOfficerBodySchema, DeactivateOfficerBodySchema, DeactivationResultSchema, HealthSchema, LoginBodySchema, MeSchema,
  OfficerIdParamsSchema, OfficerListSchema, OfficerSchema, ReadySchema, RefreshBodySchema, RegisterApplicantBodySchema, RoleGrantIdParamsSchema,
  RoleGrantListSchema, RoleGrantSchema, SessionSchema, SetRolesBodySchema,
} from './identity.ts'
import {
  ActionBodySchema, ActionParamsSchema, ActionResultSchema, ApplicantDataSchema, ApplicationDetailSchema, ApplicationIdParamsSchema,
  ApplicationListSchema, BoardQuerySchema, BoardSchema, CreateApplicationBodySchema, DocumentParamsSchema, DocumentSchema, DutyBodySchema,
  DutyResultSchema, MyApplicationsQuerySchema, QueueSchema, ReassignBodySchema, TrackingSchema, TrackParamsSchema, TrackQuerySchema,
  UpdateFormBodySchema,
} from './applications.ts'
import {
  AddHolidayBodySchema, CalendarStatusSchema, CalendarYearSchema, PublishCalendarYearBodySchema, DueDateQuerySchema, DueDateSchema, HolidayIdParamsSchema, HolidayListQuerySchema, HolidayListSchema, HolidaySchema,
  RevokeHolidayBodySchema,
} from './calendar.ts'
import { PermitNumberParamsSchema, PermitVerificationSchema, PublicKeySchema, RevokePermitBodySchema, VerifyPermitQuerySchema } from './permits.ts'
import {
  BankCallbackBodySchema, BankCallbackResultSchema, InvoiceSchema, ManualConfirmationBodySchema, ManualConfirmationSchema, ReconciliationSchema,
  SimulatedPaymentBodySchema,
} from './payments.ts'
import { ClosureListSchema, ClosureSchema, DeclareClosureBodySchema, EndClosureBodySchema, NotificationListSchema } from './continuity.ts'
import { CreateDelegationBodySchema, DelegationListSchema, DelegationSchema } from './delegations.ts'
import { defineRoute } from './route.ts'
import { actingSignerRoles } from './roles.ts'

const NoContent = Type.Null({ description: 'No content' })

export const systemRoutes = {
  health: defineRoute({
    method: 'GET', url: '/health', access: 'public',
    schema: { summary: 'Process is alive', tags: ['system'], response: { 200: HealthSchema } },
  }),
  ready: defineRoute({
    method: 'GET', url: '/ready', access: 'public',
    schema: {
      summary: 'Database is reachable',
      description: 'Answers 503 when the database is not reachable. `simulators` names any local stand-in for an outside service that is on (never in production).',
      tags: ['system'], response: { 200: ReadySchema, 503: ReadySchema },
    },
  }),
  site: defineRoute({
    method: 'GET', url: '/api/v1/site', access: 'public',
    schema: { summary: 'About this installation: the office, and any simulator switched on', tags: ['system'], response: { 200: SiteSchema } },
  }),
}

export const authRoutes = {
  register: defineRoute({
    method: 'POST', url: '/api/v1/auth/register', access: 'public', errors: ['nik.format', 'nik.unknown_province', 'nik.bad_region', 'nik.bad_birth_date', 'nik.bad_serial', 'phone.invalid', 'password.too_short', 'password.too_long', 'password.too_common', 'password.contains_personal_data', 'identity.email_taken', 'identity.nik_taken', 'rate_limited'],
    schema: {
      summary: 'Register an applicant account with NIK',
      description: 'Creates a citizen or business-representative account and logs it in. Each NIK, email and the password are checked; every problem has its own code (e.g. `nik.bad_birth_date`, `password.too_common`). Rate limited per client address (10 a minute by default; `RateLimit-Policy` and `RateLimit` headers give the quota and what is left; 429 `rate_limited` with `Retry-After` past it).',
      tags: ['auth'], body: RegisterApplicantBodySchema, response: { 201: SessionSchema },
    },
  }),
  login: defineRoute({
    method: 'POST', url: '/api/v1/auth/login', access: 'public', errors: ['auth.invalid_credentials', 'auth.account_deactivated', 'auth.too_many_attempts', 'auth.locked'],
    schema: {
      summary: 'Log in with email and password',
      description: 'Failed logins are counted per account and address (slowed after 3, locked there for 15 minutes after 10: 429 `auth.too_many_attempts`, 423 `auth.locked`, both with `Retry-After`), per account from addresses it never logged in from (slowed after 5, waits capped at 30 s, never locked) and per address (slowed after 100). A stranger therefore cannot lock the owner out.',
      tags: ['auth'], body: LoginBodySchema, response: { 200: SessionSchema },
    },
  }),
  refresh: defineRoute({
    method: 'POST', url: '/api/v1/auth/refresh', access: 'public', errors: ['auth.refresh_invalid', 'auth.refresh_reused'],
    schema: {
      summary: 'Exchange a refresh token for a new session',
      description: 'Refresh tokens rotate: each works once. Presenting a used one revokes its whole family (`auth.refresh_reused`).',
      tags: ['auth'], body: RefreshBodySchema, response: { 200: SessionSchema },
    },
  }),
  logout: defineRoute({
    method: 'POST', url: '/api/v1/auth/logout', access: 'public',
    schema: { summary: 'Log out: revoke the session family of this refresh token', tags: ['auth'], body: RefreshBodySchema, response: { 204: NoContent } },
  }),
  me: defineRoute({
    method: 'GET', url: '/api/v1/me', access: 'authenticated',
    schema: { summary: 'The logged-in account', tags: ['auth'], response: { 200: MeSchema } },
  }),
}

export const officerRoutes = {
  create: defineRoute({
    method: 'POST', url: '/api/v1/officers', access: ['admin'], errors: ['identity.email_taken', 'identity.employee_number_taken'],
    schema: {
      summary: 'Create an officer account',
      description: 'Returns a one-time initial password. Admin, treasurer, signer and supervisor roles are only asked for (`pendingRoles`): they take effect when a second admin, who neither asked nor is related to the one who asked, approves.',
      tags: ['officers'], body: CreateOfficerBodySchema, response: { 201: CreatedOfficerSchema },
    },
  }),
  setRoles: defineRoute({
    method: 'PUT', url: '/api/v1/officers/:id/roles', access: ['admin'], errors: ['officers.not_found', 'officers.deactivated', 'officers.cannot_demote_self'],
    schema: {
      summary: 'Change an officer\'s roles',
      description: 'Removals and roles without a two-person rule take effect at once (the officer\'s sessions end, so the next token carries them); admin, treasurer, signer and supervisor wait for a second admin. An admin cannot take the admin role from themselves (409 `officers.cannot_demote_self`), so the last admin always stays.',
      tags: ['officers'], params: OfficerIdParamsSchema, body: SetRolesBodySchema, response: { 200: OfficerSchema },
    },
  }),
  deactivate: defineRoute({
    method: 'POST', url: '/api/v1/officers/:id/deactivate', access: ['admin'], errors: ['officers.not_found', 'officers.deactivated', 'officers.cannot_deactivate_self', 'applications.stale_version'],
    schema: {
      summary: 'Deactivate an officer',
      description: 'At once: every session ends, the account can no longer log in, the officer\'s open files go back to the system\'s assignment and a signing delegation to them is withdrawn. Not for your own account (so the last admin always stays).',
      tags: ['officers'], params: OfficerIdParamsSchema, body: DeactivateOfficerBodySchema, response: { 200: DeactivationResultSchema },
    },
  }),
  roleGrants: defineRoute({
    method: 'GET', url: '/api/v1/role-grants', access: ['admin', 'auditor'],
    schema: { summary: 'Requests for roles under a two-person rule', tags: ['officers'], response: { 200: RoleGrantListSchema } },
  }),
  approveRoleGrant: defineRoute({
    method: 'POST', url: '/api/v1/role-grants/:id/approve', access: ['admin'], errors: ['officers.grant_not_found', 'officers.same_admin', 'officers.not_found', 'officers.deactivated'],
    schema: {
      summary: 'Approve a role request (a second admin)',
      description: 'Refused (403 `officers.same_admin`) for the admin who asked, the officer concerned, and any account that one of them created or approved roles for.',
      tags: ['officers'], params: RoleGrantIdParamsSchema, response: { 200: RoleGrantSchema },
    },
  }),
  refuseRoleGrant: defineRoute({
    method: 'POST', url: '/api/v1/role-grants/:id/refuse', access: ['admin'], errors: ['officers.grant_not_found', 'officers.not_found'],
    schema: { summary: 'Refuse a role request', tags: ['officers'], params: RoleGrantIdParamsSchema, response: { 200: RoleGrantSchema } },
  }),
  list: defineRoute({
    // Signers list officers to name an acting official (Plt./Plh.).
    method: 'GET', url: '/api/v1/officers', access: ['admin', 'supervisor', 'auditor', 'signer'],
    schema: { summary: 'List the officers of the office', tags: ['officers'], response: { 200: OfficerListSchema } },
  }),
}

export const catalogueRoutes = {
  list: defineRoute({
    method: 'GET', url: '/api/v1/services', access: 'public',
    schema: {
      summary: 'Search the published catalogue',
      description: 'Services in force. `q` matches codes, names and descriptions in both languages, ignoring case and accents.',
      tags: ['catalogue'], querystring: ServiceListQuerySchema, response: { 200: ServiceListResponseSchema },
    },
  }),
  get: defineRoute({
    method: 'GET', url: '/api/v1/services/:code', access: 'public', errors: ['catalogue.not_found'],
    schema: {
      summary: 'A service and its published standard',
      description: 'The version in force: requirements, procedure, stages with working-day budgets, fee rule, legal basis and form schema. A retired service answers with `retired` set and its last version.',
      tags: ['catalogue'], params: ServiceCodeParamsSchema, response: { 200: ServiceDetailSchema },
    },
  }),
  adminList: defineRoute({
    method: 'GET', url: '/api/v1/catalogue/services', access: ['admin', 'auditor', 'supervisor'],
    schema: { summary: 'Service types with drafts and retirements', tags: ['catalogue administration'], querystring: AdminServiceListQuerySchema, response: { 200: AdminServiceListResponseSchema } },
  }),
  create: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/services', access: ['admin'], errors: ['catalogue.code_taken', 'catalogue.invalid_definition'],
    schema: { summary: 'Add a service type as a draft', tags: ['catalogue administration'], body: CreateServiceBodySchema, response: { 201: ServiceVersionSchema } },
  }),
  versions: defineRoute({
    method: 'GET', url: '/api/v1/catalogue/services/:code/versions', access: ['admin', 'auditor', 'supervisor'], errors: ['catalogue.not_found'],
    schema: { summary: 'Every version of a service type', tags: ['catalogue administration'], params: ServiceCodeParamsSchema, response: { 200: ServiceVersionListSchema } },
  }),
  createDraft: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/services/:code/drafts', access: ['admin'], errors: ['catalogue.not_found', 'catalogue.retired', 'catalogue.version_not_found', 'catalogue.draft_exists', 'catalogue.code_mismatch', 'catalogue.invalid_definition'],
    schema: { summary: 'Start a draft of the next version', description: 'At most one open draft per service (409 `catalogue.draft_exists`).', tags: ['catalogue administration'], params: ServiceCodeParamsSchema, body: CreateDraftBodySchema, response: { 201: ServiceVersionSchema } },
  }),
  retire: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/services/:code/retire', access: ['admin'], errors: ['catalogue.not_found', 'catalogue.retired'],
    schema: { summary: 'Retire a service type', description: 'It stops taking applications; its versions and history stay.', tags: ['catalogue administration'], params: ServiceCodeParamsSchema, body: RetireServiceBodySchema, response: { 200: ServiceDetailSchema } },
  }),
  getVersion: defineRoute({
    method: 'GET', url: '/api/v1/catalogue/versions/:id', access: ['admin', 'auditor', 'supervisor'], errors: ['catalogue.version_not_found'],
    schema: { summary: 'One version (draft or published)', tags: ['catalogue administration'], params: VersionIdParamsSchema, response: { 200: ServiceVersionSchema } },
  }),
  updateDraft: defineRoute({
    method: 'PUT', url: '/api/v1/catalogue/versions/:id', access: ['admin'], errors: ['catalogue.version_not_found', 'catalogue.version_immutable', 'catalogue.not_draft', 'catalogue.stale_revision', 'catalogue.code_mismatch', 'catalogue.invalid_definition'],
    schema: { summary: 'Edit a draft', description: 'Only drafts can change; published versions are immutable (409 `catalogue.version_immutable`).', tags: ['catalogue administration'], params: VersionIdParamsSchema, body: UpdateDraftBodySchema, response: { 200: ServiceVersionSchema } },
  }),
  publish: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/versions/:id/publish', access: ['admin'], errors: ['catalogue.version_not_found', 'catalogue.version_immutable', 'catalogue.not_draft', 'catalogue.stale_revision', 'catalogue.same_author', 'catalogue.related_author', 'catalogue.retired', 'catalogue.valid_from_past', 'catalogue.code_mismatch', 'catalogue.invalid_definition'],
    schema: { summary: 'Publish a draft (dual control)', description: 'Must be done by an admin who neither created nor edited the draft (403 `catalogue.same_author`).', tags: ['catalogue administration'], params: VersionIdParamsSchema, body: PublishDraftBodySchema, response: { 200: ServiceVersionSchema } },
  }),
  discard: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/versions/:id/discard', access: ['admin'], errors: ['catalogue.version_not_found', 'catalogue.version_immutable', 'catalogue.not_draft'],
    schema: { summary: 'Discard a draft', tags: ['catalogue administration'], params: VersionIdParamsSchema, response: { 200: ServiceVersionSchema } },
  }),
}

const stageOfficers = ['frontdesk', 'technical', 'approver', 'signer'] as const
/** Officers who may be assigned work: the stage roles, and the officials who may sign under a delegation (Plt./Plh.). */
const assignable = [...new Set([...stageOfficers, ...actingSignerRoles])] as const
/** Officers who may open a file; the API further limits them to files they hold or held. */
const fileReaders = [...stageOfficers, 'supervisor', 'auditor'] as const
const UploadParamsSchema = Type.Object(
  { id: ApplicationIdParamsSchema.properties.id, requirementKey: Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', description: 'Requirement the file satisfies' }) },
  { additionalProperties: false },
)

export const applicationRoutes = {
  create: defineRoute({
    method: 'POST', url: '/api/v1/applications', access: ['applicant'], errors: ['catalogue.not_found', 'catalogue.retired', 'applications.kind_not_offered'], idempotent: true,
    schema: {
      summary: 'Start an application (draft)',
      description: 'Pins the catalogue version in force. Honours `Idempotency-Key`: a retry with the same key returns the same draft.',
      tags: ['applications'], body: CreateApplicationBodySchema, response: { 201: ApplicationDetailSchema },
    },
  }),
  mine: defineRoute({
    method: 'GET', url: '/api/v1/applications', access: ['applicant'],
    schema: { summary: 'My applications', tags: ['applications'], querystring: MyApplicationsQuerySchema, response: { 200: ApplicationListSchema } },
  }),
  get: defineRoute({
    method: 'GET', url: '/api/v1/applications/:id', access: ['applicant', ...fileReaders], errors: ['applications.not_found', 'applications.not_assigned'],
    schema: {
      summary: 'An application with its timeline',
      description: 'Applicants see their own (others answer 404). Officers see files they hold or held; supervisors and auditors see all.',
      tags: ['applications'], params: ApplicationIdParamsSchema, response: { 200: ApplicationDetailSchema },
    },
  }),
  updateForm: defineRoute({
    method: 'PATCH', url: '/api/v1/applications/:id/form', access: ['applicant'], errors: ['applications.not_found', 'applications.not_editable', 'applications.field_locked', 'applications.invalid_form', 'applications.stale_version'],
    schema: {
      summary: 'Fill in form fields',
      description: 'Validated against the form schema of the pinned catalogue version; errors per field. After a return only the fields listed in it can change.',
      tags: ['applications'], params: ApplicationIdParamsSchema, body: UpdateFormBodySchema, response: { 200: ApplicationDetailSchema },
    },
  }),
  upload: defineRoute({
    method: 'POST', url: '/api/v1/applications/:id/documents/:requirementKey', access: ['applicant'], errors: ['applications.not_found', 'applications.not_editable', 'applications.field_locked', 'applications.unknown_requirement'],
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
        '`documents.image_dimensions`). The size limit is the requirement\'s (413 `documents.too_large`). The ' +
        'file name may hold no control or text-direction characters (422 `documents.bad_file_name`); it is ' +
        'stored with the extension of the proven type. A refused upload stores nothing. Replaces an earlier ' +
        'upload for the same requirement.',
      tags: ['applications'], params: UploadParamsSchema, response: { 201: DocumentSchema },
    },
    upload: { description: 'The document: a PDF, JPEG or PNG the requirement accepts, within its size limit' },
  }),
  uploadReviewAttachment: defineRoute({
    method: 'POST', url: '/api/v1/applications/:id/review-attachments', access: ['technical'], errors: ['applications.not_found', 'applications.not_assigned', 'applications.not_in_review'],
    schema: {
      summary: 'Attach a file to the technical review (assigned technical officer)',
      description:
        'multipart/form-data with exactly one part, a file named `file` (PDF, JPEG or PNG, at most 10 MiB): ' +
        'site photos, inspection minutes. The file is checked as for an applicant\'s upload (type from the ' +
        'content, the whole file proven, no active content in a PDF, a safe name with the extension of its ' +
        'type), with the same error codes; a refused file stores nothing. Listed with the documents for ' +
        'officers only; applicants never see them.',
      tags: ['applications'], params: ApplicationIdParamsSchema, response: { 201: DocumentSchema },
    },
    upload: { description: 'The attachment: a PDF, JPEG or PNG of at most 10 MiB' },
  }),
  download: defineRoute({
    method: 'GET', url: '/api/v1/applications/:id/documents/:documentId', access: ['applicant', ...fileReaders], errors: ['applications.not_found', 'applications.not_assigned', 'applications.document_not_found'],
    schema: {
      summary: 'Download a document',
      description:
        'Officer downloads are audited. Sent with `Content-Security-Policy: default-src \'none\'; sandbox` and ' +
        '`X-Content-Type-Options: nosniff`; PDF, PNG and JPEG inline, anything else as an attachment, under the ' +
        'stored name.',
      tags: ['applications'], params: DocumentParamsSchema,
      response: { 200: Type.String({ description: 'The file, with its content type' }) },
    },
  }),
  removeDocument: defineRoute({
    method: 'DELETE', url: '/api/v1/applications/:id/documents/:documentId', access: ['applicant'], errors: ['applications.not_found', 'applications.document_not_found', 'applications.not_editable', 'applications.field_locked'],
    schema: { summary: 'Remove an uploaded document', tags: ['applications'], params: DocumentParamsSchema, response: { 204: NoContent } },
  }),
  act: defineRoute({
    method: 'POST', url: '/api/v1/applications/:id/actions/:action', access: ['applicant', ...assignable], errors: ['applications.not_found', 'applications.not_assigned', 'applications.action_not_allowed', 'applications.stale_version', 'applications.incomplete', 'applications.return_reasons_required', 'applications.legal_reason_required', 'applications.report_required', 'applications.unknown_checklist_item', 'applications.empty_checklist', 'calendar.out_of_range'], idempotent: true,
    schema: {
      summary: 'Take a lifecycle action',
      description: 'Submit, resubmit, withdraw, accept, return, complete_review, approve, reject or sign, as the lifecycle table allows for the status. The applicant acts on their own application; an officer acts only on a file the system assigned to them, with the stage\'s role (403 `applications.not_assigned` otherwise; an acting official holds the signer role inside a delegation window). Send the `version` you read (409 `applications.stale_version` otherwise). Honours `Idempotency-Key`: a retry returns the first result, and a submission returns its receipt.',
      tags: ['applications'], params: ActionParamsSchema, body: ActionBodySchema, response: { 200: ActionResultSchema },
    },
  }),
  applicant: defineRoute({
    method: 'GET', url: '/api/v1/applications/:id/applicant', access: fileReaders, errors: ['applications.not_found', 'applications.not_assigned'],
    schema: { summary: 'The applicant\'s personal data (audited)', tags: ['applications'], params: ApplicationIdParamsSchema, response: { 200: ApplicantDataSchema } },
  }),
  reassign: defineRoute({
    method: 'POST', url: '/api/v1/applications/:id/reassign', access: ['supervisor'], errors: ['applications.not_found', 'applications.not_in_office', 'applications.reassign_needs_another_supervisor', 'applications.no_eligible_officer', 'applications.stale_version'],
    schema: {
      summary: 'Hand the current stage to another officer',
      description: 'The system picks the new officer by the same random, load-aware rule; the reason is recorded.',
      tags: ['work'], params: ApplicationIdParamsSchema, body: ReassignBodySchema, response: { 200: ApplicationDetailSchema },
    },
  }),
  queue: defineRoute({
    method: 'GET', url: '/api/v1/work/queue', access: assignable,
    schema: { summary: 'My queue: files the system assigned to me, earliest due first', tags: ['work'], response: { 200: QueueSchema } },
  }),
  board: defineRoute({
    method: 'GET', url: '/api/v1/work/board', access: ['supervisor', 'auditor'],
    schema: { summary: 'Files the office holds, by stage', tags: ['work'], querystring: BoardQuerySchema, response: { 200: BoardSchema } },
  }),
  duty: defineRoute({
    method: 'PUT', url: '/api/v1/work/duty', access: assignable, errors: ['applications.stale_version'],
    schema: { summary: 'Go on or off duty', description: 'Going off duty hands my open files to other officers by the assignment rule.', tags: ['work'], body: DutyBodySchema, response: { 200: DutyResultSchema } },
  }),
  track: defineRoute({
    method: 'GET', url: '/api/v1/track/:registrationNo', access: 'public', errors: ['tracking.not_found', 'rate_limited'],
    schema: {
      summary: 'Track an application (public)',
      description: 'Needs the tracking code from the receipt. A wrong code answers exactly like an unknown number. No personal data. Rate limited per client address (60 a minute by default, `RateLimit-Policy`/`RateLimit` headers; 429 `rate_limited` past it).',
      tags: ['tracking'], params: TrackParamsSchema, querystring: TrackQuerySchema, response: { 200: TrackingSchema },
    },
  }),
}

export const calendarRoutes = {
  holidays: defineRoute({
    method: 'GET', url: '/api/v1/calendar/holidays', access: 'public',
    schema: { summary: 'Holidays and cuti bersama in force for a year', tags: ['calendar'], querystring: HolidayListQuerySchema, response: { 200: HolidayListSchema } },
  }),
  dueDate: defineRoute({
    method: 'GET', url: '/api/v1/calendar/due-date', access: 'public', errors: ['calendar.out_of_range'],
    schema: {
      summary: 'Working-day due date',
      description: 'Monday–Friday minus holidays and cuti bersama in force. Counting starts on the next working day after `from`; a budget of N days ends at the close of the N-th working day.',
      tags: ['calendar'], querystring: DueDateQuerySchema, response: { 200: DueDateSchema },
    },
  }),
  status: defineRoute({
    method: 'GET', url: '/api/v1/calendar/status', access: 'public',
    schema: {
      summary: 'How far the published holiday calendar reaches',
      description: 'Due dates after `publishedThrough` are provisional (flagged on every due date). `warning` turns true 90 days before the calendar runs out.',
      tags: ['calendar'], response: { 200: CalendarStatusSchema },
    },
  }),
  publishYear: defineRoute({
    method: 'POST', url: '/api/v1/calendar/years', access: ['admin'], errors: ['calendar.year_published'],
    schema: {
      summary: 'Mark a year\'s calendar as published in full',
      description: 'After entering the holidays and cuti bersama of the year\'s SKB. Due dates in that year stop being provisional. 409 `calendar.year_published` when already marked.',
      tags: ['calendar'], body: PublishCalendarYearBodySchema, response: { 201: CalendarYearSchema },
    },
  }),
  addHoliday: defineRoute({
    method: 'POST', url: '/api/v1/calendar/holidays', access: ['admin'], errors: ['calendar.already_holiday', 'calendar.out_of_range'],
    schema: { summary: 'Add a holiday (amendment)', description: 'Due dates of files in progress are recomputed.', tags: ['calendar'], body: AddHolidayBodySchema, response: { 201: HolidaySchema } },
  }),
  revokeHoliday: defineRoute({
    method: 'POST', url: '/api/v1/calendar/holidays/:id/revoke', access: ['admin'], errors: ['calendar.not_found', 'calendar.already_revoked', 'calendar.out_of_range'],
    schema: { summary: 'Revoke a holiday entry', description: 'The entry stays in history; due dates are recomputed.', tags: ['calendar'], params: HolidayIdParamsSchema, body: RevokeHolidayBodySchema, response: { 200: HolidaySchema } },
  }),
}

export const permitRoutes = {
  publicKey: defineRoute({
    method: 'GET', url: '/api/v1/permits/public-key', access: 'public',
    schema: { summary: 'The public key that verifies permit signatures', tags: ['permits'], response: { 200: PublicKeySchema } },
  }),
  verify: defineRoute({
    method: 'GET', url: '/api/v1/permits/:number/verify', access: 'public', errors: ['rate_limited'],
    schema: {
      summary: 'Verify a permit (public)',
      description: 'Answers valid, revoked, expired, invalid (fails its signature check) or unknown. By number alone: the service and dates only. With the verification `code` printed on the permit (the QR code carries it): everything printed, the holder\'s name included. Rate limited per client address like tracking.',
      tags: ['permits'], params: PermitNumberParamsSchema, querystring: VerifyPermitQuerySchema, response: { 200: PermitVerificationSchema },
    },
  }),
  ofApplication: defineRoute({
    method: 'GET', url: '/api/v1/applications/:id/permit', access: ['applicant', 'frontdesk', 'technical', 'approver', 'signer', 'supervisor', 'auditor'], errors: ['applications.not_found', 'applications.not_assigned', 'permits.not_issued'],
    schema: { summary: 'The permit issued for an application, with its verification', tags: ['permits'], params: ApplicationIdParamsSchema, response: { 200: PermitVerificationSchema } },
  }),
  pdf: defineRoute({
    method: 'GET', url: '/api/v1/applications/:id/permit.pdf', access: ['applicant', 'frontdesk', 'technical', 'approver', 'signer', 'supervisor', 'auditor'], errors: ['applications.not_found', 'applications.not_assigned', 'permits.not_issued'],
    schema: { summary: 'Download the signed permit (PDF with a QR code to the verification page)', tags: ['permits'], params: ApplicationIdParamsSchema, response: { 200: Type.String({ description: 'application/pdf' }) } },
  }),
  revoke: defineRoute({
    method: 'POST', url: '/api/v1/permits/:number/revoke', access: ['signer'], errors: ['permits.not_found', 'permits.already_revoked'],
    schema: { summary: 'Revoke a permit', tags: ['permits'], params: PermitNumberParamsSchema, body: RevokePermitBodySchema, response: { 200: PermitVerificationSchema } },
  }),
}

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false })

export const paymentRoutes = {
  invoice: defineRoute({
    method: 'GET', url: '/api/v1/applications/:id/invoice', access: ['applicant', 'treasurer', 'frontdesk', 'technical', 'approver', 'signer', 'supervisor', 'auditor'], errors: ['applications.not_found', 'applications.not_assigned', 'payments.no_invoice'],
    schema: { summary: 'The SKRD of an application, with payment instructions', tags: ['payments'], params: ApplicationIdParamsSchema, response: { 200: InvoiceSchema } },
  }),
  callback: defineRoute({
    method: 'POST', url: '/api/v1/payments/callback', access: 'public', errors: ['payments.bad_signature', 'payments.stale_timestamp'],
    schema: {
      summary: 'Bank payment callback (host-to-host, HMAC-signed)',
      description: 'Authenticated by `X-Pintu-Signature` over `X-Pintu-Timestamp` and the raw body; refused outside a 5-minute window. Idempotent per bank reference; a wrong amount is held for reconciliation.',
      tags: ['payments'], body: BankCallbackBodySchema, response: { 200: BankCallbackResultSchema },
    },
  }),
  reconciliation: defineRoute({
    method: 'GET', url: '/api/v1/payments/reconciliation', access: ['treasurer', 'supervisor', 'auditor'],
    schema: { summary: 'Unpaid invoices, payment exceptions and manual confirmations awaiting approval', tags: ['payments'], response: { 200: ReconciliationSchema } },
  }),
  requestManual: defineRoute({
    method: 'POST', url: '/api/v1/payments/invoices/:id/manual-confirmations', access: ['treasurer'], errors: ['payments.no_invoice', 'payments.already_paid'],
    schema: { summary: 'Enter a payment from the bank statement (first treasurer)', tags: ['payments'], params: IdParams, body: ManualConfirmationBodySchema, response: { 201: ManualConfirmationSchema } },
  }),
  approveManual: defineRoute({
    method: 'POST', url: '/api/v1/payments/manual-confirmations/:id/approve', access: ['treasurer'], errors: ['payments.no_manual_confirmation', 'payments.already_approved', 'payments.same_treasurer', 'payments.related_treasurer', 'payments.no_invoice', 'payments.reference_used'],
    schema: { summary: 'Approve a manual payment (a second treasurer)', description: 'Refused for the treasurer who entered it (403 `payments.same_treasurer`).', tags: ['payments'], params: IdParams, response: { 200: BankCallbackResultSchema } },
  }),
  simulate: defineRoute({
    method: 'POST', url: '/api/v1/bank-simulator/payments', access: ['applicant', 'treasurer'], errors: ['payments.no_invoice'],
    schema: {
      summary: 'BANK SIMULATOR: pay a virtual account (demo installations only)',
      description: 'Present only when the bank simulator is on (the embedded default; never together with a real bank secret; `simulators` in `/ready` and `/api/v1/site` says so). Only the invoice\'s own applicant or a treasurer may use it (404 `payments.no_invoice` for anyone else\'s). Sends the same signed callback a bank host would.',
      tags: ['bank simulator'], body: SimulatedPaymentBodySchema, response: { 200: BankCallbackResultSchema },
    },
  }),
}

export const continuityRoutes = {
  closures: defineRoute({
    method: 'GET', url: '/api/v1/closures', access: 'public',
    schema: { summary: 'Declared closures, current and past (public notice)', tags: ['continuity'], response: { 200: ClosureListSchema } },
  }),
  declareClosure: defineRoute({
    method: 'POST', url: '/api/v1/closures', access: ['supervisor'], errors: ['closures.ends_before_start', 'calendar.out_of_range'],
    schema: {
      summary: 'Declare a closure',
      description: 'Closed days do not count against the office: SLA clocks pause and due dates move. Intake continues.',
      tags: ['continuity'], body: DeclareClosureBodySchema, response: { 201: ClosureSchema },
    },
  }),
  endClosure: defineRoute({
    method: 'POST', url: '/api/v1/closures/:id/end', access: ['supervisor'], errors: ['closures.not_found', 'closures.already_ended', 'closures.ends_before_start', 'calendar.out_of_range'],
    schema: { summary: 'Set the last day of an open-ended closure', tags: ['continuity'], params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }), body: EndClosureBodySchema, response: { 200: ClosureSchema } },
  }),
  notifications: defineRoute({
    method: 'GET', url: '/api/v1/work/notifications', access: ['supervisor', 'auditor'],
    schema: { summary: 'Escalations: stages past their budget, deemed approvals', tags: ['work'], response: { 200: NotificationListSchema } },
  }),
}

export const delegationRoutes = {
  list: defineRoute({
    method: 'GET', url: '/api/v1/delegations', access: ['signer', 'supervisor', 'auditor'],
    schema: { summary: 'Signing delegations (Plt./Plh.)', tags: ['delegations'], response: { 200: DelegationListSchema } },
  }),
  create: defineRoute({
    method: 'POST', url: '/api/v1/delegations', access: ['signer'], errors: ['delegations.backdated', 'delegations.ends_before_start', 'delegations.unknown_delegate', 'delegations.delegate_not_eligible', 'delegations.overlap'],
    schema: {
      summary: 'Delegate signing to an acting official for a date range (the head of office)',
      description: 'Only a signer delegates (SPEC §7). The delegate must be another active officer on duty who may act as signer: holding the signer, approver or supervisor role and none of treasurer, auditor or admin (422 `delegations.delegate_not_eligible`). Refused when it overlaps another delegation or starts in the past. Inside the window the delegate is assigned signing work and signs as Plt./Plh.',
      tags: ['delegations'], body: CreateDelegationBodySchema, response: { 201: DelegationSchema },
    },
  }),
  revoke: defineRoute({
    method: 'POST', url: '/api/v1/delegations/:id/revoke', access: ['signer'], errors: ['delegations.not_found', 'applications.stale_version'],
    schema: { summary: 'Withdraw a delegation', description: 'Files the delegate holds for signing go back to the system\'s assignment at once.', tags: ['delegations'], params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }), response: { 200: DelegationSchema } },
  }),
}

/** Every route of the API, for the server to register and the tests to walk. */
export const allRoutes = [
  ...Object.values(systemRoutes),
  ...Object.values(authRoutes),
  ...Object.values(officerRoutes),
  ...Object.values(catalogueRoutes),
  ...Object.values(applicationRoutes),
  ...Object.values(calendarRoutes),
  ...Object.values(permitRoutes),
  ...Object.values(paymentRoutes),
  ...Object.values(continuityRoutes),
  ...Object.values(delegationRoutes),
]
