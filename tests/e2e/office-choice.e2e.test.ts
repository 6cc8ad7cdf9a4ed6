// A deployment serving Kota Bandung and Kota Makassar, on a 360 px phone in Bahasa Indonesia: a
// Makassar link opens the SPA for Makassar, its catalogue is Makassar's (every request names the
// office), the header's "Ganti kantor" leads back to Bandung by province and city, and the statistics
// page sets every office side by side.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectNoSeriousAxeViolations,
  hasNoHorizontalScroll,
  launchBrowser,
  newMobilePage,
} from '../support/browser.ts'
import { logIn, submitApplication } from '../support/applicant-api.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'

const TIMEOUT = 120_000
let pintu: RunningPintu
let browser: Browser
let page: Page

beforeAll(async () => {
  pintu = await startPintu({ env: { PINTU_OFFICES: '32.73,73.71' } })
  browser = await launchBrowser()
  page = await newMobilePage(browser)
}, TIMEOUT)
afterAll(async () => {
  await page?.context().close()
  await browser?.close()
  await pintu?.stop()
})

describe('choosing the office in the citizen SPA', () => {
  it(
    "a Makassar link opens the SPA for Makassar, and its catalogue is read from Makassar's office",
    async () => {
      await page.goto(`${pintu.baseUrl}/kantor/73.71`)
      await page.getByRole('heading', { level: 1, name: 'Perizinan sepenuhnya daring' }).waitFor()
      const header = page.getByRole('banner')
      await header.getByText('DPMPTSP Kota Makassar').waitFor()
      await header.getByRole('link', { name: 'Ganti kantor' }).waitFor()
      const services = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/v1/services')
      await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Layanan' }).click()
      expect((await services).headers()['x-pintu-office']).toBe('73.71')
      await page.getByRole('heading', { level: 1, name: 'Katalog layanan' }).waitFor()
      await page
        .getByRole('link', { name: /Reklame/ })
        .first()
        .waitFor()
      // A reload keeps the office: the choice is remembered.
      await page.reload()
      await page.getByRole('banner').getByText('DPMPTSP Kota Makassar').waitFor()
    },
    TIMEOUT,
  )

  it(
    'the header leads back to Bandung, chosen by province then city, with labels and no sideways scroll',
    async () => {
      await page.getByRole('banner').getByRole('link', { name: 'Ganti kantor' }).click()
      await page.getByRole('heading', { level: 1, name: 'Pilih kantor' }).waitFor()
      await page.getByText('Kantor sekarang: DPMPTSP Kota Makassar').waitFor()
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
      await page.getByLabel('Provinsi').selectOption({ label: 'Jawa Barat' })
      await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kota Bandung' })
      await page.getByRole('button', { name: 'Gunakan kantor ini' }).click()
      await page.getByRole('heading', { level: 1, name: 'Perizinan sepenuhnya daring' }).waitFor()
      await page.getByRole('banner').getByText('DPMPTSP Kota Bandung').waitFor()
    },
    TIMEOUT,
  )

  it(
    'the statistics page sets every office side by side, per province and in all',
    async () => {
      await submitApplication(pintu.baseUrl, await logIn(pintu.baseUrl, pintu.accounts.applicant), 'SKP')
      await page.goto(`${pintu.baseUrl}/transparansi/statistik`)
      const rollup = page.getByRole('region', { name: 'Semua kantor' })
      await rollup.getByText('Pintu ini melayani 2 kantor.').waitFor()
      const rows = await rollup.getByRole('row').allInnerTexts()
      expect(rows.map((row) => row.split(/\s*\t\s*/))).toEqual([
        ['Kantor', 'Berkas', 'Terlambat'],
        ['Provinsi Jawa Barat', '1', '0'],
        ['Kota Bandung', '1', '0'],
        ['Provinsi Sulawesi Selatan', '0', '0'],
        ['Kota Makassar', '0', '0'],
        ['Semua kantor', '1', '0'],
      ])
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )
})
