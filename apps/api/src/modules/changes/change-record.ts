import type { ApplicationStatus, ChangeAction, ChangeEntity, DetailsOf } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Executor } from '../../db/transaction.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { ChangesRepository, HistoryRow } from './changes.repository.ts'

/** Who made a change: an account (with the role they acted in), Pintu itself, or an anonymous caller. */
export interface ChangeActor {
  id: string | null
  role: string
}

/** A change of an application that belongs on its timeline (its creation and every transition). */
export interface HistoryEntry {
  applicationId: string
  action: string
  from: ApplicationStatus | null
  to: ApplicationStatus
  /** The stage the actor acted in, for separation of duties. */
  stage: string | null
  /** The file as it was and as it is after the change, for the subscribers that keep statistics. */
  file?: { before: FileState; after: FileState }
  /**
   * When it took effect on the file's timeline, if earlier than now (a back-entered paper receipt): the clocks
   * read the history, so they start then. The audit entry keeps the time it was recorded.
   */
  at?: Date
}

/** What the statistics read of a file around a change (a subset of the application row). */
export interface FileState {
  serviceCode: string
  serviceKind: string
  status: string
  currentStage: string | null
  stageStartedAt: Date | null
  stageDueDate: string | null
  submittedAt: Date | null
  expectedCompletionDate: string | null
  /** Who holds the file (the officer backlog report); null when nobody does. */
  assigneeId: string | null
}

/**
 * Sees every change as it is recorded, in its transaction: what keeps figures in step with the record
 * (the statistics) subscribes here at wiring time, so a change that commits is counted and one that
 * rolls back is not.
 */
export type ChangeSubscriber = (tx: Executor, change: Change<ChangeAction>, at: Date) => Promise<void>

export interface Change<A extends ChangeAction> {
  action: A
  entity: { type: ChangeEntity; id: string }
  actor: ChangeActor
  details: DetailsOf<A>
  requestId: string | null
  history?: HistoryEntry
  /** The application the change concerns, when the entity is something of it (a document, an invoice). */
  applicationId?: string
}

export interface ChangeRecord {
  /**
   * Records one change in the caller's transaction: its audit entry, its history row when it is an
   * application's, and its outbox row. The one writer of all three: nothing else writes them.
   * Returns the history row it wrote, so the caller can show the timeline without reading it back.
   */
  record<A extends ChangeAction>(tx: Executor, change: Change<A>): Promise<{ history?: HistoryRow }>
}

export const SYSTEM: ChangeActor = { id: null, role: 'system' }

export function createChangeRecord(deps: {
  repository: ChangesRepository
  office: Office
  clock: Clock
  subscribers?: readonly ChangeSubscriber[]
}): ChangeRecord {
  return {
    async record(tx, change) {
      const at = deps.clock.now()
      const details = change.details as Record<string, unknown>
      const h = change.history
      const history = h && {
        applicationId: h.applicationId,
        at: h.at ?? at,
        action: h.action,
        fromStatus: h.from,
        toStatus: h.to,
        actorId: change.actor.id,
        actorRole: change.actor.role,
        stage: h.stage,
        details,
      }
      const historyId = await deps.repository.insertChange(
        tx,
        {
          officeId: deps.office.id,
          occurredAt: at,
          actorId: change.actor.id,
          actorRole: change.actor.role,
          action: change.action,
          entityType: change.entity.type,
          entityId: change.entity.id,
          details,
          requestId: change.requestId,
        },
        history,
        {
          officeId: deps.office.id,
          type: change.action,
          entityType: change.entity.type,
          entityId: change.entity.id,
          applicationId:
            change.history?.applicationId ??
            change.applicationId ??
            (change.entity.type === 'application' ? change.entity.id : null),
          occurredAt: at,
          payload: details,
        },
      )
      for (const subscriber of deps.subscribers ?? []) await subscriber(tx, change as Change<ChangeAction>, at)
      return history && historyId !== undefined ? { history: { id: historyId, ...history } } : {}
    },
  }
}
