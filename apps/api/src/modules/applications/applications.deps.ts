import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { AuditRepository } from '../audit/audit.repository.ts'
import type { CatalogueRepository } from '../catalogue/catalogue.repository.ts'
import type { DocumentStorage } from '../documents/document-storage.ts'
import type { IdempotencyRepository } from '../idempotency/idempotency.repository.ts'
import type { IdentityRepository } from '../identity/identity.repository.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { Actor } from '../../plugins/auth.ts'
import type { ApplicationsRepository } from './applications.repository.ts'
import type { RandomInt } from './assignment.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { ServiceDefinition } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import type { ApplicationRow } from './applications.repository.ts'

export interface ApplicationsDeps {
  db: Db
  clock: Clock
  office: Office
  applications: ApplicationsRepository
  catalogue: CatalogueRepository
  identity: IdentityRepository
  audit: AuditRepository
  idempotency: IdempotencyRepository
  storage: DocumentStorage
  /** Holidays and cuti bersama (and, later, declared closures) as Jakarta dates, from the calendar. */
  nonWorkingDays: NonWorkingDays
  random?: RandomInt
  /** Issues the permit inside the signing transaction (set by the permits module). */
  onIssued?: (tx: Executor, app: ApplicationRow, definition: ServiceDefinition, signerId: string, now: Date) => Promise<unknown>
  /** The signing delegation (Plt./Plh.) in force on a Jakarta date, if any (set by the delegations module). */
  actingSigner?: (ex: Executor, date: string) => Promise<{ id: string; delegateId: string; kind: 'plt' | 'plh' } | undefined>
  /** Issues the SKRD when an approved file owes a fee (set by the payments module). */
  onAwaitingPayment?: (tx: Executor, app: ApplicationRow, now: Date) => Promise<unknown>
}

export interface Caller {
  actor: Actor
  requestId: string
}
