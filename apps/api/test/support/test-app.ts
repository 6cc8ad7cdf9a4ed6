import type { OfficerRole } from '@pintu/contract'
import type { OfficeContact } from '../../src/config.ts'
import type { FastifyServerOptions } from 'fastify'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createDiskStorage } from '../../src/modules/documents/document-storage.ts'
import { permitKeysFrom } from '../../src/modules/permits/permit-keys.ts'
import { generateKeyPairSync } from 'node:crypto'
import type { RandomInt } from '../../src/modules/applications/assignment.ts'
import { buildApp, type PintuOptions } from '../../src/app.ts'
import type { SpaOptions } from '../../src/plugins/spa.ts'
import { systemClock, type Clock } from '../../src/clock.ts'
import type { Database } from '../../src/db/database.ts'
import { createIdentityRepository } from '../../src/modules/identity/identity.repository.ts'
import { hashPassword } from '../../src/modules/identity/password-hashing.ts'
import { ensureOffice, ensureOffices, type Office } from '../../src/modules/offices/offices.repository.ts'
import type { LogKey } from '../../src/modules/transparency/log-key.ts'
import type { Witness } from '../../src/modules/transparency/witnesses.ts'
import { testLogKey, TEST_LOG_ORIGIN } from './test-log-key.ts'
import { createFileOutboxMailSender, type MailSender } from '../../src/modules/messaging/mail-sender.ts'
import type { SmsSender } from '../../src/modules/messaging/sms-sender.ts'
import { cloneTestDatabase } from './test-database.ts'
import { createCatalogueRepository } from '../../src/modules/catalogue/catalogue.repository.ts'
import { seedCatalogue } from '../../src/modules/catalogue/catalogue.seed.ts'
import { createCalendarRepository } from '../../src/modules/calendar/calendar.repository.ts'
import { seedHolidays } from '../../src/modules/calendar/calendar.seed.ts'

/** The bank callback secret of test apps, for tests that sign callbacks themselves. */
export const BANK_SECRET = 'test-bank-callback-secret-0123456789abcdef'

/** A clock tests can move: starts at real time, advanced explicitly. */
export function createTestClock(start = new Date()): Clock & { advance(ms: number): void; set(date: Date): void } {
  let now = start.getTime()
  return { now: () => new Date(now), advance: (ms) => void (now += ms), set: (date) => void (now = date.getTime()) }
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>

/** The real app on a private database, driven through `inject` (no listening port). */
export async function createTestApp(
  options: {
    clock?: Clock
    registerLimitPerMinute?: number
    logger?: FastifyServerOptions['logger']
    random?: RandomInt
    trackLimitPerMinute?: number
    spa?: SpaOptions
    /** The log's key (a test that starts witnesses must know it first) and its witnesses. */
    logKey?: LogKey
    witnesses?: { list: Witness[]; quorum: number }
    /** Where account emails go; by default a file outbox (the embedded default) in a temporary directory. */
    mail?: MailSender
    sms?: SmsSender
    officeContact?: OfficeContact
    /** A certified signing service for permit PDFs (PAdES); none by default. */
    signing?: PintuOptions['signing']
    /** The status page's measurement settings (a test-only delay on every request). */
    status?: PintuOptions['status']
    /** Webhook relay settings (a compressed retry schedule, a receiver on loopback). */
    webhooks?: PintuOptions['webhooks']
    /** Applicant notifications: the notifier's interval and backoff (the outage tests). */
    notifications?: PintuOptions['notifications']
    /** A second API process on another test app's database (scale-out tests); the first one drops it. */
    sharedWith?: { database: Database }
    /** Rate-limit counters shared through the database (the default on PostgreSQL) and how often they sync. */
    rateLimits?: PintuOptions['rateLimits']
    /** Further offices served by the same app (Kemendagri codes from the registry), seeded like the first. */
    otherOffices?: string[]
  } = {},
) {
  const { database, drop } = options.sharedWith
    ? // The first app owns the database: closing this one leaves it open.
      { database: { ...options.sharedWith.database, close: async () => undefined }, drop: async () => undefined }
    : await cloneTestDatabase()
  const storageDir = await mkdtemp(path.join(os.tmpdir(), 'pintu-docs-'))
  const office = await ensureOffice(database.db)
  const otherOffices = await ensureOffices(database.db, options.otherOffices ?? [])
  for (const other of otherOffices) {
    await seedCatalogue(database.db, createCatalogueRepository(), other, new Date())
    await seedHolidays(database.db, createCalendarRepository(), other, new Date())
  }
  const clock = options.clock ?? createTestClock()
  const app = await buildApp({
    database,
    office,
    otherOffices,
    clock,
    jwtSecret: randomBytes(32).toString('hex'),
    registerLimitPerMinute: options.registerLimitPerMinute ?? 10_000,
    logger: options.logger ?? false,
    storage: createDiskStorage(storageDir),
    random: options.random,
    permitKeys: permitKeysFrom(generateKeyPairSync('ed25519').privateKey),
    publicUrl: 'https://pintu.test',
    officeContact: options.officeContact,
    signing: options.signing,
    transparencyLog: {
      key: options.logKey ?? (await testLogKey()),
      origin: TEST_LOG_ORIGIN,
      witnesses: options.witnesses,
    },
    bankCallbackSecret: BANK_SECRET,
    bankSimulator: true,
    mail:
      options.mail ?? createFileOutboxMailSender({ dir: path.join(storageDir, 'outbox'), from: 'Pintu <pintu@test>' }),
    sms: options.sms,
    trackLimitPerMinute: options.trackLimitPerMinute ?? 10_000,
    spa: options.spa,
    status: options.status,
    // pg-boss times retries by the database's clock: under a hand-moved clock the relay's own decides.
    webhooks: { deferInQueue: clock === systemClock, ...options.webhooks },
    notifications: { deferInQueue: clock === systemClock, ...options.notifications },
    rateLimits: options.rateLimits,
    // Every code a test provokes must be one its route declares in the contract.
    strictErrorContract: true,
  })
  const repo = createIdentityRepository()
  let counter = 0

  /** An account created straight in the database (no HTTP), with a known password and a session. */
  async function account(
    roles: (OfficerRole | 'applicant')[],
    overrides: { fullName?: string; /** Another served office than the default. */ office?: Office } = {},
  ) {
    const home = overrides.office ?? office
    counter += 1
    const password = `Uji-${randomBytes(6).toString('hex')}`
    const isApplicant = roles.includes('applicant')
    const user = await repo.insert(database.db, {
      officeId: home.id,
      kind: isApplicant ? 'applicant' : 'officer',
      fullName: overrides.fullName ?? `${roles.join('+')} ${counter}`,
      email: `${roles.join('-')}-${counter}-${randomBytes(3).toString('hex')}@test.pintu.id`,
      roles,
      passwordHash: await hashPassword(password),
      employeeNumber: isApplicant ? null : `19900101201501${String(1000 + counter).slice(-4)}`,
      phone: isApplicant ? '+6281234567890' : null,
    })
    const token = app.offices.get(home.code)!.signAccessToken({
      sub: user.id,
      kind: user.kind,
      roles: user.roles,
      office: home.code,
      sv: user.sessionVersion,
      fam: randomUUID(),
    }).token
    return { user, password, token, headers: { authorization: `Bearer ${token}` } }
  }

  return {
    app,
    database: database as Database,
    db: database.db,
    office: office as Office,
    /** The further offices served, in the order given. */
    otherOffices: otherOffices as Office[],
    clock,
    account,
    /** Where this app keeps uploaded documents. */
    storageDir,
    async close() {
      await app.close()
      await drop()
      await rm(storageDir, { recursive: true, force: true })
    },
  }
}

/** Raw SQL rows; both drivers return `{ rows }`. */
export async function queryRows<T = Record<string, unknown>>(
  db: TestApp['db'],
  query: Parameters<TestApp['db']['execute']>[0],
): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows
}

/** The database's own error message for a refused statement (Drizzle wraps it as the cause). */
export async function databaseRefusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } }
    return e.cause?.message ?? e.message
  }
  throw new Error('the statement was accepted')
}
