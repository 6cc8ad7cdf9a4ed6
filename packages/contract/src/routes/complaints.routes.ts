/** Complaints on the SP4N-LAPOR! ladder, the IKM survey, and their public figures. */
import { Type } from 'typebox'
import {
  ComplaintAttachmentParams,
  ComplaintAttachmentSchema,
  ComplaintFiguresSchema,
  ComplaintFollowUpSchema,
  ComplaintListSchema,
  ComplaintNumberParams,
  ComplaintReplyBodySchema,
  ComplaintSchema,
  ComplaintStepBodySchema,
  FiledComplaintSchema,
  FileComplaintBodySchema,
  FollowUpAttachmentParams,
  FollowUpQuerySchema,
} from '../complaints.ts'
import { IkmFiguresSchema, IkmQuerySchema, SurveyBodySchema, SurveyStateSchema } from '../ikm.ts'
import { defineRoute } from '../route.ts'
import { oversightRoles } from '../roles.ts'

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false })
const fileErrors = [
  'complaints.subject_detail_required',
  'complaints.unknown_service',
  'complaints.pungli_subject',
] as const
const attachmentDownload = 'Sent sandboxed like a document, named after the complaint number, never the uploaded name.'
const fileDescription =
  'Answers the complaint number and a follow-up code, shown once (only its hash is kept). Deadlines are in working days of the office calendar (holidays and declared closures do not count): first response 3; resolution 5 (information, ordinary), 14 (dispute), 60 (field check). A report of extortion (`pungli: true`) goes to the inspectorate (auditor role) only. Nothing that identifies the complainant is recorded for an anonymous complaint, and the text never enters the public log (only its SHA-256).'

export const complaintRoutes = {
  file: defineRoute({
    method: 'POST',
    url: '/api/v1/complaints',
    access: 'public',
    errors: [...fileErrors, 'rate_limited'],
    schema: {
      summary: 'File a complaint anonymously (public)',
      description: `${fileDescription} Rate limited per client address like tracking.`,
      tags: ['complaints'],
      body: FileComplaintBodySchema,
      response: { 201: FiledComplaintSchema },
    },
  }),
  fileAsApplicant: defineRoute({
    method: 'POST',
    url: '/api/v1/me/complaints',
    access: ['applicant'],
    errors: [...fileErrors],
    schema: {
      summary: 'File a complaint from my account',
      description: `${fileDescription} The account is kept with the complaint but never shown to officers.`,
      tags: ['complaints'],
      body: FileComplaintBodySchema,
      response: { 201: FiledComplaintSchema },
    },
  }),
  followUp: defineRoute({
    method: 'GET',
    url: '/api/v1/complaints/:number',
    access: 'public',
    errors: ['complaints.not_found', 'rate_limited'],
    schema: {
      summary: 'Follow a complaint with its number and follow-up code (public)',
      description:
        'A wrong code answers exactly like an unknown number. Rate limited per client address (as tracking).',
      tags: ['complaints'],
      params: ComplaintNumberParams,
      querystring: FollowUpQuerySchema,
      response: { 200: ComplaintFollowUpSchema },
    },
  }),
  reply: defineRoute({
    method: 'POST',
    url: '/api/v1/complaints/:number/replies',
    access: 'public',
    errors: ['complaints.not_found', 'complaints.closed', 'rate_limited'],
    schema: {
      summary: 'Answer the office (the complainant, with the follow-up code)',
      description: 'When the office asked for more information, answering restarts the resolution clock.',
      tags: ['complaints'],
      params: ComplaintNumberParams,
      body: ComplaintReplyBodySchema,
      response: { 200: ComplaintFollowUpSchema },
    },
  }),
  attach: defineRoute({
    method: 'POST',
    url: '/api/v1/complaints/:number/attachments',
    access: 'public',
    errors: ['complaints.not_found', 'complaints.closed', 'complaints.too_many_attachments', 'rate_limited'],
    schema: {
      summary: 'Attach a file to my complaint or last reply (with the follow-up code)',
      description:
        'One `file` part, checked as a document upload is (the type proven from the content, the same codes): a PDF, JPEG or PNG of at most 10 MiB. It goes with the complainant’s newest message, at most 3 a message. A refused file stores nothing; the uploaded name is not kept, the log has only its SHA-256.',
      tags: ['complaints'],
      params: ComplaintNumberParams,
      querystring: FollowUpQuerySchema,
      response: { 201: ComplaintAttachmentSchema },
    },
    upload: { description: 'The file: a PDF, JPEG or PNG of at most 10 MiB' },
  }),
  followUpAttachment: defineRoute({
    method: 'GET',
    url: '/api/v1/complaints/:number/attachments/:attachmentId',
    access: 'public',
    errors: ['complaints.not_found', 'complaints.attachment_not_found', 'rate_limited'],
    schema: {
      summary: 'Download a file of my complaint (with the follow-up code)',
      description: `A wrong code answers like an unknown number. ${attachmentDownload}`,
      tags: ['complaints'],
      params: FollowUpAttachmentParams,
      querystring: FollowUpQuerySchema,
      response: { 200: Type.String({ description: 'The file, with its content type' }) },
    },
  }),
  attachment: defineRoute({
    method: 'GET',
    url: '/api/v1/work/complaints/:id/attachments/:attachmentId',
    access: oversightRoles,
    errors: ['complaints.not_found', 'complaints.attachment_not_found'],
    schema: {
      summary: 'Download a file the complainant attached',
      description: `Supervisors (404 for an extortion report) and auditors; each download is recorded. ${attachmentDownload}`,
      tags: ['complaints'],
      params: ComplaintAttachmentParams,
      response: { 200: Type.String({ description: 'The file, with its content type' }) },
    },
  }),
  queue: defineRoute({
    method: 'GET',
    url: '/api/v1/work/complaints',
    access: oversightRoles,
    schema: {
      summary: 'The complaint queue with deadlines',
      description:
        'Supervisors see every complaint except extortion reports; auditors (the inspectorate) see all, and handle the extortion reports.',
      tags: ['complaints'],
      response: { 200: ComplaintListSchema },
    },
  }),
  get: defineRoute({
    method: 'GET',
    url: '/api/v1/work/complaints/:id',
    access: oversightRoles,
    errors: ['complaints.not_found'],
    schema: {
      summary: 'One complaint',
      tags: ['complaints'],
      params: IdParams,
      response: { 200: ComplaintSchema },
    },
  }),
  step: defineRoute({
    method: 'POST',
    url: '/api/v1/work/complaints/:id/steps',
    access: oversightRoles,
    errors: [
      'complaints.not_found',
      'complaints.not_handler',
      'complaints.step_not_allowed',
      'complaints.forward_target_required',
      'complaints.outcome_required',
      'complaints.stale',
    ],
    schema: {
      summary: 'Answer, ask for information, forward or close a complaint',
      description:
        'Supervisors handle complaints other than extortion reports; auditors handle extortion reports only. Asking for information pauses the resolution clock until the complainant answers. Each step is a recorded change.',
      tags: ['complaints'],
      params: IdParams,
      body: ComplaintStepBodySchema,
      response: { 200: ComplaintSchema },
    },
  }),
  surveyState: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/survey',
    access: ['applicant'],
    errors: ['applications.not_found'],
    schema: {
      summary: 'Whether I may rate this application’s service (IKM)',
      tags: ['survey'],
      params: IdParams,
      response: { 200: SurveyStateSchema },
    },
  }),
  answerSurvey: defineRoute({
    method: 'POST',
    url: '/api/v1/applications/:id/survey',
    access: ['applicant'],
    errors: ['applications.not_found', 'survey.not_finished', 'survey.already_answered'],
    schema: {
      summary: 'Rate the service of my finished application (IKM, Permenpan RB 14/2017)',
      description:
        'Once per application, after issuance or rejection, by its applicant: the nine elements on 1–4 and an optional comment. The answer is recorded without the account in the public log.',
      tags: ['survey'],
      params: IdParams,
      body: SurveyBodySchema,
      response: { 201: SurveyStateSchema },
    },
  }),
  complaintFigures: defineRoute({
    method: 'GET',
    url: '/api/v1/figures/complaints',
    access: 'public',
    schema: {
      summary: 'Public figures of complaints (JSON, or CSV with `Accept: text/csv`)',
      description:
        'By category and status, the share answered and resolved on time, median working days. CSV: UTF-8, CRLF, a header row `baris,kategori,status,jumlah` with one row per category × status then `ringkasan` rows `ringkasan,<figure>,,<value>`. No personal data.',
      tags: ['complaints'],
      response: { 200: ComplaintFiguresSchema },
    },
  }),
  ikmFigures: defineRoute({
    method: 'GET',
    url: '/api/v1/figures/ikm',
    access: 'public',
    schema: {
      summary: 'The IKM satisfaction index per service, per month and overall (JSON, or CSV with `Accept: text/csv`)',
      description:
        'IKM = Σ(element mean × 1/9) × 25 to two decimals; grade A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99; with n. CSV header `lingkup,kode,responden,ikm,mutu`, `lingkup` one of `keseluruhan`, `layanan`, `bulan`.',
      tags: ['survey'],
      querystring: IkmQuerySchema,
      response: { 200: IkmFiguresSchema },
    },
  }),
}
