import { canonicalJson, officeDays, type AllocateProvisionalRangeBody, type ProvisionalRange } from '@pintu/contract'
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict, fail } from '../../errors/app-error.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { ProvisionalRangeRow, ProvisionalRepository } from './provisional.repository.ts'

export interface ProvisionalDeps {
  db: Db
  clock: Clock
  office: Office
  changes: ChangeRecord
  provisional: ProvisionalRepository
  /** The office's signing key for ranges (made on first use, kept in the database for every process). */
  signingKey(): Promise<KeyObject>
}

const DEFAULT_COUNT = 50
const NUMBER = /^SEM-([0-9]{4})-([0-9A-F]{6})-([0-9]{3,6})$/
const NOT_A_HASH = '0'.repeat(64)

export const newRangeKey = () =>
  generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')
export const rangeKeyOf = (serialised: string): KeyObject =>
  createPrivateKey({ key: Buffer.from(serialised, 'base64'), format: 'der', type: 'pkcs8' })
/** Raw 32 bytes, base64: an Ed25519 SPKI is a fixed 12-byte header and the key. */
const publicKeyOf = (key: KeyObject) =>
  createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(12).toString('base64')

const deviceShortOf = (deviceId: string) => deviceId.replace(/-/g, '').slice(0, 6).toUpperCase()
const prefixOf = (year: number, deviceShort: string) => `SEM-${year}-${deviceShort}-`
export const provisionalNumber = (prefix: string, serial: number) => `${prefix}${String(serial).padStart(3, '0')}`
const codeHash = (number: string, code: string) =>
  createHash('sha256').update(`${number}:${code.toUpperCase()}`).digest('hex')

function signedText(deps: ProvisionalDeps, row: ProvisionalRangeRow): string {
  return canonicalJson({
    allocatedAt: row.allocatedAt.toISOString(),
    deviceId: row.deviceId,
    first: row.first,
    id: row.id,
    last: row.last,
    office: deps.office.code,
    officerId: row.officerId,
    prefix: prefixOf(row.year, row.deviceShort),
  })
}

/** A range of numbers for this officer's device: the next serials of its device short this year, signed. */
export async function allocateRange(
  deps: ProvisionalDeps,
  body: AllocateProvisionalRangeBody,
  caller: Caller,
): Promise<ProvisionalRange> {
  const key = await deps.signingKey()
  const now = deps.clock.now()
  const year = Number(officeDays(deps.office.timezone).dateOf(now).slice(0, 4))
  const deviceShort = deviceShortOf(body.deviceId)
  return deps.db.transaction(async (tx) => {
    const first = await deps.provisional.nextSerial(tx, deps.office.id, deviceShort, year)
    const values = {
      id: randomUUID(),
      officeId: deps.office.id,
      officerId: caller.actor.id,
      deviceId: body.deviceId,
      deviceShort,
      year,
      first,
      last: first + (body.count ?? DEFAULT_COUNT) - 1,
      allocatedAt: now,
    }
    const signed = signedText(deps, { ...values, signature: '' })
    const signature = sign(null, Buffer.from(signed, 'utf8'), key).toString('base64')
    const row = await deps.provisional.insertRange(tx, { ...values, signature })
    const prefix = prefixOf(year, deviceShort)
    await deps.changes.record(tx, {
      action: 'counter.range_allocated',
      entity: { type: 'provisional_range', id: row.id },
      actor: { id: caller.actor.id, role: 'frontdesk' },
      details: { deviceId: row.deviceId, prefix, first: row.first, last: row.last },
      requestId: caller.requestId,
    })
    return {
      id: row.id,
      deviceId: row.deviceId,
      officerId: row.officerId,
      prefix,
      first: row.first,
      last: row.last,
      allocatedAt: row.allocatedAt.toISOString(),
      signed,
      signature,
      publicKey: publicKeyOf(key),
    }
  })
}

/**
 * Links a provisional number to the application just created for it, in the caller's transaction: the number
 * must be of a range allocated to this officer (any other answers like an unknown one) and not linked yet.
 */
export async function linkProvisional(
  deps: ProvisionalDeps,
  tx: Executor,
  input: { number: string; code: string; officerId: string; applicationId: string },
): Promise<void> {
  const match = NUMBER.exec(input.number)
  const range = match
    ? await deps.provisional.rangeHolding(tx, deps.office.id, match[2]!, Number(match[1]), Number(match[3]))
    : undefined
  if (
    !range ||
    range.officerId !== input.officerId ||
    provisionalNumber(prefixOf(range.year, range.deviceShort), Number(match![3])) !== input.number
  )
    throw fail('counter.provisional_unknown')
  const linked = await deps.provisional.link(tx, {
    number: input.number,
    officeId: deps.office.id,
    rangeId: range.id,
    applicationId: input.applicationId,
    codeHash: codeHash(input.number, input.code),
    linkedAt: deps.clock.now(),
  })
  if (!linked) throw conflict('counter.provisional_used')
}

/** The application a provisional number and its code point to; a wrong code answers like an unknown number. */
export async function applicationForProvisional(
  deps: ProvisionalDeps,
  ex: Executor,
  number: string,
  code: string,
): Promise<string | undefined> {
  const receipt = await deps.provisional.receipt(ex, deps.office.id, number)
  const expected = Buffer.from(receipt?.codeHash ?? NOT_A_HASH, 'hex')
  const given = Buffer.from(codeHash(number, code), 'hex')
  return receipt && timingSafeEqual(expected, given) ? receipt.applicationId : undefined
}
