// What Pintu is built from (buildApp, the pintu plugin): the deployment's parts and settings, in one type.
import type { Clock } from './clock.ts'
import type { OfficeContact } from './config.ts'
import type { Database } from './db/database.ts'
import type { RandomInt } from './modules/applications/assignment.ts'
import type { DocumentStorage } from './modules/documents/document-storage.ts'
import type { MailSender } from './modules/messaging/mail-sender.ts'
import type { SmsSender } from './modules/messaging/sms-sender.ts'
import type { NotifierOptions } from './modules/notifications/notifier.ts'
import type { WebhooksOptions } from './modules/webhooks/webhooks.module.ts'
import type { Office } from './modules/offices/offices.repository.ts'
import type { PermitKeys } from './modules/permits/permit-keys.ts'
import type { SigningConfig } from './modules/signing/signing.module.ts'
import type { LogKey } from './modules/transparency/log-key.ts'
import type { Witness } from './modules/transparency/witnesses.ts'
import type { SpaOptions } from './plugins/spa.ts'

export interface PintuOptions {
  database: Database
  /** A streaming replica of `database`: the public read routes are served from it (db/public-reads.ts). */
  replica?: Database
  /** The office served; with `otherOffices`, the default office of requests that name none. */
  office: Office
  /** Further offices served by the same deployment, each with its own module set (docs/architecture.md). */
  otherOffices?: readonly Office[]
  clock: Clock
  jwtSecret: string
  corsOrigins?: string[]
  registerLimitPerMinute?: number
  trackLimitPerMinute?: number
  /** Where uploaded documents are kept. */
  storage: DocumentStorage
  /** The office's Ed25519 key for signing permits. */
  permitKeys: PermitKeys
  /** The transparency log: its signed-note key, origin, and how often the sequencer runs (0: tests call it). */
  transparencyLog: {
    key: LogKey
    origin: string
    intervalMs?: number
    witnesses?: { list: readonly Witness[]; quorum: number; timeoutMs?: number }
  }
  /** Public address of the citizen site, for the QR code on permits. */
  publicUrl: string
  /** The certified signing service for permit PDFs (PAdES); none by default. */
  signing?: SigningConfig & { certificateDays?: number }
  /** The office's opening hours and contacts, when the deployment states them. */
  officeContact?: OfficeContact
  /** Where account emails go (reset links, confirmation codes); without one they are not sent. */
  mail?: MailSender
  /** Where account SMS go; without one they are not sent. */
  sms?: SmsSender
  /**
   * Applicant notifications: how often the notifier runs (0 or absent: tests call
   * app.notifyApplicants()) and its retry backoff.
   */
  notifications?: { intervalMs?: number } & Partial<NotifierOptions>
  /**
   * Webhooks to integration clients: how often the relay runs (0 or absent: tests call
   * app.relayWebhooks()), its retry schedule and, for tests only, endpoints on private addresses.
   */
  webhooks?: Partial<WebhooksOptions>
  /** Shared secret of the bank's signed payment callbacks. */
  bankCallbackSecret: string
  /** Serve the clearly named bank simulator (demos, browser tests); never in production. */
  bankSimulator?: boolean
  /** How often the scheduled job runs; 0 leaves it to the caller (tests call app.runEscalations()). */
  jobIntervalMs?: number
  /** Source of randomness for work assignment; crypto by default. */
  random?: RandomInt
  /** Answer an error code the route does not declare with 500 (tests), instead of only logging it. */
  strictErrorContract?: boolean
  /** Built SPAs to serve; omitted in API-only tests. */
  spa?: SpaOptions
  /**
   * The status page's measurements: how often this process writes its latencies and probes itself
   * (0 or absent: tests call app.flushStatus() / app.probeStatus()), and a test-only delay on every request.
   */
  status?: { flushIntervalMs?: number; probeIntervalMs?: number; slowDownMs?: number; metricsToken?: string }
  /**
   * Rate limits: `shared` adds up every process's counts in the database so a quota holds for the
   * deployment (default: on PostgreSQL, off on PGlite, which one process owns), every `syncIntervalMs` (1 s).
   */
  rateLimits?: { shared?: boolean; syncIntervalMs?: number }
}
