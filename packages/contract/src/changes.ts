import type { LocalizedText } from './common.ts'
import type { PaperReceipt } from './applications.ts'
import type { DeclareClosureBody } from './continuity.ts'
import type { CreateDelegationBody } from './delegations.ts'
import type { ApplicationAction, ApplicationStatus } from './lifecycle.ts'
import type { OfficerRole } from './roles.ts'
import type { VitalFigures } from './vitals.ts'

/**
 * The one vocabulary of recorded changes (SPEC P3): every change of every entity, and every read of
 * personal data, is one entry of these kinds in the audit log, one row of the outbox that webhooks,
 * notifications and the transparency log consume and, for an application, one row of its history.
 * Details name what changed by ids, codes and numbers; free text stays in the entity's own rows.
 */

/** A lifecycle transition of an application, as the transition table decided it. */
export interface TransitionDetails {
  from: ApplicationStatus
  to: ApplicationStatus
  registrationNo: string | null
  assigneeId: string | null
  /** Why, where the action carries one (a return's reason codes, a reassignment's reason). */
  reason?: string
  returnReasons?: unknown
  legalReason?: string
  /** Pintu's own actions say on what ground (a bank reference, a deadline, a law). */
  invoice?: string
  bankReference?: string
  dueDate?: string
  legalBasis?: string
  /** The applicant's account id when a frontdesk officer (the actor) acts for them at the counter. */
  onBehalfOf?: string
  /**
   * A submission back-entered after a closure: the paper receipt, and the frontdesk officer who entered it (the
   * actor is the second officer, who approved it).
   */
  paperReceipt?: PaperReceipt & { enteredBy: string }
}

export interface ChangeDetails {
  /** `onBehalfOf`: the applicant's account id when a frontdesk officer (the actor) acts for them at the counter. */
  'application.created': {
    serviceCode: string
    serviceVersion: number
    channel?: 'counter' | 'integration'
    onBehalfOf?: string
    /** The provisional receipt number an intake taken without the network was printed with. */
    provisionalNo?: string
  }
  /** A range of provisional receipt numbers allocated to a frontdesk officer's device (the actor). */
  'counter.range_allocated': { deviceId: string; prefix: string; first: number; last: number }
  'application.form_updated': { fields: string[]; onBehalfOf?: string }
  'application.document_uploaded': { requirementKey: string; sha256: string; sizeBytes: number; onBehalfOf?: string }
  'application.document_removed': { requirementKey: string }
  'application.document_read': { documentId: string }
  /** `purpose`: why it was read when not through the applicant-data panel (the signer's permit preview). */
  'application.personal_data_read': { purpose?: 'permit_preview' }
  'application.opened': Record<string, never>
  /** An applicant downloaded their own data (UU 27/2022): a read of personal data, recorded like an officer's. */
  'identity.data_exported': { applications: number }
  'identity.notification_preferences_set': { locale: 'id' | 'en'; channels: 'email' | 'sms' | 'both' }

  'identity.applicant_registered': Record<string, never>
  /** A frontdesk officer (the actor) created a walk-in applicant's account, without a password. */
  'identity.applicant_registered_at_counter': { passwordChannel: 'email' | 'sms' }
  /** A frontdesk officer found an applicant by exact NIK: a read of personal data. */
  'identity.applicant_looked_up': Record<string, never>
  /** A frontdesk officer's NIK lookup found no one: recorded on the officer (never the NIK tried). */
  'identity.applicant_lookup_missed': Record<string, never>
  'identity.login_failed': { deactivated: boolean }
  /** An officer's login: who was working when matters to an audit; applicants' logins are not recorded. */
  'identity.logged_in': Record<string, never>
  /** `firstAdmin`: the office's first admin, made by the operator's `pnpm office:admin` (actor role `operator`). */
  'identity.officer_created': { roles: OfficerRole[]; firstAdmin?: true }
  'identity.roles_requested': { grantId: string; roles: OfficerRole[] }
  'identity.roles_changed': { from: OfficerRole[]; to: OfficerRole[] }
  'identity.roles_approved': { grantId: string; roles: OfficerRole[]; requestedBy: string }
  'identity.roles_refused': { grantId: string; roles: OfficerRole[]; requestedBy: string }
  'identity.officer_deactivated': { reason: string }
  /**
   * The other offices an auditor may read, set by the operator's `pnpm office:auditor` (actor role
   * `operator`): province codes (`32`) and office codes (`32.77`), before and after.
   */
  'identity.read_offices_set': { from: string[]; to: string[] }
  'identity.on_duty': Record<string, never>
  'identity.off_duty': Record<string, never>
  /**
   * Account recovery and upkeep. A reset request is recorded under its own id whether or not the
   * address belongs to an account (`found` is not recorded), so the public log cannot tell either.
   */
  'identity.password_reset_requested': { channel: 'email' | 'sms' }
  'identity.password_reset_refused': { channel: 'email' | 'sms'; reason: 'wrong' | 'expired' | 'used' | 'too_many' }
  'identity.password_reset': { channel: 'email' | 'sms'; sessionsEnded: true }
  'identity.password_changed': { sessionsEnded: true }
  'identity.contact_change_requested': { kind: 'email' | 'phone' }
  'identity.contact_change_refused': { kind: 'email' | 'phone'; reason: 'wrong' | 'expired' | 'too_many' }
  'identity.contact_changed': { kind: 'email' | 'phone' }

  'catalogue.draft_created': { code: string; version: number }
  'catalogue.draft_edited': { code: string; revision: number }
  'catalogue.version_published': { code: string; version: number; validFrom: string }
  'catalogue.draft_discarded': { code: string; version: number }
  'catalogue.service_retired': { code: string; reason: LocalizedText }

  'calendar.holiday_added': { date: string; kind: string; legalBasis: string }
  'calendar.holiday_revoked': { date: string; reason: string }
  'calendar.year_published': { year: number; legalBasis: string }

  'closure.declared': DeclareClosureBody
  'closure.ended': { endsOn: string }
  /** A paper receipt from a closure entered by a frontdesk officer (the actor), and its second officer's decision. */
  'backentry.entered': PaperReceipt & { applicationVersion: number }
  'backentry.approved': PaperReceipt & { enteredBy: string; registrationNo: string }
  'backentry.rejected': PaperReceipt & { enteredBy: string }

  'delegation.granted': CreateDelegationBody
  'delegation.revoked': { reason?: string }

  /** Integration clients: registration and upkeep by an admin (never the secret, only the secret's id). */
  'integration_client.registered': {
    scopes: string[]
    serviceCodes: string[]
    rateLimitPerMinute: number
    secretId: string
  }
  'integration_client.secret_rotated': { secretId: string; overlapHours: number }
  'integration_client.revoked': Record<string, never>
  /** An applicant let a client file for them (the actor is the applicant). */
  'consent.granted': { clientId: string; serviceCodes: string[]; expiresAt: string }
  'consent.revoked': { clientId: string }
  /** Webhook subscriptions of a client (the actor): the endpoint's host only, not its path. */
  'webhook.subscribed': { clientId: string; host: string; eventTypes: string[]; serviceCodes: string[] }
  'webhook.unsubscribed': { clientId: string; cancelledDeliveries: number }
  /** The endpoint answered 410 Gone: Pintu stopped sending to it (the actor is the system). */
  'webhook.disabled': { clientId: string; reason: 'gone' }
  /** A dead or delivered delivery sent again, by its client or an admin. */
  'webhook.replayed': { clientId: string; subscriptionId: string; eventId: string }

  'payment.invoice_issued': { applicationId: string; number: string; amount: number }
  'payment.manual_requested': { bankReference: string; amount: number }
  'payment.notice_received': {
    outcome: string
    virtualAccount: string
    amount: number
    bankReference: string
    source: 'bank' | 'manual'
  }

  /** `sha256`: hex SHA-256 of the canonical JSON of the printed data, which the signature covers. */
  'permit.issued': {
    number: string
    applicationId: string
    keyId: string
    sha256: string
    /** Hex SHA-256 of the PDF as signed with PAdES, when a signing service signed it. */
    pdfSha256?: string
  }
  'permit.revoked': { number: string; reason: string }

  /**
   * Complaints (SP4N-LAPOR!). Free text is committed to by its SHA-256 (`sha256`), never carried;
   * nothing names the complainant, and an extortion report carries no service or registration number.
   */
  'complaint.filed': { number: string; category: string; subject: string; anonymous: boolean; sha256: string }
  'complaint.responded': { sha256: string }
  'complaint.info_requested': { sha256: string }
  'complaint.forwarded': { sha256: string; forwardedToSha256: string }
  'complaint.closed': { outcome: string; sha256: string; answeredOnTime: boolean; resolvedOnTime: boolean }
  'complaint.replied': { sha256: string; resumed: boolean }
  /** A file the complainant attached: its SHA-256 only, never its name. */
  'complaint.attachment_added': { sha256: string }
  /** An officer opened an attachment (it may carry personal data), as a document read is recorded. */
  'complaint.attachment_read': { attachmentId: string }
  'complaint.escalated': { kind: 'first_response' | 'resolution'; dueDate: string }
  /** An IKM answer: the nine scores are public so anyone can recompute the index; the comment only as a hash. */
  'survey.answered': { serviceCode: string; scores: number[]; commentSha256: string | null }
  /** No NIK: these details are public in the transparency log. */
  'signer.enrolled': { officerId: string; service: 'simulator' | 'bsre'; certificateSerial: string | null }
  'signer.revoked': { officerId: string; certificateSerial: string | null; reason: string }
  /** The status page's figures for one past hour, so they cannot be rewritten later (SPEC §8). */
  'status.hourly_summary': {
    hour: string
    probes: number
    availability: number | null
    journeys: { journey: string; requests: number; p50Ms: number | null; p95Ms: number | null; p99Ms: number | null }[]
    /** Citizens' own browsers' timings that hour, over every route and per route name. */
    realUser: { metrics: VitalFigures; routes: { route: string; metrics: VitalFigures }[] }
  }
}

/** `application.<action>` for every lifecycle action: one kind per transition of the table. */
export type TransitionChange = `application.${ApplicationAction}`
export type ChangeAction = keyof ChangeDetails | TransitionChange
export type DetailsOf<A extends ChangeAction> = A extends keyof ChangeDetails ? ChangeDetails[A] : TransitionDetails

/** What a change concerns. */
export const changeEntities = [
  'application',
  'user',
  /** A one-time code or link sent to an address (password reset, contact change). */
  'account_code',
  'service_version',
  'service_type',
  'holiday',
  'calendar_year',
  'closure',
  /** A paper application from a closure, entered afterwards under two-person control. */
  'back_entry',
  'delegation',
  'invoice',
  'payment_notice',
  'permit',
  'complaint',
  'survey_answer',
  /** An officer enrolled for certified electronic signatures. */
  'signer',
  /** One hour of the status page's measurements. */
  'status_hour',
  'integration_client',
  'webhook_subscription',
  /** An applicant's consent that an integration client file applications for them. */
  'consent',
  'webhook_delivery',
  /** A range of provisional receipt numbers for the counter without the network. */
  'provisional_range',
] as const
export type ChangeEntity = (typeof changeEntities)[number]
