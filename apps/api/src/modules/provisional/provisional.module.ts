import type { FastifyInstance } from 'fastify'
import type { KeyObject } from 'node:crypto'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createProvisionalRepository } from './provisional.repository.ts'
import { provisionalRoutesPlugin } from './provisional.routes.ts'
import {
  applicationForProvisional,
  linkProvisional,
  newRangeKey,
  rangeKeyOf,
  type ProvisionalDeps,
} from './provisional.usecases.ts'

/**
 * Provisional receipt numbers for the counter without the network: signed ranges allocated to a device while
 * online, linked to the real application when its intake is sent. Made before applications, which link and track.
 */
export function createProvisionalModule(deps: { db: Db; clock: Clock; office: Office; changes: ChangeRecord }) {
  const provisional = createProvisionalRepository()
  let key: Promise<KeyObject> | undefined
  // Made on first use and kept in the database, so every process signs with the same key.
  const signingKey = () =>
    (key ??= (async () =>
      rangeKeyOf(
        (await provisional.signingKey(deps.db, deps.office.id)) ??
          (await provisional.keepSigningKey(deps.db, deps.office.id, newRangeKey(), deps.clock.now())),
      ))().catch((error: unknown) => {
      key = undefined
      throw error
    }))
  const full: ProvisionalDeps = { ...deps, provisional, signingKey }
  return {
    routes: (app: FastifyInstance) => app.register(provisionalRoutesPlugin, { deps: full }),
    receipts: {
      link: (tx: Executor, input: Parameters<typeof linkProvisional>[2]) => linkProvisional(full, tx, input),
      applicationFor: (ex: Executor, number: string, code: string) => applicationForProvisional(full, ex, number, code),
    },
  }
}
export type ProvisionalReceipts = ReturnType<typeof createProvisionalModule>['receipts']
