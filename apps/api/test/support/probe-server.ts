/**
 * A real listening Pintu for probes that may block the event loop (fuzz.test.ts): run in a child
 * process, so the test can time a request out and kill the process. Prints `{"port":N}` once ready.
 * PINTU_PROBE_TEMPLATE: the migrated, seeded PGlite data directory the test run prepared; without
 * it the database is migrated and seeded here.
 */
import { PGlite } from '@electric-sql/pglite'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../../src/app.ts'
import { prepareDatabase } from '../../src/bootstrap/prepare-database.ts'
import { systemClock } from '../../src/clock.ts'
import { openPglite } from '../../src/db/database.ts'
import { createDiskStorage } from '../../src/modules/documents/document-storage.ts'
import { ensureOffice } from '../../src/modules/offices/offices.repository.ts'
import { permitKeysFrom } from '../../src/modules/permits/permit-keys.ts'
import { testLogKey, TEST_LOG_ORIGIN } from './test-log-key.ts'

const template = process.env.PINTU_PROBE_TEMPLATE
const client = template
  ? await PGlite.create({ loadDataDir: new Blob([await readFile(template)]) })
  : await PGlite.create()
const database = openPglite(client)
if (!template) await prepareDatabase(database, systemClock)
const office = await ensureOffice(database.db)
const app = await buildApp({
  database,
  office,
  clock: systemClock,
  jwtSecret: randomBytes(32).toString('hex'),
  logger: false,
  storage: createDiskStorage(await mkdtemp(path.join(os.tmpdir(), 'pintu-probe-'))),
  permitKeys: permitKeysFrom(generateKeyPairSync('ed25519').privateKey),
  publicUrl: 'https://pintu.test',
  transparencyLog: { key: await testLogKey(), origin: TEST_LOG_ORIGIN },
  bankCallbackSecret: randomBytes(32).toString('hex'),
  trackLimitPerMinute: 10_000,
  registerLimitPerMinute: 10_000,
})
await app.listen({ host: '127.0.0.1', port: 0 })
process.stdout.write(`${JSON.stringify({ port: (app.server.address() as AddressInfo).port })}\n`)
// The test holds our stdin: when it goes away, so do we (a hung probe is killed by the test itself).
process.stdin.resume()
process.stdin.on('close', () => process.exit(0))
