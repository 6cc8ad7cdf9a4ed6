import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from './app.ts'
import { officeFacts } from '@pintu/catalogue'
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import {
  createDemoAccounts,
  demoVariantOf,
  describeDemoAccounts,
  type DemoAccountsOfOffice,
} from './bootstrap/demo-accounts.ts'
import { enrolDemoSigners } from './bootstrap/demo-signers.ts'
import { prepareDatabase } from './bootstrap/prepare-database.ts'
import { persistentSecret } from './bootstrap/secrets.ts'
import { systemClock } from './clock.ts'
import { loadConfig } from './config.ts'
import { openDatabase, openPostgres } from './db/database.ts'
import { loggerOptions } from './logger.ts'
import { createIdentityRepository } from './modules/identity/identity.repository.ts'
import { createDiskStorage } from './modules/documents/document-storage.ts'
import { loadPermitKeys } from './modules/permits/permit-keys.ts'
import { loadLogKey } from './modules/transparency/log-key.ts'
import { loadWitnesses } from './modules/transparency/witnesses.ts'
import { createFileOutboxMailSender, createSmtpMailSender } from './modules/messaging/mail-sender.ts'
import { createHttpSmsSender, noSmsSender } from './modules/messaging/sms-sender.ts'
import { startSmsGatewaySimulator } from './modules/messaging/sms-gateway-simulator.ts'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

async function main() {
  const config = loadConfig()
  await mkdir(config.dataDir, { recursive: true })
  const database = await openDatabase(config)
  const replica = config.databaseReplicaUrl
    ? openPostgres(config.databaseReplicaUrl, 10, { pooler: config.databasePooler })
    : undefined
  const { office, otherOffices, seededOffices } = await prepareDatabase(database, systemClock, config.offices)
  const jwtSecret = await persistentSecret(config.dataDir, 'jwt-secret', config.jwtSecret)
  const mailOutbox = path.join(config.dataDir, 'outbox', 'mail')
  const mail = config.smtpUrl
    ? createSmtpMailSender({ url: config.smtpUrl, from: config.mailFrom })
    : createFileOutboxMailSender({ dir: mailOutbox, from: config.mailFrom })
  const smsOutbox = path.join(config.dataDir, 'outbox', 'sms.jsonl')
  const smsSimulator =
    !config.smsGateway && config.smsSimulator ? await startSmsGatewaySimulator({ outboxFile: smsOutbox }) : null
  const sms = config.smsGateway
    ? createHttpSmsSender(config.smsGateway)
    : smsSimulator
      ? createHttpSmsSender({ url: smsSimulator.url, token: smsSimulator.token })
      : noSmsSender
  const app = await buildApp({
    database,
    replica,
    office,
    otherOffices,
    clock: systemClock,
    jwtSecret,
    corsOrigins: config.corsOrigins,
    registerLimitPerMinute: config.registerLimitPerMinute,
    trackLimitPerMinute: config.trackLimitPerMinute,
    storage: createDiskStorage(path.join(config.dataDir, 'documents')),
    permitKeys: await loadPermitKeys(config.dataDir, config.permitSigningKey),
    publicUrl: config.publicUrl,
    signing: config.signing,
    officeContact: config.officeContact,
    bankCallbackSecret: await persistentSecret(config.dataDir, 'bank-callback-secret', config.bankCallbackSecret),
    bankSimulator: config.bankSimulator,
    mail,
    sms,
    jobIntervalMs: config.jobIntervalSeconds * 1000,
    notifications: config.notifications,
    webhooks: config.webhooks,
    status: {
      flushIntervalMs: 10_000,
      probeIntervalMs: 60_000,
      slowDownMs: config.testSlowDownMs,
      metricsToken: config.metricsToken,
    },
    transparencyLog: {
      key: await loadLogKey(config.dataDir, config.logOrigin, config.logSigningKey),
      origin: config.logOrigin,
      intervalMs: config.logIntervalMs,
      witnesses: { list: await loadWitnesses(config.witnesses), quorum: config.witnessQuorum },
    },
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    requestTimeoutMs: config.requestTimeoutSeconds * 1000,
    loadShedding: config.shedding,
    spa: { citizenDir: path.join(repoRoot, 'apps/citizen/dist'), officerDir: path.join(repoRoot, 'apps/officer/dist') },
  })

  const accountsFile = path.join(config.dataDir, 'demo-accounts.txt')
  if (seededOffices.length && config.demoAccounts) {
    // Each office gets its demo accounts when it is first served (a first start, or an office added later).
    const made: DemoAccountsOfOffice[] = []
    for (const each of seededOffices) {
      const facts = officeFacts(each.code)!
      const variant = demoVariantOf(facts, each === office)
      const accounts = await createDemoAccounts(database.db, createIdentityRepository(), each, variant)
      // With the simulator the demo signers are enrolled already, so signing can be tried at once.
      const passphrases =
        config.signing.service === 'simulator' && config.demoSigners
          ? await enrolDemoSigners(app, accounts, variant)
          : {}
      made.push({ office: `${facts.shortName} (${each.code})`, accounts, passphrases })
    }
    const text = describeDemoAccounts(made, accountsFile)
    // A first start writes the file anew; an office added later adds its accounts to the others'.
    if (seededOffices.includes(office)) await writeFile(accountsFile, `${text}\n`, { mode: 0o600 })
    else await appendFile(accountsFile, `${text}\n`, { mode: 0o600 })
    // Passwords go to a person at a terminal, never to whatever collects stdout (a log shipper, CI).
    console.log(
      process.stdout.isTTY
        ? `\n${text}\n`
        : `Demo accounts created: their passwords are in ${accountsFile} (readable by this user only)`,
    )
  } else if (config.demoAccounts) {
    console.log(`Demo accounts: see ${accountsFile}`)
  }
  if (!config.smtpUrl) {
    console.warn(
      `No SMTP server (PINTU_SMTP_URL): account emails (password reset links, codes) are written to ${mailOutbox}/ instead of sent.`,
    )
  }
  if (smsSimulator) {
    console.warn(
      `WARNING: the SMS GATEWAY SIMULATOR is on (PINTU_SMS_SIMULATOR): no SMS reaches a phone; they are written to ${smsOutbox}.`,
    )
  }
  if (config.bankSimulator) {
    console.warn(
      'WARNING: the BANK SIMULATOR is on (PINTU_BANK_SIMULATOR): invoices can be paid without money. Demo installations only.',
    )
  }

  // Graceful stop: app.close() stops accepting connections, answers 503 to new requests on open
  // ones, lets the requests in flight finish (their transactions commit and their answers go out),
  // then stops the jobs and closes the database. A request stuck past the grace period must not keep
  // a deployment from rolling, so the process then exits anyway (its transaction rolls back).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down')
      setTimeout(() => {
        app.log.warn('requests still in flight after the shutdown grace period: exiting')
        process.exit(1)
      }, config.shutdownGraceSeconds * 1000).unref()
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
  }
  await app.listen({ port: config.port, host: config.host })
  // PORT=0 picks a free port: report the one actually bound.
  const address = app.server.address()
  const port = address && typeof address === 'object' ? address.port : config.port
  const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`
  console.log(
    `Pintu is running on ${where} (citizen ${where}/, officer ${where}/officer/, API docs ${where}/docs) with ${database.engine}, on Node ${process.version}`,
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
