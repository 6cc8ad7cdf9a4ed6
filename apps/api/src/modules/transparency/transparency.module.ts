import type { ChangeEntity } from '@pintu/contract'
import type { PublicReads } from '../../db/public-reads.ts'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import type { CellChangeFeed, ChangeFeed } from '../changes/changes.module.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createLeafEncoder } from './leaf.ts'
import type { LogKey } from './log-key.ts'
import { createOfficeCodes } from './office-codes.ts'
import { integrateAll, integrateOnce, type SequencerDeps } from './sequencer.ts'
import { createTransparencyRepository } from './transparency.repository.ts'
import { consistencyProof, type TransparencyReadDeps } from './transparency.usecases.ts'
import { verifyLog } from './verify-log.ts'
import { collectCosignatures, type Witness } from './witnesses.ts'
import { transparencyRoutesPlugin, type FileAccess } from './transparency.routes.ts'
import { entityEntries, type FileLogDeps } from './entry-proofs.usecases.ts'

/** C2SP tlog-witness deployments expect a log to come back at least every few minutes when idle. */
const WITNESS_REFRESH_MS = 5 * 60_000

/**
 * The transparency log (SPEC §8), one per cell (issue 16): it consumes the change record's outbox
 * of every office in the database, so it sees every change that committed and nothing else, and
 * nothing calls it from a request. A deployment makes it once; each office it serves gets its
 * HTTP face and its files' proofs from `forOffice`.
 */
export function createTransparencyLog(deps: {
  db: Db
  clock: Clock
  /** Every office's changes (changes.module.ts createCellChangeFeed). */
  feed: CellChangeFeed
  /** Every office in the database by id, with its Kemendagri code (offices.repository.ts officeCodesById). */
  officeCodes: (ex: Executor) => Promise<Map<string, string>>
  key: LogKey
  origin: string
  /** Independent witnesses (C2SP tlog-witness) and how many cosignatures a checkpoint needs. */
  witnesses?: { list: readonly Witness[]; quorum: number; timeoutMs?: number; refreshMs?: number }
}) {
  const log = createTransparencyRepository()
  const encoder = createLeafEncoder({ pseudonymKey: deps.key.pseudonymKey })
  const officeCodes = createOfficeCodes(deps.officeCodes)
  const sequencer: SequencerDeps = {
    db: deps.db,
    clock: deps.clock,
    feed: deps.feed,
    officeCodes,
    log,
    encoder,
    signer: deps.key.signer,
    origin: deps.origin,
  }
  const witnesses = deps.witnesses ?? { list: [], quorum: 0 }
  const reads: TransparencyReadDeps = {
    db: deps.db,
    cellFeed: deps.feed,
    log,
    origin: deps.origin,
    vkey: deps.key.vkey,
    witnesses: witnesses.list,
    quorum: witnesses.quorum,
  }
  const verify = (witnessNotes: readonly string[] = []) =>
    verifyLog({ db: deps.db, feed: deps.feed, officeCodes, log, encoder, vkey: deps.key.vkey }, witnessNotes)
  const cosign = () =>
    collectCosignatures({
      db: deps.db,
      clock: deps.clock,
      log,
      witnesses: witnesses.list,
      timeoutMs: witnesses.timeoutMs ?? 5_000,
      refreshMs: witnesses.refreshMs ?? WITNESS_REFRESH_MS,
      consistencyProof: async (from, to) => (await consistencyProof(reads, { from, to })).proof,
    })
  return {
    /**
     * One sequencer round, then the witnesses (the scheduled job runs it every second). Only the
     * process that held the sequencer's lock this round asks them: with several API processes the
     * others would send the same checkpoint again, each to every witness.
     */
    async integrateOnce() {
      const report = await integrateOnce(sequencer)
      if (report) await cosign()
      return report
    },
    /** Rounds until everything committed is in the log, then the witnesses (tests, catch-up). */
    async integrateAll() {
      const integrated = await integrateAll(sequencer)
      await cosign()
      return integrated
    },
    /** The auditor's check of the whole log against the audit table and any witness's checkpoints. */
    verify,
    /**
     * One office's face of the cell's log: the tiles, checkpoint and proofs are the cell's, the
     * files whose entries it lists are only this office's (its feed is scoped to it).
     */
    forOffice(office: { office: Office; feed: ChangeFeed }) {
      const files: FileLogDeps = { ...reads, office: office.office, feed: office.feed }
      return {
        /** One entity's entries with their proofs (a permit's, for its verification page). */
        entriesOf: (entity: { type: ChangeEntity; id: string }) => entityEntries(files, entity),
        /** The log's HTTP face; `files` says who may see which application's entries. */
        web: (options: { files: FileAccess; trackLimitPerMinute: number; reads: PublicReads }) => ({
          routes: (app: FastifyInstance) => app.register(transparencyRoutesPlugin, { deps: files, verify, ...options }),
        }),
      }
    },
  }
}
export type TransparencyLog = ReturnType<typeof createTransparencyLog>
