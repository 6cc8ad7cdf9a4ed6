import { Type, type Static } from 'typebox'
import { Ajv } from 'ajv'
import path from 'node:path'
import { officeFacts } from '@pintu/catalogue'

/**
 * The only module that reads process.env. Behaviour is chosen here, never by NODE_ENV.
 * Every variable is documented in README.md.
 */
const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ default: '127.0.0.1' }),
  PINTU_DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** A streaming replica of DATABASE_URL's database: the public read routes are served from it. */
  DATABASE_REPLICA_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** `pgbouncer` when DATABASE_URL (and the replica's URL) go through PgBouncer in transaction mode. */
  PINTU_DATABASE_POOLER: Type.Enum(['none', 'pgbouncer'], { default: 'none' }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  CORS_ORIGINS: Type.String({ default: '' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  PINTU_DEMO_ACCOUNTS: Type.Enum(['auto', 'on', 'off'], { default: 'auto' }),
  PINTU_DEMO_SIGNERS: Type.Enum(['on', 'off'], { default: 'on' }),
  PINTU_REGISTER_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 10 }),
  PINTU_TRACK_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 60 }),
  PINTU_TRUST_PROXY: Type.Boolean({ default: false }),
  PINTU_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  PINTU_PERMIT_SIGNING_KEY: Type.Optional(Type.String({ minLength: 40 })),
  PINTU_BANK_CALLBACK_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  PINTU_BANK_SIMULATOR: Type.Enum(['auto', 'on', 'off'], { default: 'auto' }),
  PINTU_SIGNING_SERVICE: Type.Enum(['none', 'simulator', 'bsre'], { default: 'none' }),
  PINTU_SIGNING_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$' })),
  PINTU_SIGNING_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  PINTU_SIGNING_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  PINTU_SIGNING_CERTIFICATE_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 365 }),
  PINTU_JOB_INTERVAL_SECONDS: Type.Integer({ minimum: 0, maximum: 86_400, default: 60 }),
  /** Test-only: every request waits this long first, so the status page's latencies can be seen to move. */
  /** The operator's token for /metrics (Prometheus); unset: /metrics answers 404. */
  PINTU_METRICS_TOKEN: Type.Optional(Type.String({ minLength: 32 })),
  PINTU_TEST_SLOWDOWN_MS: Type.Integer({ minimum: 0, maximum: 10_000, default: 0 }),
  PINTU_LOG_SIGNING_KEY: Type.Optional(
    Type.String({ pattern: '^PRIVATE\\+KEY\\+[^\\s+]+\\+[0-9a-f]{8}\\+[A-Za-z0-9+/=]+$' }),
  ),
  PINTU_LOG_ORIGIN: Type.Optional(Type.String({ pattern: '^[^\\s+]{1,200}$' })),
  PINTU_LOG_INTERVAL_MS: Type.Integer({ minimum: 0, maximum: 60_000, default: 1000 }),
  PINTU_WITNESSES: Type.String({ default: '' }),
  /** Applicant notifications: milliseconds between notifier rounds (0 off), first retry delay and longest delay. */
  PINTU_NOTIFY_INTERVAL_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 2000 }),
  PINTU_NOTIFY_RETRY_SECONDS: Type.Integer({ minimum: 1, maximum: 86_400, default: 30 }),
  PINTU_NOTIFY_RETRY_MAX_SECONDS: Type.Integer({ minimum: 1, maximum: 604_800, default: 3600 }),
  /** Webhooks: milliseconds between relay rounds (0 off); private and loopback endpoints (tests only). */
  PINTU_WEBHOOK_INTERVAL_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 1000 }),
  PINTU_WEBHOOK_ALLOW_PRIVATE_TARGETS: Type.Enum(['on', 'off'], { default: 'off' }),
  PINTU_SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://[^\\s]+$' })),
  PINTU_MAIL_FROM: Type.String({ minLength: 3, default: 'Pintu <pintu@localhost>' }),
  PINTU_SMS_GATEWAY_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$' })),
  PINTU_SMS_GATEWAY_TOKEN: Type.Optional(Type.String({ minLength: 8 })),
  PINTU_SMS_SIMULATOR: Type.Enum(['auto', 'on', 'off'], { default: 'auto' }),
  // The robust process (SPEC §9): shed load before the event loop stalls, bound every request, drain on SIGTERM.
  PINTU_SHED_EVENT_LOOP_DELAY_MS: Type.Optional(Type.Integer({ minimum: 0, maximum: 60_000 })),
  PINTU_SHED_EVENT_LOOP_UTILIZATION: Type.Number({ minimum: 0, maximum: 1, default: 0 }),
  PINTU_REQUEST_TIMEOUT_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 120 }),
  PINTU_SHUTDOWN_GRACE_SECONDS: Type.Integer({ minimum: 0, maximum: 600, default: 25 }),
  PINTU_WITNESS_QUORUM: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  // The offices served (Kemendagri codes from the registry in @pintu/catalogue); the first is the default.
  PINTU_OFFICES: Type.String({ pattern: '^[0-9]{2}\\.[0-9]{2}(,[0-9]{2}\\.[0-9]{2})*$', default: '32.73' }),
  // The office's own contact facts, shown in every page's footer and on the help page.
  PINTU_OFFICE_HOURS: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00-\\x1f]+$' })),
  PINTU_OFFICE_PHONE: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{6,20}$' })),
  PINTU_OFFICE_EMAIL: Type.Optional(Type.String({ pattern: '^[^\\s@]{1,64}@[^\\s@]{1,190}$' })),
})

/** Every environment variable Pintu reads (documented in README.md). */
export const configKeys = Object.keys(EnvSchema.properties)

export interface OfficeContact {
  hours: string | null
  phone: string | null
  email: string | null
}

export interface Config {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  /** The streaming replica the public reads use; undefined: everything reads the primary. */
  databaseReplicaUrl: string | undefined
  /** PgBouncer in transaction mode in front of PostgreSQL: Pintu then keeps no session state. */
  databasePooler: 'none' | 'pgbouncer'
  jwtSecret: string | undefined
  corsOrigins: string[]
  logLevel: Static<typeof EnvSchema>['LOG_LEVEL']
  /** Demo officer and applicant accounts: on for the embedded database by default, never silently on PostgreSQL. */
  demoAccounts: boolean
  /** With demo accounts and the CA simulator: enrol the demo signers at once (off to try the admin's enrolment). */
  demoSigners: boolean
  registerLimitPerMinute: number
  trackLimitPerMinute: number
  trustProxy: boolean
  /** Public address of the citizen site (QR codes on permits); defaults to http://localhost:<port>. */
  publicUrl: string
  /** Kemendagri codes of the offices served, each in the registry; the first serves requests that name none. */
  offices: string[]
  /** Opening hours and contacts of the office, when the deployment states them (footer, help page). */
  officeContact: OfficeContact
  /** Ed25519 private key (PKCS#8 PEM) for permits; generated into the data directory when absent. */
  permitSigningKey: string | undefined
  /** The certified signing service for permit PDFs (PAdES): none, the local CA simulator, or BSrE/PSrE. */
  signing: (
    { service: 'none' | 'simulator' } | { service: 'bsre'; url: string; clientId: string; clientSecret: string }
  ) & { certificateDays: number }
  /** HMAC secret shared with the bank host; generated into the data directory when absent. */
  bankCallbackSecret: string | undefined
  /**
   * The bank simulator: on for the embedded default, off on PostgreSQL unless asked for; never with a real bank secret.
   */
  bankSimulator: boolean
  /** Seconds between runs of the escalation job; 0 turns it off. */
  jobIntervalSeconds: number
  /** Test-only delay on every request (see PINTU_TEST_SLOWDOWN_MS); 0 in production. */
  testSlowDownMs: number
  /** The operator's token for /metrics; undefined: /metrics is off. */
  metricsToken: string | undefined
  /** The log's signed-note Ed25519 key (`PRIVATE+KEY+…`); generated into the data directory when absent. */
  logSigningKey: string | undefined
  /** The log's checkpoint origin: by default the scheme-less address of its tiles (C2SP tlog-tiles). */
  logOrigin: string
  /** Milliseconds between sequencer rounds; 0 turns it off. */
  logIntervalMs: number
  /** Applicant notifications: the notifier's interval (0 off) and its retry backoff. */
  notifications: { intervalMs: number; retryBaseMs: number; retryMaxMs: number }
  /** Webhooks: the relay's interval (0 off) and whether endpoints on private addresses are allowed (tests only). */
  webhooks: { intervalMs: number; allowPrivateTargets: boolean }
  /** The witnesses every checkpoint is sent to, and how many cosignatures make it count. */
  witnesses: { url: string; vkey: string }[]
  witnessQuorum: number
  /** SMTP server of account emails (`smtp://…` or `smtps://…`); without it they go to a file outbox. */
  smtpUrl: string | undefined
  mailFrom: string
  /** The HTTP SMS gateway and its bearer token; without it, the SMS gateway simulator when it is on. */
  smsGateway: { url: string; token: string } | undefined
  /** The local SMS gateway simulator: on for the embedded default without a gateway; never beside a real one. */
  smsSimulator: boolean
  /** Load shedding: the event-loop delay (ms) and utilisation (0–1) past which requests get 503; 0 turns either off. */
  shedding: { maxEventLoopDelayMs: number; maxEventLoopUtilization: number }
  /** Longest a request may take to arrive in full (a slow or stalled client), in seconds. */
  requestTimeoutSeconds: number
  /** On SIGTERM, how long in-flight requests may take to finish before the process exits anyway. */
  shutdownGraceSeconds: number
}

/** `PINTU_WITNESSES`: comma-separated `<url> <vkey>` pairs (neither holds a space or a comma). */
function parseWitnesses(value: string): { url: string; vkey: string }[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [url, vkey, ...rest] = entry.split(/\s+/)
      if (!url || !/^https?:\/\/\S+$/.test(url) || !vkey || rest.length > 0) {
        throw new Error(`Invalid configuration: PINTU_WITNESSES entry "${entry}" is not "<url> <vkey>"`)
      }
      return { url, vkey }
    })
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input: Record<string, unknown> = {}
  for (const key of configKeys) {
    const value = env[key]
    if (value !== undefined && value !== '') input[key] = value
  }
  const ajv = new Ajv({ useDefaults: true, coerceTypes: true, allErrors: true })
  const validate = ajv.compile(EnvSchema)
  if (!validate(input)) {
    const problems = (validate.errors ?? []).map(
      (e) => `${e.instancePath.slice(1) || e.params.missingProperty}: ${e.message}`,
    )
    throw new Error(`Invalid configuration: ${problems.join('; ')}`)
  }
  const env_ = input as Static<typeof EnvSchema>
  // A simulator beside a real bank would be a way around payment: never both.
  if (env_.PINTU_BANK_SIMULATOR === 'on' && env_.PINTU_BANK_CALLBACK_SECRET) {
    throw new Error(
      'Invalid configuration: PINTU_BANK_SIMULATOR=on cannot be combined with a real PINTU_BANK_CALLBACK_SECRET',
    )
  }
  if (env_.PINTU_SMS_GATEWAY_URL && !env_.PINTU_SMS_GATEWAY_TOKEN) {
    throw new Error('Invalid configuration: PINTU_SMS_GATEWAY_URL needs PINTU_SMS_GATEWAY_TOKEN')
  }
  if (env_.PINTU_SMS_GATEWAY_URL && env_.PINTU_SMS_SIMULATOR === 'on') {
    throw new Error(
      'Invalid configuration: PINTU_SMS_SIMULATOR=on cannot be combined with a real PINTU_SMS_GATEWAY_URL',
    )
  }
  if (env_.DATABASE_REPLICA_URL && !env_.DATABASE_URL) {
    throw new Error('Invalid configuration: DATABASE_REPLICA_URL needs DATABASE_URL (the primary it replicates)')
  }
  const offices = [...new Set(env_.PINTU_OFFICES.split(','))]
  const unknownOffice = offices.find((code) => !officeFacts(code))
  if (unknownOffice) {
    throw new Error(
      `Invalid configuration: PINTU_OFFICES names ${unknownOffice}, which the office registry does not know`,
    )
  }
  const publicUrl = env_.PINTU_PUBLIC_URL ?? `http://localhost:${env_.PORT}`
  const witnesses = parseWitnesses(env_.PINTU_WITNESSES)
  const witnessQuorum = env_.PINTU_WITNESS_QUORUM ?? witnesses.length
  if (witnessQuorum > witnesses.length) {
    throw new Error(
      `Invalid configuration: PINTU_WITNESS_QUORUM ${witnessQuorum} exceeds the ${witnesses.length} witnesses`,
    )
  }
  return {
    port: env_.PORT,
    host: env_.HOST,
    dataDir: path.resolve(env_.PINTU_DATA_DIR),
    databaseUrl: env_.DATABASE_URL,
    databaseReplicaUrl: env_.DATABASE_REPLICA_URL,
    databasePooler: env_.PINTU_DATABASE_POOLER,
    jwtSecret: env_.JWT_SECRET,
    corsOrigins: env_.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    logLevel: env_.LOG_LEVEL,
    demoAccounts: env_.PINTU_DEMO_ACCOUNTS === 'on' || (env_.PINTU_DEMO_ACCOUNTS === 'auto' && !env_.DATABASE_URL),
    demoSigners: env_.PINTU_DEMO_SIGNERS === 'on',
    registerLimitPerMinute: env_.PINTU_REGISTER_LIMIT_PER_MINUTE,
    trackLimitPerMinute: env_.PINTU_TRACK_LIMIT_PER_MINUTE,
    trustProxy: env_.PINTU_TRUST_PROXY,
    publicUrl,
    offices,
    officeContact: {
      hours: env_.PINTU_OFFICE_HOURS ?? null,
      phone: env_.PINTU_OFFICE_PHONE ?? null,
      email: env_.PINTU_OFFICE_EMAIL ?? null,
    },
    permitSigningKey: env_.PINTU_PERMIT_SIGNING_KEY,
    signing: signingConfig(env_),
    bankCallbackSecret: env_.PINTU_BANK_CALLBACK_SECRET,
    jobIntervalSeconds: env_.PINTU_JOB_INTERVAL_SECONDS,
    testSlowDownMs: env_.PINTU_TEST_SLOWDOWN_MS,
    metricsToken: env_.PINTU_METRICS_TOKEN,
    logSigningKey: env_.PINTU_LOG_SIGNING_KEY,
    logOrigin:
      env_.PINTU_LOG_ORIGIN ?? `${publicUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '')}/api/v1/transparency/log`,
    logIntervalMs: env_.PINTU_LOG_INTERVAL_MS,
    notifications: {
      intervalMs: env_.PINTU_NOTIFY_INTERVAL_MS,
      retryBaseMs: env_.PINTU_NOTIFY_RETRY_SECONDS * 1000,
      retryMaxMs: Math.max(env_.PINTU_NOTIFY_RETRY_SECONDS, env_.PINTU_NOTIFY_RETRY_MAX_SECONDS) * 1000,
    },
    webhooks: {
      intervalMs: env_.PINTU_WEBHOOK_INTERVAL_MS,
      allowPrivateTargets: env_.PINTU_WEBHOOK_ALLOW_PRIVATE_TARGETS === 'on',
    },
    witnesses,
    witnessQuorum,
    smtpUrl: env_.PINTU_SMTP_URL,
    mailFrom: env_.PINTU_MAIL_FROM,
    smsGateway:
      env_.PINTU_SMS_GATEWAY_URL && env_.PINTU_SMS_GATEWAY_TOKEN
        ? { url: env_.PINTU_SMS_GATEWAY_URL, token: env_.PINTU_SMS_GATEWAY_TOKEN }
        : undefined,
    smsSimulator:
      env_.PINTU_SMS_SIMULATOR === 'on' ||
      (env_.PINTU_SMS_SIMULATOR === 'auto' && !env_.DATABASE_URL && !env_.PINTU_SMS_GATEWAY_URL),
    bankSimulator:
      env_.PINTU_BANK_SIMULATOR === 'on' ||
      (env_.PINTU_BANK_SIMULATOR === 'auto' && !env_.DATABASE_URL && !env_.PINTU_BANK_CALLBACK_SECRET),
    shedding: {
      // Embedded PGlite runs the database on the event loop itself: there a long loop delay is a
      // query, not overload, so shedding is only on by default with PostgreSQL.
      maxEventLoopDelayMs: env_.PINTU_SHED_EVENT_LOOP_DELAY_MS ?? (env_.DATABASE_URL ? 250 : 0),
      maxEventLoopUtilization: env_.PINTU_SHED_EVENT_LOOP_UTILIZATION,
    },
    requestTimeoutSeconds: env_.PINTU_REQUEST_TIMEOUT_SECONDS,
    shutdownGraceSeconds: env_.PINTU_SHUTDOWN_GRACE_SECONDS,
  }
}

function signingConfig(env_: Static<typeof EnvSchema>): Config['signing'] {
  const certificateDays = env_.PINTU_SIGNING_CERTIFICATE_DAYS
  if (env_.PINTU_SIGNING_SERVICE !== 'bsre') return { service: env_.PINTU_SIGNING_SERVICE, certificateDays }
  if (!env_.PINTU_SIGNING_URL || !env_.PINTU_SIGNING_CLIENT_ID || !env_.PINTU_SIGNING_CLIENT_SECRET)
    throw new Error(
      'Invalid configuration: PINTU_SIGNING_SERVICE=bsre needs PINTU_SIGNING_URL, PINTU_SIGNING_CLIENT_ID and PINTU_SIGNING_CLIENT_SECRET',
    )
  return {
    service: 'bsre',
    url: env_.PINTU_SIGNING_URL,
    clientId: env_.PINTU_SIGNING_CLIENT_ID,
    clientSecret: env_.PINTU_SIGNING_CLIENT_SECRET,
    certificateDays,
  }
}
