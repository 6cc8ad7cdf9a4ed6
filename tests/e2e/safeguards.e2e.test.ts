// Safeguards both SPAs show, in headless Chromium against the real API on a fresh database: the
// simulator banner on every page of a demo installation, the calendar warning for admins, a role
// under a two-person rule that one admin asks for and a second admin approves, and (last, as it
// declares a closure) due dates past the published holiday calendar marked provisional.
import {
  authRoutes,
  calendarRoutes,
  continuityRoutes,
  officerRoutes,
  systemRoutes,
  type Officer,
} from '@pintu/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn, submitApplication as submitOverApi, type Credentials } from '../support/applicant-api.ts'
import {
  expectNoSeriousAxeViolations,
  expectPhoneFriendly,
  h1,
  newDesktopPage,
  newMobilePage,
} from '../support/browser.ts'
import { mainNav, officerLogIn as logInAt, officerUrl as officerUrlAt } from '../support/officer-spa.ts'
import type { AccountKey, RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'

const TIMEOUT = 90_000
let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []

beforeAll(async () => {
  ;({ pintu, browser } = await openStory())
}, 120_000)

afterAll(async () => {
  await closeStory({ pintu, browser, pages })
}, TIMEOUT)

// ---------------------------------------------------------------- helpers

const clientFor = (token: string | null) => apiClient(pintu.baseUrl, token)
async function apiLogin(who: AccountKey) {
  return clientFor((await clientFor(null).call(authRoutes.login, { body: pintu.accounts[who] })).accessToken)
}
/** The officer of that name, as the API lists it to an admin. */
async function officerNamed(name: string): Promise<Officer | undefined> {
  return (await (await apiLogin('admin')).call(officerRoutes.list, {})).items.find((o) => o.fullName === name)
}
const url = (path: string) => new URL(path, pintu.baseUrl).href
const officerUrl = (path = '') => officerUrlAt(pintu.baseUrl, path)
const banner = (page: Page) => page.getByRole('region', { name: 'SIMULASI', exact: true })

async function fresh(size: 'mobile' | 'desktop'): Promise<Page> {
  const page = size === 'mobile' ? await newMobilePage(browser) : await newDesktopPage(browser)
  pages.push(page)
  return page
}

async function officerLogIn(page: Page, who: AccountKey | Credentials) {
  await logInAt(page, pintu.baseUrl, typeof who === 'string' ? pintu.accounts[who] : who)
}

/** The demo applicant files and submits an ITPMB application through the API; returns its receipt. */
async function submitApplication() {
  const token = await logIn(pintu.baseUrl, pintu.accounts.applicant)
  return (await submitOverApi(pintu.baseUrl, token, 'ITPMB')).receipt
}

// ---------------------------------------------------------------- the simulator banner

describe('a demo installation says on every page that bank payments are simulated', () => {
  it('the API says the bank simulator is on here', async () => {
    expect((await clientFor(null).call(systemRoutes.site, {})).simulators).toContain('bank')
  })

  it(
    'on citizen pages at 360 px, without a way to dismiss it',
    async () => {
      const page = await fresh('mobile')
      await page.goto(url('/'))
      await h1(page, 'Perizinan sepenuhnya daring')
      await banner(page).waitFor()
      const said = 'SIMULASI — pembayaran bank pada instalasi ini disimulasikan; tidak ada uang sungguhan.'
      expect(await banner(page).textContent()).toBe(said)
      expect(await banner(page).getByRole('button').count()).toBe(0)
      await expectPhoneFriendly(page)
      // Another page, reached by the menu: still there.
      await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Lacak' }).click()
      await h1(page, 'Lacak permohonan')
      await banner(page).waitFor()
    },
    TIMEOUT,
  )

  it(
    'on the officer login page and on the pages after it',
    async () => {
      const page = await fresh('desktop')
      await page.goto(officerUrl('login'))
      await h1(page, 'Masuk petugas')
      await banner(page).waitFor()
      expect(await banner(page).textContent()).toContain('tidak ada uang sungguhan')
      await expectNoSeriousAxeViolations(page)
      await officerLogIn(page, 'treasurer')
      await h1(page, 'Pembayaran')
      await banner(page).waitFor()
    },
    TIMEOUT,
  )
})

// ---------------------------------------------------------------- the calendar warning

describe('the holiday calendar running out', () => {
  it(
    'an admin sees how far the calendar reaches and what to do, on a 360 px screen too',
    async () => {
      const status = await clientFor(null).call(calendarRoutes.status, {})
      // 2027 has no published SKB yet, and today is within 90 days of the end of 2026.
      expect(status.warning).toBe(true)
      const page = await fresh('mobile')
      await officerLogIn(page, 'admin')
      await mainNav(page).getByRole('link', { name: 'Kalender libur' }).click()
      await h1(page, 'Kalender libur')
      const warning = page.getByRole('region', { name: 'Kalender libur resmi hampir habis' })
      await warning.waitFor()
      const next = status.publishedThrough! + 1
      expect(await warning.textContent()).toContain('Kalender resmi hanya sampai')
      const todo = `SKB tiga menteri tentang libur nasional dan cuti bersama tahun ${next}`
      expect(await warning.textContent()).toContain(todo)
      const publish = page.getByRole('region', { name: 'Tandai kalender satu tahun lengkap' })
      await publish.getByRole('button', { name: 'Tandai lengkap' }).waitFor()
      await expectPhoneFriendly(page)

      // The due-date calculator marks a due date in the unpublished year as provisional.
      const from = `${status.publishedThrough}-12-15`
      const due = await clientFor(null).call(calendarRoutes.dueDate, { query: { from, days: 30 } })
      expect(due.provisional).toBe(true)
      await page.getByLabel('Tanggal mulai').fill(from)
      await page.getByLabel('Jumlah hari kerja').fill('30')
      await page.getByRole('button', { name: 'Hitung' }).click()
      const note = `(perkiraan — kalender libur ${due.dueDate.slice(0, 4)} belum ditetapkan)`
      await page.getByRole('status').filter({ hasText: note }).waitFor()
    },
    TIMEOUT,
  )

  it(
    'other officers read how far it reaches, without the warning',
    async () => {
      const page = await fresh('desktop')
      await officerLogIn(page, 'frontdesk')
      await mainNav(page).getByRole('link', { name: 'Kalender libur (baca saja)' }).click()
      await h1(page, 'Kalender libur')
      await page.getByText('Tenggat sesudahnya hanya perkiraan.').waitFor()
      expect(await page.getByRole('region', { name: 'Kalender libur resmi hampir habis' }).count()).toBe(0)
    },
    TIMEOUT,
  )
})

// ---------------------------------------------------------------- a role under a two-person rule

describe('a treasurer role needs a second admin', () => {
  const stamp = Date.now()
  const name = `Bendahara Baru ${stamp}`
  const row = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })

  it(
    'one admin creates an officer with the treasurer role; the role shows as awaiting a second admin',
    async () => {
      const page = await fresh('desktop')
      await officerLogIn(page, 'admin')
      await mainNav(page).getByRole('link', { name: 'Petugas', exact: true }).click()
      await h1(page, 'Petugas')
      await page.getByRole('link', { name: 'Tambah petugas' }).click()
      await h1(page, 'Tambah petugas')
      const rule = 'Peran Administrator, Bendahara, Penandatangan dan Pengawas/Pimpinan tidak langsung berlaku'
      await page.getByText(rule, { exact: false }).waitFor()
      await page.getByLabel('Nama lengkap dan gelar').fill(name)
      await page.getByLabel('Email').fill(`bendahara.${stamp}@bandung.go.id`)
      await page.getByLabel('NIP').fill(String(stamp).padStart(18, '7').slice(0, 18))
      await page.getByRole('checkbox', { name: /^Bendahara/ }).check()
      await expectNoSeriousAxeViolations(page)
      await page.getByRole('button', { name: 'Buat akun' }).click()
      await page.getByRole('heading', { level: 2, name: `Akun ${name} telah dibuat` }).waitFor()
      const pending = 'Menunggu persetujuan admin kedua: Bendahara. Peran ini belum berlaku sampai disetujui.'
      await page.getByText(pending, { exact: true }).waitFor()

      await page.getByRole('link', { name: 'Kembali ke daftar petugas' }).click()
      await h1(page, 'Petugas')
      const roles = ((await row(page).textContent()) ?? '').replace(/\s+/g, ' ')
      expect(roles).toContain('Menunggu persetujuan admin kedua Bendahara')
      expect(roles).toContain('Aktif')
      await expectNoSeriousAxeViolations(page)

      // The admin who asked is not offered the approval.
      await page.getByRole('link', { name: 'Permintaan peran' }).first().click()
      await h1(page, 'Permintaan peran')
      await row(page).getByText('Anda yang meminta: admin lain harus menyetujuinya.').waitFor()
      expect(
        await row(page)
          .getByRole('button', { name: `Setujui peran untuk ${name}` })
          .count(),
      ).toBe(0)

      expect(await officerNamed(name)).toMatchObject({ roles: [], pendingRoles: ['treasurer'], active: true })
    },
    TIMEOUT,
  )

  it(
    'a second admin approves it on a 360 px screen; the role is then in force',
    async () => {
      const page = await fresh('mobile')
      await officerLogIn(page, 'admin2')
      await mainNav(page).getByRole('link', { name: 'Permintaan peran' }).click()
      await h1(page, 'Permintaan peran')
      await row(page).getByText('Menunggu', { exact: true }).waitFor()
      await expectPhoneFriendly(page)
      await row(page)
        .getByRole('button', { name: `Setujui peran untuk ${name}` })
        .click()
      await page
        .getByRole('status')
        .filter({ hasText: `Peran Bendahara untuk ${name} disetujui dan berlaku.` })
        .waitFor()
      expect(await row(page).textContent()).toContain('Disetujui oleh')

      await mainNav(page).getByRole('link', { name: 'Petugas', exact: true }).click()
      await h1(page, 'Petugas')
      const roles = ((await row(page).textContent()) ?? '').replace(/\s+/g, ' ')
      expect(roles).toContain('Bendahara')
      expect(roles).not.toContain('Menunggu persetujuan admin kedua')
      await expectPhoneFriendly(page)

      // The officer's own page, where roles change and the account is deactivated.
      await row(page).getByRole('link', { name }).click()
      await h1(page, name)
      await page.getByRole('region', { name: 'Nonaktifkan akun' }).waitFor()
      await expectPhoneFriendly(page)
      expect(await officerNamed(name)).toMatchObject({ roles: ['treasurer'], pendingRoles: [] })
    },
    TIMEOUT,
  )
})

// ---------------------------------------------------------------- provisional due dates

describe('due dates past the published holiday calendar', () => {
  let receipt: Awaited<ReturnType<typeof submitApplication>>

  beforeAll(async () => {
    // The office closes for the rest of the year (closed days do not count), so a file submitted now
    // is due in the next year, whose official calendar (the SKB) is not published yet.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date())
    const closure = { reason: 'Kantor ditutup untuk pemindahan arsip.', legalBasis: 'Keputusan Wali Kota 100/2026' }
    await (
      await apiLogin('supervisor')
    ).call(continuityRoutes.declareClosure, {
      body: { ...closure, startsOn: today, endsOn: `${today.slice(0, 4)}-12-31` },
    })
    receipt = await submitApplication()
  }, TIMEOUT)

  it(
    'public tracking marks the expected completion and the stage due date provisional, naming the year',
    async () => {
      expect(receipt.expectedCompletionProvisional).toBe(true)
      const page = await fresh('mobile')
      await page.goto(url('/lacak'))
      await page.getByLabel('Nomor registrasi').fill(receipt.registrationNo)
      await page.getByLabel('Kode lacak').fill(receipt.trackingCode)
      await page.getByRole('button', { name: 'Lacak', exact: true }).click()
      await h1(page, 'Status permohonan')
      const note = `(perkiraan — kalender libur ${receipt.expectedCompletionDate.slice(0, 4)} belum ditetapkan)`
      const expected = page.getByRole('definition').filter({ hasText: note })
      expect(await expected.count()).toBe(1)
      const stages = page.getByRole('region', { name: 'Tahapan dan batas waktu' })
      const due = /Batas waktu tahap ini: \d{1,2} \w+ \d{4} \(perkiraan — kalender libur \d{4} belum ditetapkan\)/
      expect(((await stages.textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(due)
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )

  it(
    'the front desk sees the stage due date marked provisional in the queue and on the file',
    async () => {
      const page = await fresh('desktop')
      await officerLogIn(page, 'frontdesk')
      await h1(page, 'Antrean saya')
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: receipt.registrationNo }) })
      // The mark joins when the calendar status arrives: wait for it, then read the words.
      await row.getByText('perkiraan', { exact: true }).waitFor()
      const provisional = /\(perkiraan — kalender libur \d{4} belum ditetapkan\)/
      expect(((await row.textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(provisional)
      await expectNoSeriousAxeViolations(page)
      await row.getByRole('link', { name: receipt.registrationNo }).click()
      await h1(page, `Berkas ${receipt.registrationNo}`)
      const timeline = page.getByRole('region', { name: 'Tahapan dan waktu layanan' })
      await timeline.getByText('perkiraan', { exact: true }).first().waitFor()
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )
})
