// Issue 17 in headless Chromium against the real, compiled API with the local certification-authority
// simulator: the admin enrols the head of office as a signer on the officer's page, the signer types
// their passphrase on the signing form (a wrong one signs nothing), and the citizen downloads a permit
// PDF whose PAdES signature poppler's pdfsig finds valid and trusted against the simulator's root.
// The verification page then reports that signature (signer, NIP, title, chain, timestamp) at 360 px.
// Filing and the earlier stages go through the API (covered elsewhere).
import { readFile } from 'node:fs/promises'
import {
  applicationRoutes,
  authRoutes,
  catalogueRoutes,
  officerRoutes,
  permitRoutes,
  signingRoutes,
  type ApplicationAction,
} from '@pintu/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn, submitApplication } from '../support/applicant-api.ts'
import {
  expectNoSeriousAxeViolations,
  expectPhoneFriendly,
  h1,
  launchBrowser,
  newMobilePage,
} from '../support/browser.ts'
import { officerPage, officerUrl } from '../support/officer-spa.ts'
import { pdfSignatureChecker } from '../support/pdf-signature.ts'
import { startPintu, type AccountKey, type RunningPintu } from '../support/pintu.ts'
import { closeStory } from '../support/story.ts'

const TIMEOUT = 120_000
const SERVICE = 'SKP' // no fee, no technical stage: straight to signing
const PASSPHRASE = 'passphrase-kepala-dinas'

let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []
let checker: Awaited<ReturnType<typeof pdfSignatureChecker>>
const story = { applicationId: '', registrationNo: '', serviceName: '' }

const clientFor = (token: string | null) => apiClient(pintu.baseUrl, token)
const login = async (who: AccountKey) =>
  clientFor((await clientFor(null).call(authRoutes.login, { body: pintu.accounts[who] })).accessToken)

async function officerActs(who: AccountKey, action: ApplicationAction) {
  const officer = await login(who)
  const item = (await officer.call(applicationRoutes.queue, {})).items.find((i) => i.id === story.applicationId)
  expect(item, `the system assigned the file to the ${who}`).toBeTruthy()
  return (
    await officer.call(applicationRoutes.act, {
      params: { id: story.applicationId, action },
      body: { version: item!.version },
    })
  ).application
}

describe('signing a permit with a certified electronic signature (CA simulator) and checking the PDF with pdfsig', () => {
  beforeAll(async () => {
    // The admin's enrolment is what this story tries, so the demo signers are not enrolled beforehand.
    pintu = await startPintu({ env: { PINTU_SIGNING_SERVICE: 'simulator', PINTU_DEMO_SIGNERS: 'off' } })
    browser = await launchBrowser()
    const ca = await clientFor(null).call(signingRoutes.simulatorCa, {})
    checker = await pdfSignatureChecker(ca.rootPem)

    story.serviceName = (
      await clientFor(null).call(catalogueRoutes.get, { params: { code: SERVICE } })
    ).definition.name.id
    const token = await logIn(pintu.baseUrl, pintu.accounts.applicant)
    const submitted = (await submitApplication(pintu.baseUrl, token, SERVICE)).detail
    story.applicationId = submitted.id
    story.registrationNo = submitted.registrationNo!
    await officerActs('frontdesk', 'accept')
    expect((await officerActs('approver', 'approve')).status).toBe('signing')
  }, 180_000)

  afterAll(async () => {
    await checker?.close()
    await closeStory({ pintu, browser, pages })
  }, TIMEOUT)

  it(
    "the admin enrols the head of office on the officer's page; the signer types their own passphrase there",
    async () => {
      const admin = await login('admin')
      const signer = (await admin.call(officerRoutes.list, {})).items.find(
        (o) => o.email === pintu.accounts.signer.email,
      )!
      const page = await officerPage(browser, pintu.baseUrl, pintu.accounts.admin)
      pages.push(page)
      await page.goto(officerUrl(pintu.baseUrl, `officers/${signer.id}`))
      const panel = page.getByRole('region', { name: 'Tanda tangan elektronik tersertifikasi' })
      await panel.getByText('SIMULATOR otoritas sertifikat lokal').waitFor()
      await panel.getByLabel('NIK penanda tangan').fill('3273010101700001')
      await panel.getByLabel('NIP').fill('197001012000011001')
      await panel.getByLabel('Jabatan di sertifikat').fill('Kepala Dinas')
      await panel.getByLabel('Passphrase penanda tangan').fill(PASSPHRASE)
      await expectNoSeriousAxeViolations(page)
      await panel.getByRole('button', { name: 'Daftarkan penanda tangan' }).click()
      await page.getByRole('status').filter({ hasText: 'terdaftar sebagai penanda tangan elektronik' }).waitFor()
      await panel.getByText('Nomor seri sertifikat').waitFor()
      const enrolled = (await admin.call(signingRoutes.signers, {})).items.find((s) => s.officerId === signer.id)
      expect(enrolled).toMatchObject({ service: 'simulator', title: 'Kepala Dinas', revokedAt: null })
      expect(JSON.stringify(enrolled)).not.toContain('3273010101700001')
    },
    TIMEOUT,
  )

  it(
    'the signer signs on the work item with their passphrase; a wrong one is refused and signs nothing',
    async () => {
      const page = await officerPage(browser, pintu.baseUrl, pintu.accounts.signer)
      pages.push(page)
      await page.getByRole('heading', { level: 1, name: 'Antrean saya' }).waitFor()
      await page.getByRole('link', { name: story.registrationNo }).click()
      await page.getByRole('heading', { level: 1, name: `Berkas ${story.registrationNo}` }).waitFor()
      const action = 'Tandatangani dan terbitkan'
      const form = page.getByRole('form', { name: action })
      const sign = async (passphrase: string) => {
        await form.getByLabel('Passphrase tanda tangan elektronik').fill(passphrase)
        await form.getByRole('button', { name: action }).click()
        await page
          .getByRole('dialog', { name: `Konfirmasi: ${action}` })
          .getByRole('button', { name: action })
          .click()
      }
      await expectNoSeriousAxeViolations(page)
      await sign('bukan-passphrase-saya')
      await page.getByRole('alert').filter({ hasText: 'Passphrase tanda tangan elektronik salah' }).waitFor()
      const still = await (await login('signer')).call(applicationRoutes.get, { params: { id: story.applicationId } })
      expect(still.status).toBe('signing')

      await sign(PASSPHRASE)
      await page
        .getByRole('status')
        .filter({ hasText: `Tindakan dicatat: ${action}.` })
        .waitFor()
    },
    TIMEOUT,
  )

  it(
    "the citizen downloads the permit; pdfsig finds its signature valid and the signer's certificate trusted",
    async () => {
      const applicant = await newMobilePage(browser)
      pages.push(applicant)
      await applicant.goto(new URL('/masuk', pintu.baseUrl).href)
      await applicant.getByLabel('Email', { exact: true }).fill(pintu.accounts.applicant.email)
      await applicant.getByLabel('Kata sandi', { exact: true }).fill(pintu.accounts.applicant.password)
      await applicant.getByRole('button', { name: 'Masuk', exact: true }).click()
      await applicant.waitForURL((u) => !u.pathname.startsWith('/masuk'))
      await applicant.goto(new URL('/permohonan', pintu.baseUrl).href)
      await h1(applicant, 'Permohonan saya')
      await applicant
        .getByRole('listitem')
        .filter({ hasText: story.registrationNo })
        .getByRole('link', { name: story.serviceName })
        .click()
      const panel = applicant.getByRole('region', { name: 'Izin Anda sudah terbit' })
      await panel.waitFor()
      const [download] = await Promise.all([
        applicant.waitForEvent('download'),
        panel.getByRole('button', { name: 'Unduh izin (PDF)' }).click(),
      ])
      const bytes = await readFile((await download.path())!)
      const report = await checker.check(bytes)
      expect(report).toContain('Signature Type: ETSI.CAdES.detached')
      expect(report).toContain('Signature Validation: Signature is Valid.')
      expect(report).toContain('Certificate Validation: Certificate is Trusted.')
      await expectPhoneFriendly(applicant)

      const permit = await (
        await login('applicant')
      ).call(permitRoutes.ofApplication, { params: { id: story.applicationId } })
      expect(permit.pades).toMatchObject({ service: 'simulator', level: 'B-T', signer: { title: 'Kepala Dinas' } })
      expect(report).toContain(`Signer Certificate Common Name: ${permit.pades!.signer.name}`)

      // The public verification page the QR code opens reports the same signature: signer, NIP,
      // title, chain and timestamp, at 360 px and free of serious accessibility faults.
      await panel.getByRole('link', { name: 'Periksa keabsahan izin ini' }).click()
      await h1(applicant, 'Verifikasi izin')
      const pades = applicant.getByRole('region', { name: 'Tanda tangan elektronik tersertifikasi' })
      await pades.waitFor()
      await pades.getByText('SIMULATOR otoritas sertifikat lokal').waitFor()
      const exactly = (term: string) => new RegExp(`^${term.replace(/[()]/g, '\\$&')}$`)
      const fact = (term: string) =>
        pades
          .locator('dt')
          .filter({ hasText: exactly(term) })
          .locator('xpath=following-sibling::dd[1]')
      expect(await fact('Penanda tangan').innerText()).toBe(permit.pades!.signer.name)
      expect(await fact('NIP').innerText()).toBe('197001012000011001')
      expect(await fact('Jabatan di sertifikat').innerText()).toBe('Kepala Dinas')
      expect(await fact('Otoritas cap waktu').innerText()).toContain('Pintu Simulator Timestamp Authority')
      expect(await fact('Waktu penandatanganan (cap waktu)').innerText()).toMatch(/\d{4}/)
      expect(await pades.locator('ol li').allInnerTexts()).toEqual(permit.pades!.chain)
      await expectNoSeriousAxeViolations(applicant)
      await expectPhoneFriendly(applicant)
    },
    TIMEOUT,
  )
})
