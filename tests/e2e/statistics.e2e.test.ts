// The public statistics as a citizen reads them, in headless Chromium against the real server, on a
// 360 px phone: the backlog after a filing, each chart with its table, CSV downloads, axe clean.
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
  pintu = await startPintu()
  browser = await launchBrowser()
}, TIMEOUT)
afterAll(async () => {
  await page?.context().close()
  await browser?.close()
  await pintu?.stop()
})

describe('the statistics page', () => {
  it(
    'shows the backlog a filing joined, with table equivalents and CSV, at 360 px and without serious axe violations',
    async () => {
      await submitApplication(pintu.baseUrl, await logIn(pintu.baseUrl, pintu.accounts.applicant), 'SKP')
      page = await newMobilePage(browser)
      await page.goto(`${pintu.baseUrl}/transparansi`)
      await page.getByRole('link', { name: 'Statistik layanan' }).click()
      await page.getByRole('heading', { level: 1, name: 'Statistik layanan' }).waitFor()
      const backlog = page.getByRole('region', { name: 'Berkas menunggu per tahap' })
      await backlog.waitFor()
      // The chart is a picture of the table after it: both present, the table with the filing in it.
      await expect(backlog.getByRole('img', { name: /Grafik: Berkas menunggu per tahap/ }).count()).resolves.toBe(1)
      const table = backlog.getByRole('table', { name: 'Berkas menunggu per tahap' })
      const cells = await table.getByRole('row').allTextContents()
      expect(cells.length).toBeGreaterThan(1)
      expect(await backlog.textContent()).toMatch(/[1-9]\d* berkas diterima dan belum selesai/)
      for (const name of ['Pendaftaran per hari (30 hari terakhir)', 'Ketepatan waktu (30 hari terakhir)'])
        await page.getByRole('heading', { name }).waitFor()
      await page.getByRole('heading', { name: 'Kecepatan dan ketersediaan sistem' }).waitFor()

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        backlog.getByRole('button', { name: 'Unduh CSV' }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^tunggakan-\d{4}-\d{2}-\d{2}\.csv$/)
      const csv = await (await download.createReadStream()).toArray()
      expect(Buffer.concat(csv).toString('utf8')).toMatch(/^jenis,kode_layanan,tahap,kanal,berkas,terlambat/)

      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )
})
