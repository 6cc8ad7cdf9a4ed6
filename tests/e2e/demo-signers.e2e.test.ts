// Issue 17, the demo: `pnpm start` with the CA simulator enrols the demo signers on first start and
// prints their passphrases with the demo accounts, so the head of office can sign a certified
// permit at once. Against the real, compiled server; filing and the stages go through the API.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { applicationRoutes, authRoutes, permitRoutes, signingRoutes, type ApplicationAction } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn, submitApplication } from '../support/applicant-api.ts'
import { startPintu, type AccountKey, type RunningPintu } from '../support/pintu.ts'

const TIMEOUT = 120_000
let pintu: RunningPintu
const clientFor = (token: string | null) => apiClient(pintu.baseUrl, token)
const login = async (who: AccountKey) =>
  clientFor((await clientFor(null).call(authRoutes.login, { body: pintu.accounts[who] })).accessToken)

describe('the demo with the CA simulator enrols its signers and prints their passphrases', () => {
  beforeAll(async () => {
    pintu = await startPintu({ env: { PINTU_SIGNING_SERVICE: 'simulator' } })
  }, 120_000)
  afterAll(async () => pintu?.stop(), TIMEOUT)

  it(
    'the head of office signs a PAdES permit with the passphrase printed in demo-accounts.txt',
    async () => {
      const text = await readFile(path.join(pintu.dataDir, 'demo-accounts.txt'), 'utf8')
      const printed = text.split('Passphrases for certified signing with the CA SIMULATOR')[1] ?? ''
      const passphrase = (who: string) => printed.match(new RegExp(`^\\s+${who}\\s+(\\S+)$`, 'm'))?.[1]
      expect(passphrase('signer')).toBeTruthy()
      expect(passphrase('supervisor')).toBeTruthy()

      const admin = await login('admin')
      const signers = (await admin.call(signingRoutes.signers, {})).items
      expect(signers.map((s) => s.officerName).sort()).toEqual([
        'Bambang Sutrisno (Pengawas)',
        'Evi Shaleha (Kepala Dinas)',
      ])
      expect(signers.every((s) => s.service === 'simulator' && s.revokedAt === null)).toBe(true)

      const token = await logIn(pintu.baseUrl, pintu.accounts.applicant)
      const id = (await submitApplication(pintu.baseUrl, token, 'SKP')).detail.id
      const act = async (who: AccountKey, action: ApplicationAction, body: Record<string, string> = {}) => {
        const officer = await login(who)
        const item = (await officer.call(applicationRoutes.queue, {})).items.find((i) => i.id === id)
        expect(item, `the ${who} has the file`).toBeTruthy()
        return officer.call(applicationRoutes.act, {
          params: { id, action },
          body: { version: item!.version, ...body },
        })
      }
      await act('frontdesk', 'accept')
      await act('approver', 'approve')
      const signed = await act('signer', 'sign', { passphrase: passphrase('signer')! })
      expect(signed.application.status).toBe('issued')
      const permit = await (await login('applicant')).call(permitRoutes.ofApplication, { params: { id } })
      expect(permit.pades).toMatchObject({ service: 'simulator', level: 'B-T' })
      expect(permit.pades!.signer.nip).toBe(signers.find((s) => s.title.startsWith('Kepala'))!.nip)
    },
    TIMEOUT,
  )
})
