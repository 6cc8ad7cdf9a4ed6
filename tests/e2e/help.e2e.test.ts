// Help for applicants, on a 360 px phone in Bahasa Indonesia: the FAQ and glossary from the footer,
// and a service's own help (what to prepare, why files come back) from its standard page.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectNoSeriousAxeViolations,
  hasNoHorizontalScroll,
  launchBrowser,
  newMobilePage,
} from '../support/browser.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'

const TIMEOUT = 120_000
let pintu: RunningPintu
let browser: Browser
let page: Page

beforeAll(async () => {
  pintu = await startPintu()
  browser = await launchBrowser()
  page = await newMobilePage(browser)
}, TIMEOUT)
afterAll(async () => {
  await page?.context().close()
  await browser?.close()
  await pintu?.stop()
})

describe('help on a phone', () => {
  it(
    'the footer leads to the FAQ, the words explained and the office address',
    async () => {
      await page.goto(pintu.baseUrl)
      const footer = page.getByRole('contentinfo')
      await footer.getByRole('link', { name: 'Bantuan dan daftar istilah' }).click()
      await page.getByRole('heading', { level: 1, name: 'Bantuan' }).waitFor()
      await page.getByText('Jl. Cianjur No. 34, Bandung').waitFor()
      await page
        .getByText('Ada petugas yang meminta uang agar permohonan dipercepat. Apa yang harus saya lakukan?')
        .click()
      await page.getByText('Jangan membayar.', { exact: false }).waitFor()
      for (const term of ['SKRD (Surat Ketetapan Retribusi Daerah)', 'Fiktif positif', 'Plt. (Pelaksana Tugas)'])
        await page.getByRole('term').filter({ hasText: term }).waitFor()
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )

  it(
    "a service's help says what to prepare and how to avoid each reason for return",
    async () => {
      await page.goto(`${pintu.baseUrl}/layanan/IMB`)
      // The requirements are folded on a phone; the help link sits in that section.
      await page.locator('summary', { hasText: 'Persyaratan' }).first().click()
      await page.getByRole('link', { name: 'Bantuan untuk layanan ini' }).click()
      await page.getByRole('heading', { level: 1, name: /^Bantuan: / }).waitFor()
      await page.getByRole('heading', { name: 'Yang perlu disiapkan' }).waitFor()
      await page.getByRole('term').filter({ hasText: 'Dokumen tidak terbaca' }).waitFor()
      expect(await page.getByRole('listitem').count()).toBeGreaterThan(2)
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )
})
