// The citizen SPA in headless Chromium against the real API, on a phone-sized screen (360 × 740,
// portrait) — the 2017 portal demanded landscape; SPEC §11 requires every citizen page to work here.
// Pages are driven the way people use them: by role, accessible name and label.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoSeriousAxeViolations, newMobilePage } from '../support/browser.ts'
import type { RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'

const TIMEOUT = 60_000
const PHONE_WIDTH = 360

let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []

/** A fresh page (own storage, so no session leaks between tests) at a path of the citizen SPA. */
async function open(path: string): Promise<Page> {
  const page = await newMobilePage(browser)
  pages.push(page)
  await page.goto(new URL(path, pintu.baseUrl).href)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  return page
}

async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)
  expect(width, `page ${page.url()} is ${width}px wide`).toBeLessThanOrEqual(PHONE_WIDTH)
}

async function heading1(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '').trim()
}

/** A valid NIK of someone registered in Kota Bandung (32 73 01), random serial so runs never collide. */
function validNik(birth: { day: number; month: number; year: number }, female: boolean): string {
  const two = (n: number) => String(n).padStart(2, '0')
  const serial = String(1 + Math.floor(Math.random() * 9998)).padStart(4, '0')
  return `327301${two(female ? birth.day + 40 : birth.day)}${two(birth.month)}${two(birth.year % 100)}${serial}`
}
const uniqueEmail = (who: string) => `${who}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@contoh.id`
// 31 February 1990, male: the NIK's shape is right but the date in it does not exist.
const NIK_WITH_IMPOSSIBLE_BIRTH_DATE = '3273013102900001'
const GOOD_PASSWORD = 'Gedung-Sate-1920!'

async function errorSummaryText(page: Page): Promise<string> {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') })
  await summary.waitFor()
  return (await summary.textContent()) ?? ''
}

/** The error a screen reader reads with a field: the texts its aria-describedby points at. */
async function descriptionOf(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? ''
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  )
  return texts.join(' ')
}

describe('citizen SPA on a 360 px phone', () => {
  beforeAll(async () => {
    ;({ pintu, browser } = await openStory())
  }, 180_000)

  afterAll(async () => {
    await closeStory({ pintu, browser, pages })
  }, TIMEOUT)

  it(
    'a citizen finds the billboard permit by searching "reklame" and reads its published service standard',
    async () => {
      const page = await open('/')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('id')
      await expectNoHorizontalScroll(page)

      await page.getByRole('searchbox', { name: 'Cari layanan' }).fill('reklame')
      await page.getByRole('button', { name: 'Cari', exact: true }).click()
      await page.waitForURL(/\/layanan\?q=reklame$/)
      const billboard = page.getByRole('link', { name: 'Izin Penyelenggaraan Reklame', exact: true })
      await billboard.waitFor()
      expect(await page.getByRole('status').textContent()).toMatch(/^\s*\d+ layanan\s*$/)

      // Filters live in the address bar too, so the search can be shared and walked back.
      await page.getByLabel('Jenis').selectOption('izin')
      await page.waitForURL(/\/layanan\?q=reklame&kind=izin$/)
      await billboard.waitFor()
      await expectNoHorizontalScroll(page)

      await billboard.click()
      await page.waitForURL(/\/layanan\/REKLAME$/)
      await page.getByRole('heading', { level: 1, name: 'Izin Penyelenggaraan Reklame' }).waitFor()

      const requirements = page.getByRole('region', { name: 'Persyaratan' })
      expect(await requirements.textContent()).toContain('Bukti lunas PBB lahan reklame 3 tahun terakhir')
      expect(await requirements.textContent()).toMatch(/Wajib/)

      const procedure = page.getByRole('region', { name: 'Sistem, mekanisme dan prosedur' })
      // At 360 px the parts of the standard are folded: open this one to read its steps.
      await procedure.getByRole('heading', { name: 'Sistem, mekanisme dan prosedur' }).click()
      const stages = (await procedure.getByRole('listitem').allTextContents()).map((text) =>
        text.replace(/\s+/g, ' ').trim(),
      )
      expect(stages).toContain('Kajian teknis oleh tim teknis 3 hari kerja')
      expect(stages).toContain('Penandatanganan oleh kepala dinas 1 hari kerja')

      expect(await page.getByRole('region', { name: 'Jangka waktu penyelesaian' }).textContent()).toContain(
        '7 hari kerja',
      )
      expect(await page.getByRole('region', { name: 'Biaya/tarif' }).textContent()).toContain('Gratis (Rp 0)')
      expect(await page.getByRole('region', { name: 'Dasar hukum' }).textContent()).toContain(
        'Peraturan Daerah Kota Bandung Nomor 04 Tahun 2012',
      )
      expect(await page.getByRole('region', { name: 'Produk pelayanan' }).textContent()).toContain('12 bulan')
      await expectNoHorizontalScroll(page)
    },
    TIMEOUT,
  )

  it(
    'typing in the catalogue search narrows the list without pressing a button, and the count is shown',
    async () => {
      const page = await open('/layanan')
      const status = page.getByRole('status')
      await page.waitForFunction(() => /\d+ layanan/.test(document.querySelector('[role="status"]')?.textContent ?? ''))
      const all = Number(/(\d+) layanan/.exec((await status.textContent()) ?? '')?.[1])
      expect(all).toBeGreaterThan(20)
      const pagination = page.getByRole('navigation', { name: 'Halaman hasil' })
      await pagination.getByRole('link', { name: /Berikutnya/ }).click()
      await page.waitForURL(/\/layanan\?page=2$/)
      await pagination.getByText(/Halaman 2 dari \d+/).waitFor()
      await pagination.getByRole('link', { name: /Sebelumnya/ }).click()
      await page.waitForURL(/\/layanan$/)

      await page.getByRole('searchbox', { name: 'Cari layanan' }).pressSequentially('reklame', { delay: 30 })
      await page.waitForURL(/\/layanan\?q=reklame$/)
      await page.getByRole('link', { name: 'Izin Penyelenggaraan Reklame', exact: true }).waitFor()
      await page.waitForFunction(
        (before) =>
          Number(/(\d+) layanan/.exec(document.querySelector('[role="status"]')?.textContent ?? '')?.[1]) < before,
        all,
      )

      await page.getByRole('searchbox', { name: 'Cari layanan' }).fill('zzzz tidak ada layanan seperti ini')
      await page.getByText('Tidak ada layanan yang cocok.').waitFor()
      await page.getByRole('button', { name: 'Hapus pencarian dan saringan' }).click()
      await page.waitForURL(/\/layanan$/)
      await expectNoHorizontalScroll(page)
    },
    TIMEOUT,
  )

  it(
    'a citizen registers with NIK after being told exactly what is wrong, logs out and logs in again',
    async () => {
      const page = await open('/daftar')
      const email = uniqueEmail('siti')
      const nik = validNik({ day: 5, month: 8, year: 1990 }, true)

      await page.getByLabel('NIK (Nomor Induk Kependudukan)').fill(NIK_WITH_IMPOSSIBLE_BIRTH_DATE)
      await page.getByLabel('Nama lengkap').fill('Siti Aminah')
      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByLabel('Nomor HP').fill('0812 3456 7890')
      await page.getByLabel('Kata sandi', { exact: true }).fill(GOOD_PASSWORD)
      await page.getByRole('button', { name: 'Daftar', exact: true }).click()

      expect(await errorSummaryText(page)).toMatch(/tanggal lahir/)
      expect(await descriptionOf(page, 'NIK (Nomor Induk Kependudukan)')).toMatch(/tanggal lahir/)
      expect(await page.getByLabel('NIK (Nomor Induk Kependudukan)').getAttribute('aria-invalid')).toBe('true')
      await expectNoHorizontalScroll(page)

      await page.getByLabel('NIK (Nomor Induk Kependudukan)').fill(nik)
      await page.getByLabel('Kata sandi', { exact: true }).fill('password123')
      await page.getByRole('button', { name: 'Daftar', exact: true }).click()
      await page.waitForFunction(() => document.getElementById('register-nik')?.getAttribute('aria-invalid') !== 'true')
      expect(await errorSummaryText(page)).toMatch(/terlalu umum/)
      expect(await descriptionOf(page, 'Kata sandi')).toMatch(/terlalu umum/)

      // The show/hide button is a real button, and lets a phone user check what they typed.
      await page.getByRole('button', { name: 'Tampilkan kata sandi' }).click()
      expect(await page.getByLabel('Kata sandi', { exact: true }).getAttribute('type')).toBe('text')

      await page.getByLabel('Kata sandi', { exact: true }).fill(GOOD_PASSWORD)
      await page.getByRole('button', { name: 'Daftar', exact: true }).click()
      await page.waitForURL(/\/akun$/)
      await page.getByRole('heading', { level: 1, name: 'Akun saya' }).waitFor()
      await page.getByText('Siti Aminah').waitFor()
      const account = (await page.getByRole('main').textContent()) ?? ''
      expect(account).toContain(email)
      expect(account).toContain('+6281234567890')
      expect(account).toContain(nik.slice(-4))
      expect(account).not.toContain(nik) // the NIK is shown masked
      await expectNoHorizontalScroll(page)
      await expectNoSeriousAxeViolations(page)

      await page.getByRole('button', { name: 'Keluar' }).click()
      await page.waitForURL(/\/$/)
      await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Masuk' }).click()
      await page.waitForURL(/\/masuk$/)

      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByLabel('Kata sandi', { exact: true }).fill('bukan kata sandinya')
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      expect(await errorSummaryText(page)).toContain('Email atau kata sandi salah.')

      await page.getByLabel('Kata sandi', { exact: true }).fill(GOOD_PASSWORD)
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      await page.waitForURL(/\/akun$/)
      await page.getByText('Siti Aminah').waitFor()

      // The session survives a reload: the refresh token is remembered, the access token renewed.
      await page.reload()
      await page.getByText('Siti Aminah').waitFor()
      expect(await heading1(page)).toBe('Akun saya')
    },
    TIMEOUT,
  )

  it(
    'the same journey works in English after switching language, and the choice is remembered',
    async () => {
      const page = await open('/')
      await page.getByRole('button', { name: 'English' }).click()
      await page.getByRole('heading', { level: 1, name: 'Permits, fully online' }).waitFor()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
      await page.reload()
      await page.getByRole('button', { name: 'Bahasa Indonesia' }).waitFor()
      expect(await heading1(page)).toBe('Permits, fully online')

      await page.getByRole('searchbox', { name: 'Search services' }).fill('billboard')
      await page.getByRole('button', { name: 'Search', exact: true }).click()
      await page.getByRole('link', { name: 'Billboard and Outdoor Advertising Permit (Izin Reklame)' }).click()
      await page.waitForURL(/\/layanan\/REKLAME$/)
      await page.getByRole('region', { name: 'Requirements' }).waitFor()
      expect(await page.getByRole('region', { name: 'Cost/fee' }).textContent()).toContain('Free (Rp 0)')
      const procedure = page.getByRole('region', { name: 'System, mechanism and procedure' })
      await procedure.getByRole('heading', { name: 'System, mechanism and procedure' }).click() // folded at 360 px
      const stages = (await procedure.getByRole('listitem').allTextContents()).map((text) =>
        text.replace(/\s+/g, ' ').trim(),
      )
      expect(stages).toContain('Technical review by the technical team 3 working days')
      await expectNoHorizontalScroll(page)

      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Register' }).click()
      await page.waitForURL(/\/daftar$/)
      const email = uniqueEmail('budi')
      await page.getByLabel('NIK (national identity number)').fill(NIK_WITH_IMPOSSIBLE_BIRTH_DATE)
      await page.getByLabel('Full name').fill('Budi Santoso')
      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByLabel('Mobile number').fill('+62 813 2000 1234')
      await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD)
      await page.getByRole('button', { name: 'Register', exact: true }).click()
      expect(await errorSummaryText(page)).toMatch(/birth date/)

      await page.getByLabel('NIK (national identity number)').fill(validNik({ day: 12, month: 7, year: 1985 }, false))
      await page.getByRole('button', { name: 'Register', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor()
      await page.getByText('Budi Santoso').waitFor()

      await page.getByRole('button', { name: 'Log out' }).click()
      await page.waitForURL(/\/$/)
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Log in' }).click()
      await page.getByLabel('Email', { exact: true }).fill(email)
      await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD)
      await page.getByRole('button', { name: 'Log in', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor()
      await page.getByText('Budi Santoso').waitFor()
    },
    TIMEOUT,
  )

  it(
    'unknown addresses and unknown service codes get a friendly not-found page',
    async () => {
      const page = await open('/tidak-ada-halaman-ini')
      expect(await heading1(page)).toBe('Halaman tidak ditemukan')
      await page.getByRole('link', { name: 'Ke katalog layanan' }).waitFor()

      await page.goto(new URL('/layanan/TIDAK-ADA', pintu.baseUrl).href)
      await page.getByRole('heading', { level: 1, name: 'Layanan tidak ditemukan' }).waitFor()
      await expectNoHorizontalScroll(page)
    },
    TIMEOUT,
  )

  it(
    'a retired service still shows its last standard, under a clear notice with the reason',
    async () => {
      // Izin Gangguan (HO) was abolished in 2017 (Permendagri 19/2017); its history must stay readable.
      const page = await open('/layanan/HO')
      await page.getByRole('heading', { level: 2, name: 'Layanan ini sudah tidak berlaku' }).waitFor()
      expect(await heading1(page)).toBe('Izin Gangguan (HO)')
      expect(await page.getByText(/Tidak menerima permohonan sejak \d+ \w+ \d{4}\./).count()).toBe(1)
      await page.getByRole('region', { name: 'Persyaratan' }).waitFor()
      // Its levy was computed from the floor area: the standard spells out the formula.
      expect(await page.getByRole('region', { name: 'Biaya/tarif' }).textContent()).toMatch(
        /Rp 1\.000 per .+, paling sedikit Rp 50\.000\./,
      )
    },
    TIMEOUT,
  )

  it(
    'the keyboard reaches a skip link first, and it moves focus to the main content',
    async () => {
      const page = await open('/layanan')
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: 'Langsung ke isi halaman' })
      expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true)
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalogue-search')
    },
    TIMEOUT,
  )

  it.each([
    ['home', '/', null],
    ['catalogue', '/layanan?q=izin', 'status'],
    ['service standard', '/layanan/REKLAME', 'region'],
    ['register', '/daftar', null],
    ['login', '/masuk', null],
    ['not found', '/tidak-ada', null],
  ] as const)(
    'axe-core finds no serious or critical violation on the %s page',
    async (_name, path, waitForRole) => {
      const page = await open(path)
      if (waitForRole === 'status')
        await page.waitForFunction(() => /\d/.test(document.querySelector('[role="status"]')?.textContent ?? ''))
      if (waitForRole === 'region') await page.getByRole('region', { name: 'Persyaratan' }).waitFor()
      await expectNoSeriousAxeViolations(page)
      await expectNoHorizontalScroll(page)
    },
    TIMEOUT,
  )

  it(
    'axe-core finds no serious or critical violation on the register form showing errors',
    async () => {
      const page = await open('/daftar')
      await page.getByRole('button', { name: 'Daftar', exact: true }).click()
      expect(await errorSummaryText(page)).toContain('Nama lengkap wajib diisi.')
      await expectNoSeriousAxeViolations(page)
      await expectNoHorizontalScroll(page)
    },
    TIMEOUT,
  )
})
