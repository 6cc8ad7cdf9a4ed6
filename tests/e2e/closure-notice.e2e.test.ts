// The short closure notice (issue 15) in headless Chromium on a 360 px phone in Bahasa Indonesia,
// against the real API: a closure declared for today is announced in a few words on every page,
// links to the full notice, and can be hidden for this visit. In its own file (its own Pintu): the
// closure it declares would change every later page of another file.
import { authRoutes, continuityRoutes } from '@pintu/contract'
import { createClient } from '@pintu/contract/client'
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
const pages: Page[] = []

const url = (path: string) => new URL(path, pintu.baseUrl).href
const clientFor = (token: string | null) => createClient({ baseUrl: pintu.baseUrl, getAccessToken: () => token })
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor()

async function fresh(): Promise<Page> {
  const page = await newMobilePage(browser)
  pages.push(page)
  return page
}

async function expectPhoneFriendly(page: Page) {
  expect(await hasNoHorizontalScroll(page), `${page.url()} scrolls sideways at 360 px`).toBe(true)
  await expectNoSeriousAxeViolations(page)
}

beforeAll(async () => {
  pintu = await startPintu()
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  for (const page of pages)
    await page
      .context()
      .close()
      .catch(() => undefined)
  await browser?.close()
  await pintu?.stop()
}, TIMEOUT)

describe('the closure notice', () => {
  it(
    'is short, links to the full notice, and can be hidden for this visit',
    async () => {
      const { accessToken } = await clientFor(null).call(authRoutes.login, { body: pintu.accounts.supervisor })
      const reason = 'Kantor disegel sementara untuk pemeriksaan oleh aparat penegak hukum.'
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date())
      await clientFor(accessToken).call(continuityRoutes.declareClosure, {
        body: { reason, legalBasis: 'Keputusan Wali Kota Bandung Nomor 100/Kep.1-Huk/2026', startsOn: today },
      })

      const page = await fresh()
      await page.goto(url('/'))
      const notice = page.getByRole('region', { name: 'Kantor DPMPTSP sedang tutup' })
      await notice.waitFor()
      const said = ((await notice.textContent()) ?? '').replace(/\s+/g, ' ')
      expect(said).toMatch(/Tutup sejak \d{1,2} \w+ \d{4}\./)
      expect(said).toContain('Layanan daring tetap berjalan')
      expect(said).not.toContain(reason)
      expect(said.length).toBeLessThan(220)
      await expectPhoneFriendly(page)

      await notice.getByRole('link', { name: 'Baca selengkapnya' }).click()
      await h1(page, 'Kantor DPMPTSP sedang tutup')
      const details = (await page.getByRole('main').textContent()) ?? ''
      expect(details).toContain(reason)
      expect(details).toContain('Keputusan Wali Kota Bandung Nomor 100/Kep.1-Huk/2026')
      expect(details).toContain('permohonan tetap diterima')
      expect(details).toContain('Hari tutup tidak dihitung dalam waktu layanan')
      await expectPhoneFriendly(page)

      await page.goto(url('/'))
      await notice.waitFor()
      await notice.getByRole('button', { name: 'Sembunyikan pemberitahuan' }).click()
      expect(await notice.count()).toBe(0)
      await page.reload()
      await h1(page, 'Perizinan sepenuhnya daring')
      await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Layanan' }).click()
      await h1(page, 'Katalog layanan')
      expect(await notice.count()).toBe(0)
      // Another visit (a new tab, its own session storage) is told again.
      const other = await fresh()
      await other.goto(url('/'))
      await other.getByRole('region', { name: 'Kantor DPMPTSP sedang tutup' }).waitFor()
    },
    TIMEOUT,
  )
})
