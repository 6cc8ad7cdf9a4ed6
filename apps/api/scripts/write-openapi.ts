import { PGlite } from '@electric-sql/pglite'
import { writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { buildApp } from '../src/app.ts'
import { prepareDatabase } from '../src/bootstrap/prepare-database.ts'
import { systemClock } from '../src/clock.ts'
import { openPglite } from '../src/db/database.ts'
import { createDiskStorage } from '../src/modules/documents/document-storage.ts'
import { permitKeysFrom } from '../src/modules/permits/permit-keys.ts'
import { generateKeyPairSync } from 'node:crypto'
import { generateKeyPair, SignatureType } from '@pintu/tlog/node'
import { logKeyFrom } from '../src/modules/transparency/log-key.ts'
import os from 'node:os'
import { openapiDocument, openapiFile } from './openapi-document.ts'

// Builds the real app on a throw-away in-memory database and writes its OpenAPI document.
const database = openPglite(await PGlite.create())
const { office } = await prepareDatabase(database, systemClock)
const app = await buildApp({
  database,
  office,
  clock: systemClock,
  jwtSecret: randomBytes(32).toString('hex'),
  storage: createDiskStorage(os.tmpdir()),
  permitKeys: permitKeysFrom(generateKeyPairSync('ed25519').privateKey),
  publicUrl: 'http://localhost:3000',
  transparencyLog: {
    key: await logKeyFrom((await generateKeyPair('localhost/log', SignatureType.ed25519)).signerKey),
    origin: 'localhost/log',
  },
  bankCallbackSecret: 'openapi-generation-only-0123456789abcdef',
  bankSimulator: true,
})
await writeFile(openapiFile, openapiDocument(app))
await app.close()
console.log(`wrote ${openapiFile}`)
