import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { configKeys, loadConfig } from './config.ts'

describe('configuration', () => {
  it('documents every variable it reads in the README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    for (const key of configKeys) expect(readme, key).toContain(`| \`${key}\` |`)
  })

  it('names the log by the scheme-less address of its tiles, unless told otherwise', () => {
    expect(loadConfig({ PINTU_PUBLIC_URL: 'https://izin.bandung.go.id/' }).logOrigin).toBe(
      'izin.bandung.go.id/api/v1/transparency/log',
    )
    expect(loadConfig({ PINTU_LOG_ORIGIN: 'log.example/bdg' }).logOrigin).toBe('log.example/bdg')
    expect(() => loadConfig({ PINTU_LOG_ORIGIN: 'has space' })).toThrow(/PINTU_LOG_ORIGIN/)
    expect(() => loadConfig({ PINTU_LOG_SIGNING_KEY: 'not-a-key' })).toThrow(/PINTU_LOG_SIGNING_KEY/)
  })

  it('serves one office by default, and the registry offices PINTU_OFFICES names, the default first', () => {
    expect(loadConfig({}).offices).toEqual(['32.73'])
    expect(loadConfig({ PINTU_OFFICES: '73.71,32.73,73.71' }).offices).toEqual(['73.71', '32.73'])
    expect(() => loadConfig({ PINTU_OFFICES: '32.73,99.99' })).toThrow(/PINTU_OFFICES names 99.99/)
    expect(() => loadConfig({ PINTU_OFFICES: 'bandung' })).toThrow(/PINTU_OFFICES/)
  })

  it('defaults to the embedded database on port 3000 with demo accounts', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      demoAccounts: true,
      corsOrigins: [],
    })
    expect(config.dataDir).toMatch(/data$/)
  })

  it('reads public routes from a replica only beside a primary, and knows PgBouncer by name', () => {
    const primary = { DATABASE_URL: 'postgres://u:p@db:5432/pintu' }
    expect(loadConfig({ ...primary, DATABASE_REPLICA_URL: 'postgres://u:p@replica:5432/pintu' })).toMatchObject({
      databaseReplicaUrl: 'postgres://u:p@replica:5432/pintu',
      databasePooler: 'none',
    })
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://u:p@replica:5432/pintu' })).toThrow(
      /DATABASE_REPLICA_URL needs DATABASE_URL/,
    )
    expect(loadConfig({ ...primary, PINTU_DATABASE_POOLER: 'pgbouncer' }).databasePooler).toBe('pgbouncer')
    expect(() => loadConfig({ ...primary, PINTU_DATABASE_POOLER: 'pgpool' })).toThrow(/PINTU_DATABASE_POOLER/)
  })

  it('never creates demo accounts silently on PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pintu' }).demoAccounts).toBe(false)
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pintu', PINTU_DEMO_ACCOUNTS: 'on' }).demoAccounts).toBe(
      true,
    )
  })

  it('parses CORS origins and numbers', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', PORT: '8080' })).toMatchObject({
      corsOrigins: ['https://a.example', 'https://b.example'],
      port: 8080,
    })
  })

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('refuses invalid configuration %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message)
  })

  it('sends mail over SMTP only when PINTU_SMTP_URL is set, and never prints its password in an error', () => {
    expect(loadConfig({}).smtpUrl).toBeUndefined()
    expect(loadConfig({ PINTU_SMTP_URL: 'smtps://pintu:rahasia@smtp.example:465' }).smtpUrl).toBe(
      'smtps://pintu:rahasia@smtp.example:465',
    )
    expect(() => loadConfig({ PINTU_SMTP_URL: 'http://pintu:rahasia@smtp.example' })).toThrow(/PINTU_SMTP_URL/)
    expect(() => loadConfig({ PINTU_SMTP_URL: 'http://pintu:rahasia@smtp.example' })).not.toThrow(/rahasia/)
  })

  it('turns the SMS gateway simulator on only for the embedded database without a real gateway', () => {
    expect(loadConfig({}).smsSimulator).toBe(true)
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pintu' }).smsSimulator).toBe(false)
    const gateway = { PINTU_SMS_GATEWAY_URL: 'https://sms.example/send', PINTU_SMS_GATEWAY_TOKEN: 'token-123456' }
    expect(loadConfig(gateway)).toMatchObject({ smsSimulator: false, smsGateway: { url: 'https://sms.example/send' } })
    expect(() => loadConfig({ ...gateway, PINTU_SMS_SIMULATOR: 'on' })).toThrow(/PINTU_SMS_SIMULATOR/)
    expect(() => loadConfig({ PINTU_SMS_GATEWAY_URL: 'https://sms.example/send' })).toThrow(/PINTU_SMS_GATEWAY_TOKEN/)
  })

  it('turns the bank simulator on only for the embedded database without a real bank secret', () => {
    expect(loadConfig({}).bankSimulator).toBe(true)
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pintu' }).bankSimulator).toBe(false)
    expect(loadConfig({ PINTU_BANK_CALLBACK_SECRET: 'a-real-secret-shared-with-the-bank-0123' }).bankSimulator).toBe(
      false,
    )
  })

  it('refuses the bank simulator together with a real bank secret', () => {
    expect(() =>
      loadConfig({ PINTU_BANK_SIMULATOR: 'on', PINTU_BANK_CALLBACK_SECRET: 'a-real-secret-shared-with-the-bank-0123' }),
    ).toThrow(/PINTU_BANK_SIMULATOR=on cannot be combined/)
  })
})
