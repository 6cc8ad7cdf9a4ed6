import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectNoSeriousAxeViolations,
  hasNoHorizontalScroll,
  newDesktopPage,
  newMobilePage,
} from '../support/browser.ts'
import type { RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'

// The officer SPA, built and served by the real API on a fresh database, driven in Chromium.
// The catalogue scenario runs in order: admin 1 drafts, admin 1 is refused publication (dual
// control), admin 2 publishes, and the public API then serves the new version.

type Pintu = RunningPintu
type AccountName = keyof Pintu['accounts']

let pintu: Pintu
let browser: Browser
const openPages: Page[] = []

beforeAll(async () => ({ pintu, browser } = await openStory()), 120_000)
afterAll(() => closeStory({ pintu, browser }))

const officerUrl = (path = '') => `${pintu.baseUrl}/officer/${path}`

async function freshPage(size: 'desktop' | 'mobile' = 'desktop'): Promise<Page> {
  const page = size === 'desktop' ? await newDesktopPage(browser) : await newMobilePage(browser)
  openPages.push(page)
  return page
}

async function logIn(page: Page, who: AccountName) {
  const { email, password } = pintu.accounts[who]
  if (!page.url().includes('/officer/login')) await page.goto(officerUrl('login'))
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Kata sandi').fill(password)
  await page.getByRole('button', { name: 'Masuk' }).click()
}

async function logInAndWaitForMenu(page: Page, who: AccountName) {
  await logIn(page, who)
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor()
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' })
/** Whether the tab still holds a refresh token (the only session data the SPA stores). */
const holdsRefreshToken = (page: Page) =>
  page.evaluate(() => sessionStorage.getItem('pintu.officer.refreshToken') !== null)

describe('officer SPA: access', () => {
  it('the login page has no serious or critical accessibility violations', async () => {
    const page = await freshPage()
    await page.goto(officerUrl('login'))
    await page.getByRole('heading', { level: 1, name: 'Masuk petugas' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id')
    await expectNoSeriousAxeViolations(page)
  }, 60_000)

  it('an applicant account is refused by the officer login', async () => {
    const page = await freshPage()
    await logIn(page, 'applicant')
    const refusal = page.getByRole('alert').filter({ hasText: 'Portal ini khusus untuk petugas' })
    await refusal.waitFor()
    expect(page.url()).toContain('/officer/login')
    await expect(mainNav(page).count()).resolves.toBe(0)
    // The refused session is not kept in the tab.
    expect(await holdsRefreshToken(page)).toBe(false)
  }, 60_000)

  it('an admin sees the catalogue administration and the officers in the navigation', async () => {
    const page = await freshPage()
    await logInAndWaitForMenu(page, 'admin')
    await mainNav(page).getByRole('link', { name: 'Katalog layanan' }).waitFor()
    await mainNav(page).getByRole('link', { name: 'Petugas' }).waitFor()
    await mainNav(page).getByRole('link', { name: 'Katalog layanan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Katalog layanan' }).waitFor()
    await page.getByRole('table').getByRole('link').first().waitFor()
    await expectNoSeriousAxeViolations(page)
  }, 60_000)

  it('a front-desk officer does not see the catalogue and gets "no access" on its URL', async () => {
    const page = await freshPage()
    await logInAndWaitForMenu(page, 'frontdesk')
    await mainNav(page).getByRole('link', { name: 'Antrean saya' }).waitFor()
    await expect(
      mainNav(page)
        .getByRole('link', { name: /Katalog/ })
        .count(),
    ).resolves.toBe(0)
    await page.goto(officerUrl('catalogue'))
    await page.getByRole('heading', { level: 1, name: 'Tidak ada akses' }).waitFor()
    await expect(page.getByRole('table').count()).resolves.toBe(0)
  }, 60_000)

  it('a supervisor reads the catalogue without edit buttons, on a 360 px screen without sideways scrolling', async () => {
    const page = await freshPage('mobile')
    await logInAndWaitForMenu(page, 'supervisor')
    await mainNav(page).getByRole('link', { name: 'Katalog (baca saja)' }).click()
    await page.getByRole('table').getByRole('link').first().click()
    await page.getByRole('heading', { level: 2, name: 'Versi' }).waitFor()
    await page.getByRole('table').getByRole('link').first().waitFor()
    await expect(page.getByRole('button', { name: 'Buat draf' }).count()).resolves.toBe(0)
    await expect(hasNoHorizontalScroll(page)).resolves.toBe(true)
    await expectNoSeriousAxeViolations(page)
  }, 60_000)
})

describe('officer SPA: a catalogue change needs two admins', () => {
  const newDescription = `Permit to put up a billboard in Kota Bandung (revised ${Date.now()}).`
  let before: { version: number; slaDays: number; adminVerificationDays: number }
  let draftVersion: number
  let reviewUrl: string
  let admin1: Page

  beforeAll(async () => {
    const response = await fetch(`${pintu.baseUrl}/api/v1/services/REKLAME`)
    expect(response.status).toBe(200)
    const detail = (await response.json()) as {
      version: number
      definition: { slaDays: number; stages: { key: string; budgetDays: number }[] }
    }
    const stage = detail.definition.stages.find((s) => s.key === 'admin_verification')!
    before = { version: detail.version, slaDays: detail.definition.slaDays, adminVerificationDays: stage.budgetDays }
  }, 60_000)

  it('admin 1 drafts the billboard permit with a longer stage budget and a new English description', async () => {
    admin1 = await freshPage()
    await logInAndWaitForMenu(admin1, 'admin')
    await mainNav(admin1).getByRole('link', { name: 'Katalog layanan' }).click()
    await admin1.getByLabel('Cari kode atau nama layanan').fill('REKLAME')
    await admin1.getByRole('button', { name: 'Cari' }).click()
    await admin1
      .getByRole('row')
      .filter({ has: admin1.getByRole('cell', { name: 'REKLAME', exact: true }) })
      .getByRole('link')
      .click()
    await admin1.getByRole('heading', { level: 1, name: /REKLAME/ }).waitFor()

    await admin1.getByRole('button', { name: 'Buat draf' }).click()
    await admin1.getByRole('heading', { level: 1, name: /^Ubah draf REKLAME v\d+$/ }).waitFor()
    draftVersion = Number(/v(\d+)$/.exec((await admin1.getByRole('heading', { level: 1 }).textContent())!.trim())![1])
    expect(draftVersion).toBe(before.version + 1)

    const budget = admin1.getByLabel('Verifikasi administrasi', { exact: true })
    expect(await budget.inputValue()).toBe(String(before.adminVerificationDays))
    await budget.fill(String(before.adminVerificationDays + 1))
    // The SLA follows the stage budgets by itself.
    await admin1.getByText(`Total: ${before.slaDays + 1} hari kerja (SLA)`).waitFor()
    await admin1.getByLabel('Deskripsi (English)').fill(newDescription)

    await expectNoSeriousAxeViolations(admin1)
    await admin1.getByRole('button', { name: 'Simpan', exact: true }).click()
    await admin1.getByRole('status').filter({ hasText: 'Draf tersimpan' }).waitFor()

    // The reviewer sees which parts changed against the version in force.
    const changes = admin1.getByRole('region', { name: /Perubahan terhadap versi terbit/ }).getByRole('listitem')
    await expect(changes.allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Deskripsi', 'Tahapan', 'SLA (hari kerja)']),
    )
  }, 60_000)

  it('admin 1 cannot publish a draft they edited: a different admin must (dual control)', async () => {
    await admin1.getByRole('link', { name: 'Ke tinjauan & penerbitan' }).click()
    await admin1.getByRole('heading', { level: 1, name: `Tinjau & terbitkan REKLAME v${draftVersion}` }).waitFor()
    reviewUrl = admin1.url()
    await admin1.getByRole('button', { name: 'Terbitkan' }).click()
    await admin1.getByRole('alert').filter({ hasText: 'harus diterbitkan oleh Administrator lain' }).waitFor()

    const published = (await (await fetch(`${pintu.baseUrl}/api/v1/services/REKLAME`)).json()) as { version: number }
    expect(published.version).toBe(before.version)
  }, 60_000)

  it('logging out ends the session of the tab', async () => {
    await admin1.getByRole('button', { name: 'Keluar' }).click()
    await admin1.getByRole('heading', { level: 1, name: 'Masuk petugas' }).waitFor()
    expect(await holdsRefreshToken(admin1)).toBe(false)
    await admin1.goto(reviewUrl)
    await admin1.getByRole('heading', { level: 1, name: 'Masuk petugas' }).waitFor()
  }, 60_000)

  it('admin 2 publishes the draft; the new version is in force and the old one gets an end date', async () => {
    const admin2 = await freshPage()
    // A direct link leads through the login and back to the page asked for.
    await admin2.goto(officerUrl('catalogue/services/REKLAME'))
    await admin2.getByRole('heading', { level: 1, name: 'Masuk petugas' }).waitFor()
    await logIn(admin2, 'admin2')
    await admin2.getByRole('heading', { level: 1, name: /REKLAME/ }).waitFor()
    await admin2.getByRole('link', { name: 'Tinjau & terbitkan', exact: true }).click()
    await admin2.getByRole('heading', { level: 1, name: `Tinjau & terbitkan REKLAME v${draftVersion}` }).waitFor()
    await admin2.getByRole('button', { name: 'Terbitkan' }).click()
    await admin2
      .getByRole('status')
      .filter({ hasText: `Versi v${draftVersion} telah diterbitkan` })
      .waitFor()

    const versionRow = (n: number) =>
      admin2.getByRole('row').filter({ has: admin2.getByRole('rowheader', { name: `v${n}`, exact: true }) })
    const newRow = versionRow(draftVersion)
    await expect(newRow.getByRole('cell').first().textContent()).resolves.toMatch(/Terbit.*Berlaku/)
    const oldRow = versionRow(before.version)
    await expect(oldRow.getByRole('cell').first().textContent()).resolves.not.toMatch(/Berlaku/)
    // Cells: status, valid from, valid to.
    await expect(oldRow.getByRole('cell').nth(2).textContent()).resolves.toMatch(/\d/)
    await expect(newRow.getByRole('cell').nth(2).textContent()).resolves.toBe('—')
  }, 60_000)

  it('the public API then serves the new SLA and English description', async () => {
    const response = await fetch(`${pintu.baseUrl}/api/v1/services/REKLAME`)
    expect(response.status).toBe(200)
    const detail = (await response.json()) as {
      version: number
      definition: { slaDays: number; description: { en: string } }
    }
    expect(detail.version).toBe(draftVersion)
    expect(detail.definition.slaDays).toBe(before.slaDays + 1)
    expect(detail.definition.description.en).toBe(newDescription)
  }, 60_000)
})
