import type { ChangeEntity } from '@pintu/contract'
import type { PublicReads } from '../../db/public-reads.ts'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { ChangeFeed } from '../changes/changes.module.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createLeafEncoder } from './leaf.ts'
import type { LogKey } from './log-key.ts'
import { integrateAll, integrateOnce, type SequencerDeps } from './sequencer.ts'
import { createTransparencyRepository } from './transparency.repository.ts'
import { consistencyProof } from './transparency.usecases.ts'
import { verifyLog } from './verify-log.ts'
import { collectCosignatures, type Witness } from './witnesses.ts'
import { transparencyRoutesPlugin, type FileAccess } from './transparency.routes.ts'
import { entityEntries } from './entry-proofs.usecases.ts'

/** C2SP tlog-witness deployments expect a log to come back at least every few minutes when idle. */
const WITNESS_REFRESH_MS = 5 * 60_000

/**
 * The transparency log (SPEC §8): it consumes the change record's outbox, so it sees every change
 * that committed and nothing else; nothing calls it from a request.
 */
export function createTransparencyLog(deps: {
  db: Db
  clock: Clock
  office: Office
  feed: ChangeFeed
  key: LogKey
  origin: string
  /** Independent witnesses (C2SP tlog-witness) and how many cosignatures a checkpoint needs. */
  witnesses?: { list: readonly Witness[]; quorum: number; timeoutMs?: number; refreshMs?: number }
}) {
  const log = createTransparencyRepository()
  const encoder = createLeafEncoder({ officeCode: deps.office.code, pseudonymKey: deps.key.pseudonymKey })
  const sequencer: SequencerDeps = { ...deps, log, encoder, signer: deps.key.signer }
  const witnesses = deps.witnesses ?? { list: [], quorum: 0 }
  const reads = {
    db: deps.db,
    office: deps.office,
    feed: deps.feed,
    log,
    origin: deps.origin,
    vkey: deps.key.vkey,
    witnesses: witnesses.list,
    quorum: witnesses.quorum,
  }
  const verify = (witnessNotes: readonly string[] = []) =>
    verifyLog({ db: deps.db, office: deps.office, feed: deps.feed, log, encoder, vkey: deps.key.vkey }, witnessNotes)
  const cosign = () =>
    collectCosignatures({
      db: deps.db,
      clock: deps.clock,
      office: deps.office,
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
    /** One entity's entries with their proofs (a permit's, for its verification page). */
    entriesOf: (entity: { type: ChangeEntity; id: string }) => entityEntries(reads, entity),
    /** The log's HTTP face; `files` says who may see which application's entries. */
    web: (options: { files: FileAccess; trackLimitPerMinute: number; reads: PublicReads }) => ({
      routes: (app: FastifyInstance) => app.register(transparencyRoutesPlugin, { deps: reads, verify, ...options }),
    }),
  }
}
