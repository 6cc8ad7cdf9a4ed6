import type { ServiceDefinition } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import type { Actor } from '../../plugins/auth.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { PublishedThroughOf } from '../calendar/published-through.ts'
import type { CatalogueRepository } from '../catalogue/catalogue.repository.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { HistoryReader } from '../changes/changes.module.ts'
import type { WorkWeekReader } from '../stats/work-week.ts'
import type { DocumentStorage } from '../documents/document-storage.ts'
import type { IdempotencyRepository } from '../idempotency/idempotency.repository.ts'
import type { People } from '../identity/people.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { ApplicationRow, ApplicationsRepository } from './applications.repository.ts'
import type { RandomInt } from './assignment.ts'

/** The signing delegation (Plt./Plh.) in force on an office date, if any (the delegations module). */
export type ActingSigner = (
  ex: Executor,
  date: string,
) => Promise<{ id: string; delegateId: string; kind: 'plt' | 'plh' } | undefined>

/** Provisional receipt numbers of intakes taken without the network (the provisional module). */
export interface ProvisionalReceipts {
  /** Throws `counter.provisional_unknown` / `counter.provisional_used`; in the caller's transaction. */
  link(tx: Executor, input: { number: string; code: string; officerId: string; applicationId: string }): Promise<void>
  /** The application a provisional number and its code point to, if any. */
  applicationFor(ex: Executor, number: string, code: string): Promise<string | undefined>
}

/** Effects other modules run when a file enters a status (declared in the lifecycle table). */
export interface TransitionEffects {
  /** Entering `awaiting_payment`: the SKRD with the fee computed at submission (the payments module). */
  issueInvoice(tx: Executor, app: ApplicationRow, requestId: string | null): Promise<unknown>
  /** Entering `issued`: the numbered, signed permit (the permits module). */
  issuePermit(
    tx: Executor,
    app: ApplicationRow,
    definition: ServiceDefinition,
    signerId: string,
    requestId: string | null,
    /** The signer's passphrase for the certified signature, typed at this signing; never stored. */
    passphrase?: string,
  ): Promise<unknown>
}

/** What the applications module is built from; made once in createApplicationsModule and never changed. */
export interface ApplicationsDeps {
  db: Db
  clock: Clock
  office: Office
  applications: ApplicationsRepository
  /** Published versions and the service types in force (the catalogue module). */
  catalogue: Pick<CatalogueRepository, 'findType' | 'currentVersion' | 'pinnedDefinition'>
  /** Accounts: names, personal data, duty (the identity module). */
  people: People
  changes: ChangeRecord
  /** The application history the change record writes. */
  history: HistoryReader
  /** What the office finished lately (the statistics module's kept counters), for the board. */
  workWeek: WorkWeekReader
  idempotency: IdempotencyRepository
  storage: DocumentStorage
  /** Holidays, cuti bersama and declared closures as office dates. */
  nonWorkingDays: NonWorkingDays
  /**
   * Last published calendar year of the offices of an applicant's files (their list spans offices):
   * a file's date is provisional by its own office's calendar.
   */
  publishedThroughOf: PublishedThroughOf
  actingSigner: ActingSigner
  effects: TransitionEffects
  provisional: ProvisionalReceipts
  /**
   * Key the tracking codes are derived from (`trackingCodeFor`), so the owner can be shown theirs again while
   * the database keeps only its hash.
   */
  trackingKey: Uint8Array
  random?: RandomInt
}

/**
 * Who files for an applicant: a frontdesk officer at the counter, or an integration client the
 * applicant gave consent to. The applicant's rules apply; the changes are the agent's, on their behalf.
 */
export interface Agent {
  actor: { id: string; role: string }
  channel: 'counter' | 'integration'
}

export interface Caller {
  actor: Actor
  requestId: string
  /**
   * The frontdesk officer or integration client acting for the applicant who is `actor`. The applicant's rules
   * apply (their draft, their form); the changes are recorded as the agent's, "on behalf of" the applicant.
   */
  agent?: Agent
}
