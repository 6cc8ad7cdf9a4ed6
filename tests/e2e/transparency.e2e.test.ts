// The transparency log as its users check it, in headless Chromium against the real server: a
// citizen on a 360 px phone verifies their application's history in the browser (WebCrypto
// Ed25519 over the served proofs), again after the log grew, and a permit's issuance on its
// verification page; an auditor runs the browser check and the full check in the back office.
// Filing and the office's stages go through the API, as the SPAs call it.
import { applicationRoutes, authRoutes, permitRoutes, transparencyRoutes } from '@pintu/contract'
import { createClient } from '@pintu/contract/client'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectNoSeriousAxeViolations,
  hasNoHorizontalScroll,
  launchBrowser,
  newDesktopPage,
  newMobilePage,
} from '../support/browser.ts'
import { logIn, submitApplication } from '../support/applicant-api.ts'
import { startPintu, type AccountKey, type RunningPintu } from '../support/pintu.ts'

const TIMEOUT = 120_000
const SERVICE = 'SKP' // no fee, no technical stage: accept, approve, sign

let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []
const clientFor = (token: string | null) => createClient({ baseUrl: pintu.baseUrl, getAccessToken: () => token })
const login = async (who: AccountKey) =>
  clientFor((await clientFor(null).call(authRoutes.login, { body: pintu.accounts[who] })).accessToken)

/** The demo applicant files and submits an SKP application; returns its id and receipt. */
async function fileApplication() {
  const { detail, receipt } = await submitApplication(
    pintu.baseUrl,
    await logIn(pintu.baseUrl, pintu.accounts.applicant),
    SERVICE,
  )
  return { id: detail.id, receipt }
}

/** Waits for the sequencer (it runs every second) to have logged every change of the file. */
async function untilLogged(registrationNo: string, code: string) {
  for (let tries = 0; tries < 60; tries++) {
    const log = await clientFor(null)
      .call(transparencyRoutes.trackedLog, { params: { registrationNo }, query: { code } })
      .catch(() => null)
    if (log && log.pending === 0 && log.entries.length > 0) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the log did not integrate the file within 30 s')
}

async function freshPage(size: 'mobile' | 'desktop'): Promise<Page> {
  const page = size === 'mobile' ? await newMobilePage(browser) : await newDesktopPage(browser)
  pages.push(page)
  return page
}

beforeAll(async () => {
  pintu = await startPintu()
  browser = await launchBrowser()
}, TIMEOUT)
afterAll(async () => {
  for (const page of pages) await page.context().close()
  await browser?.close()
  await pintu?.stop()
})

describe('a citizen checks their file in the public log, in the browser, on a 360 px phone', () => {
  it(
    'verifies the history by tracking code, then proves the log only grew since',
    async () => {
      const { receipt } = await fileApplication()
      await untilLogged(receipt.registrationNo, receipt.trackingCode)

      const page = await freshPage('mobile')
      await page.goto(`${pintu.baseUrl}/lacak`)
      await page.getByLabel('Nomor registrasi').fill(receipt.registrationNo)
      await page.getByLabel('Kode lacak').fill(receipt.trackingCode)
      await page.getByRole('button', { name: 'Lacak' }).click()
      await page.getByRole('heading', { name: 'Periksa sendiri di log publik' }).waitFor()
      await page.getByRole('button', { name: 'Periksa sekarang' }).click()
      const status = page.getByRole('status').filter({ hasText: 'Terverifikasi' })
      await status.waitFor()
      expect(await status.textContent()).toMatch(/\d+ catatan berkas ini ada di log publik dan tidak diubah/)
      expect(await status.textContent()).toContain('Peramban ini akan mengingat log ini')
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)

      // More changes reach the log; the same browser checks again and proves nothing was rewritten.
      const second = await fileApplication()
      await untilLogged(second.receipt.registrationNo, second.receipt.trackingCode)
      await page.getByRole('button', { name: 'Periksa sekarang' }).click()
      await page.getByRole('status').filter({ hasText: 'log hanya bertambah' }).waitFor()
    },
    TIMEOUT,
  )

  it(
    "verifies a permit's issuance on its verification page, tied to exactly the data shown",
    async () => {
      const { id } = await fileApplication()
      for (const [who, action] of [
        ['frontdesk', 'accept'],
        ['approver', 'approve'],
        ['signer', 'sign'],
      ] as const) {
        const officer = await login(who)
        const app = await officer.call(applicationRoutes.get, { params: { id } })
        await officer.call(applicationRoutes.act, { params: { id, action }, body: { version: app.version } })
      }
      const applicant = await login('applicant')
      const permit = await applicant.call(permitRoutes.ofApplication, { params: { id } })
      const verifyPath = new URL(permit.verifyUrl!).pathname + new URL(permit.verifyUrl!).search
      for (let tries = 0; tries < 60; tries++) {
        const answer = await clientFor(null).call(permitRoutes.verify, { params: { number: permit.permit!.number } })
        if (answer.log?.entries.length) break
        await new Promise((resolve) => setTimeout(resolve, 500))
      }

      const page = await freshPage('mobile')
      await page.goto(`${pintu.baseUrl}${verifyPath}`)
      await page.getByRole('heading', { name: 'Periksa sendiri di log publik' }).waitFor()
      await page.getByRole('button', { name: 'Periksa sekarang' }).click()
      const status = page.getByRole('status').filter({ hasText: 'Terverifikasi' })
      await status.waitFor()
      expect(await status.textContent()).toContain('1 catatan berkas ini ada di log publik')
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )
})

describe('the public transparency page', () => {
  it(
    'says how big the log is, which key signs it and where anyone can read it, on a 360 px phone',
    async () => {
      const page = await freshPage('mobile')
      await page.goto(pintu.baseUrl)
      await page.getByRole('contentinfo').getByRole('link', { name: 'Log transparansi publik' }).click()
      await page.getByRole('heading', { level: 1, name: 'Log transparansi' }).waitFor()
      await page.getByRole('heading', { name: 'Saksi independen' }).waitFor()
      const main = (await page.getByRole('main').textContent()) ?? ''
      expect(main).toContain(`${pintu.baseUrl}/api/v1/transparency/log/`)
      const state = await clientFor(null).call(transparencyRoutes.state, {})
      expect(main).toContain(state.vkey)
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )
})

describe('an auditor checks the whole log in the back office', () => {
  it(
    'sees the log and its witnesses, checks it in the browser, then runs the full check: clean',
    async () => {
      const page = await freshPage('desktop')
      await page.goto(`${pintu.baseUrl}/officer/login`)
      await page.getByLabel('Email').fill(pintu.accounts.auditor.email)
      await page.getByLabel('Kata sandi').fill(pintu.accounts.auditor.password)
      await page.getByRole('button', { name: 'Masuk' }).click()
      await page
        .getByRole('navigation', { name: 'Navigasi utama' })
        .getByRole('link', { name: 'Log transparansi' })
        .click()
      await page.getByRole('heading', { level: 1, name: 'Log transparansi' }).waitFor()
      await page.getByRole('heading', { name: 'Keadaan log' }).waitFor()
      await expectNoSeriousAxeViolations(page)

      await page.getByRole('button', { name: 'Periksa di peramban' }).click()
      await page.getByText(/ditandatangani kunci log dan tile publik membangun ulang akarnya persis/).waitFor()

      await page.getByRole('button', { name: 'Jalankan pemeriksaan lengkap' }).click()
      await page.getByText(/^Log bersih: \d+ catatan/).waitFor()
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )
})
