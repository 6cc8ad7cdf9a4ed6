import { officeFacts } from '@pintu/catalogue'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createDemoAccounts,
  demoVariantOf,
  describeDemoAccounts,
  type DemoAccounts,
  type DemoAccountsOfOffice,
} from '../src/bootstrap/demo-accounts.ts'
import { enrolDemoSigners } from '../src/bootstrap/demo-signers.ts'
import { createIdentityRepository } from '../src/modules/identity/identity.repository.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// What `pnpm start` does on a first start serving PINTU_OFFICES=32.73,73.71 (server.ts), on the test app.
const MAKASSAR = '73.71'

describe('demo accounts for every served office', () => {
  let t: TestApp
  const made: (DemoAccountsOfOffice & { code: string; accounts: DemoAccounts })[] = []
  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [MAKASSAR], signing: { service: 'simulator' } })
    for (const office of [t.office, ...t.otherOffices]) {
      const facts = officeFacts(office.code)!
      const variant = demoVariantOf(facts, office === t.office)
      const accounts = await createDemoAccounts(t.db, createIdentityRepository(), office, variant)
      const passphrases = await enrolDemoSigners(t.app, accounts, variant)
      made.push({ code: office.code, office: `${facts.shortName} (${office.code})`, accounts, passphrases })
    }
  }, 120_000)
  afterAll(() => t?.close())

  const login = async (email: string, password: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } })
    expect(res.statusCode, res.body).toBe(200)
    const token = res.json().accessToken as string
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { office: string }
    return { headers: { authorization: `Bearer ${token}` }, office: claims.office }
  }

  it("keeps the default office's names and gives every other office its own", () => {
    const [bandung, makassar] = made
    expect(bandung!.accounts.admin.email).toBe('admin@demo.pintu.id')
    expect(bandung!.accounts.applicant.email).toBe('applicant@demo.pintu.id')
    expect(makassar!.accounts.admin.email).toBe('admin@7371.demo.pintu.id')
    expect(Object.keys(makassar!.accounts).sort()).toEqual(Object.keys(bandung!.accounts).sort())
  })

  it("each office's accounts log in to their own office and its admin sees only that office's officers", async () => {
    for (const { code, accounts } of made) {
      const admin = await login(accounts.admin.email, accounts.admin.password)
      expect(admin.office).toBe(code)
      const officers = await t.app.inject({ method: 'GET', url: '/api/v1/officers', headers: admin.headers })
      const emails = (officers.json().items as { email: string }[]).map((o) => o.email)
      const own = Object.entries(accounts)
        .filter(([key]) => key !== 'applicant')
        .map(([, a]) => a.email)
      expect(emails.sort()).toEqual(own.sort())
      expect((await login(accounts.applicant.email, accounts.applicant.password)).office).toBe(code)
    }
  })

  it("enrols each office's demo signers with the simulator, under their own NIKs", async () => {
    for (const { accounts, passphrases } of made) {
      expect(Object.keys(passphrases).sort()).toEqual(['signer', 'supervisor'])
      const admin = await login(accounts.admin.email, accounts.admin.password)
      const signers = await t.app.inject({ method: 'GET', url: '/api/v1/signers', headers: admin.headers })
      expect(signers.statusCode, signers.body).toBe(200)
      expect(signers.json().items).toHaveLength(2)
    }
  })

  it('shows each office with its accounts and passphrases under its own heading', () => {
    const text = describeDemoAccounts(made, '/srv/pintu/data/demo-accounts.txt')
    const lines = text.split('\n')
    expect(lines[0]).toBe('Demo accounts (also in /srv/pintu/data/demo-accounts.txt):')
    const bandungAt = lines.indexOf('DPMPTSP Kota Bandung (32.73):')
    const makassarAt = lines.indexOf('DPMPTSP Kota Makassar (73.71):')
    expect(bandungAt).toBe(1)
    expect(makassarAt).toBeGreaterThan(bandungAt)
    const [bandung, makassar] = made
    expect(lines.slice(bandungAt, makassarAt).join('\n')).toContain(bandung!.accounts.admin.password)
    expect(lines.slice(makassarAt).join('\n')).toContain(makassar!.accounts.admin.password)
    expect(lines.slice(makassarAt).join('\n')).toContain(makassar!.passphrases.signer!)
    expect(lines.slice(makassarAt).join('\n')).toMatch(/^ {2}admin {7}admin@7371\.demo\.pintu\.id\s+\S+$/m)
  })
})
