import { authRoutes, officerRoutes, signingRoutes } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { randomBytes } from 'node:crypto'
import type { DemoAccounts, DemoVariant } from './demo-accounts.ts'

/** The demo officers who may sign (the head of office, and the supervisor as a possible Plt./Plh.). */
const demoSigners = [
  { key: 'signer', nik: '3273010000000001', title: 'Kepala Dinas Penanaman Modal dan PTSP' },
  { key: 'supervisor', nik: '3273010000000002', title: 'Sekretaris Dinas Penanaman Modal dan PTSP' },
] as const

/**
 * With the CA simulator, enrols the demo signers at once so a product owner can try certified
 * signing without the admin's enrolment step. It goes through the API as the demo admin, like the
 * officer SPA would, so the change record logs it. Returns each signer's fresh passphrase, shown
 * once with the demo accounts (the simulator seals the signer's key under it and keeps no copy).
 */
export async function enrolDemoSigners(
  app: FastifyInstance,
  accounts: DemoAccounts,
  /** The office's variant: another office's signers have their own NIKs. */
  variant?: DemoVariant,
): Promise<Partial<Record<(typeof demoSigners)[number]['key'], string>>> {
  const login = await app.inject({
    method: authRoutes.login.method,
    url: authRoutes.login.url,
    payload: { email: accounts.admin.email, password: accounts.admin.password },
  })
  if (login.statusCode !== 200) throw new Error(`demo admin login failed: ${login.statusCode}`)
  const headers = { authorization: `Bearer ${login.json<{ accessToken: string }>().accessToken}` }
  const officers = (
    await app.inject({ method: officerRoutes.list.method, url: officerRoutes.list.url, headers })
  ).json<{ items: { id: string; email: string; employeeNumber?: string | null }[] }>().items
  const passphrases: Partial<Record<(typeof demoSigners)[number]['key'], string>> = {}
  for (const signer of demoSigners) {
    const officer = officers.find((o) => o.email === accounts[signer.key].email)
    if (!officer) throw new Error(`demo ${signer.key} not found`)
    const passphrase = `ttd-${randomBytes(6).toString('base64url')}`
    const enrolled = await app.inject({
      method: signingRoutes.enrol.method,
      url: signingRoutes.enrol.url,
      headers,
      payload: {
        officerId: officer.id,
        nik: variant ? variant.nik(signer.nik) : signer.nik,
        nip: officer.employeeNumber,
        title: signer.title,
        passphrase,
      },
    })
    if (enrolled.statusCode !== 201) throw new Error(`demo ${signer.key} enrolment failed: ${enrolled.body}`)
    passphrases[signer.key] = passphrase
  }
  return passphrases
}
