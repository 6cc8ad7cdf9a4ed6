import type { Clock } from '../../clock.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createChangeRecord, type ChangeRecord, type ChangeSubscriber } from './change-record.ts'
import { createChangesRepository, type ChangesRepository } from './changes.repository.ts'

/** What other modules may read of the record: an application's history and who acted on it. */
export type HistoryReader = Pick<ChangesRepository, 'history' | 'officersWhoActed'>
/**
 * What the record's consumers (the transparency log, the notifier, the webhook relay) read: every
 * change, in commit-safe order, and where each of them has read to.
 */
export type ChangeFeed = Pick<
  ChangesRepository,
  'changesAfter' | 'countAfter' | 'auditIdsOfApplication' | 'auditIdsOfEntity' | 'positionOf' | 'keepPosition'
>
export type { OutboxConsumer, OutboxPosition } from './changes.repository.ts'

/**
 * What the cell's one transparency log reads: every office's changes in this database, in one
 * commit-safe order, each with its office (see docs/architecture.md "The transparency log").
 */
export type CellChangeFeed = Pick<ChangesRepository, 'cellChangesAfter' | 'cellCountAfter' | 'cellAuditPage'>

/** The cell-wide feed: a reader only, the change record stays the one writer. */
export function createCellChangeFeed(): CellChangeFeed {
  const repository = createChangesRepository()
  return {
    cellChangesAfter: repository.cellChangesAfter,
    cellCountAfter: repository.cellCountAfter,
    cellAuditPage: repository.cellAuditPage,
  }
}

/**
 * The changes module's public face: the one writer of the audit log, the application history and
 * the outbox, and the history readers. Its repository (the tables' only writer) stays inside.
 */
export function createChangesModule(deps: {
  office: Office
  clock: Clock
  subscribers?: readonly ChangeSubscriber[]
}): {
  changes: ChangeRecord
  history: HistoryReader
  feed: ChangeFeed
} {
  const repository = createChangesRepository()
  return {
    changes: createChangeRecord({
      repository,
      office: deps.office,
      clock: deps.clock,
      subscribers: deps.subscribers,
    }),
    history: {
      history: repository.history,
      officersWhoActed: repository.officersWhoActed,
    },
    feed: {
      changesAfter: repository.changesAfter,
      countAfter: repository.countAfter,
      auditIdsOfApplication: repository.auditIdsOfApplication,
      auditIdsOfEntity: repository.auditIdsOfEntity,
      positionOf: repository.positionOf,
      keepPosition: repository.keepPosition,
    },
  }
}
