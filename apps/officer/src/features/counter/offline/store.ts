// IndexedDB of the offline counter: the queue of intakes kept while the API could not be reached,
// and this device's id and provisional number ranges. Loaded with the Loket page only.
import type { ProvisionalRange } from '@pintu/contract'
import { newIdempotencyKey } from '@pintu/ui/idempotency-key'
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Sealed } from './vault.ts'

/** One intake waiting to be sent. Only what is not personal data is in the clear. */
export interface QueuedIntake {
  /** Client-generated id of the intake. */
  id: string
  /** The session key that sealed it (see vault.ts). */
  keyTag: string
  provisionalNo: string
  serviceCode: string
  takenAt: string
  /** Idempotency keys of the creation and the submission: a resend creates nothing twice. */
  keys: { create: string; submit: string }
  /** Set when the API refused it for good: kept for the officer to resolve, never dropped. */
  error: { code: string; message: string } | null
  /** Sealed JSON of IntakeContent. */
  content: Sealed
  files: { requirementKey: string; name: string; type: string; sealed: Sealed }[]
}

export interface DeviceRange {
  range: ProvisionalRange
  /** The next serial to print. */
  next: number
}

interface CounterDb extends DBSchema {
  intakes: { key: string; value: QueuedIntake }
  /** `deviceId`, and `range:<officerId>` per officer who used this device. */
  device: { key: string; value: string | DeviceRange }
}

let db: Promise<IDBPDatabase<CounterDb>> | undefined
const open = () =>
  (db ??= openDB<CounterDb>('pintu-counter', 1, {
    upgrade(database) {
      database.createObjectStore('intakes', { keyPath: 'id' })
      database.createObjectStore('device')
    },
  }))

export const queue = {
  async list(): Promise<QueuedIntake[]> {
    return (await (await open()).getAll('intakes')).sort((a, b) => a.takenAt.localeCompare(b.takenAt))
  },
  async put(intake: QueuedIntake): Promise<void> {
    await (await open()).put('intakes', intake)
  },
  async remove(id: string): Promise<void> {
    await (await open()).delete('intakes', id)
  },
}

export const device = {
  /** This browser's device id, made on first use. */
  async id(): Promise<string> {
    const database = await open()
    const known = await database.get('device', 'deviceId')
    if (typeof known === 'string') return known
    const fresh = newIdempotencyKey()
    await database.put('device', fresh, 'deviceId')
    return fresh
  },
  async range(officerId: string): Promise<DeviceRange | undefined> {
    const value = await (await open()).get('device', `range:${officerId}`)
    return typeof value === 'object' ? value : undefined
  },
  async keepRange(officerId: string, range: ProvisionalRange): Promise<void> {
    await (await open()).put('device', { range, next: range.first }, `range:${officerId}`)
  },
  /** The next provisional number of the officer's range, taken for good; undefined when none is left. */
  async takeNumber(officerId: string): Promise<string | undefined> {
    const tx = (await open()).transaction('device', 'readwrite')
    const value = await tx.store.get(`range:${officerId}`)
    if (typeof value !== 'object' || value.next > value.range.last) return void (await tx.done)
    await tx.store.put({ ...value, next: value.next + 1 }, `range:${officerId}`)
    await tx.done
    return `${value.range.prefix}${String(value.next).padStart(3, '0')}`
  },
}
