// Time, law and money, the citizen's side (SPEC §2 P1, §6, §7, §9), in headless Chromium on a
// 360 px phone in Bahasa Indonesia, against the real API. The scenario: an applicant pays
// through the bank simulator and downloads the signed permit; scanning the QR's link verifies it,
// the holder included, while the number alone shows only validity, service, dates and office.
// Filing and the office's stages go through the API (fast, and covered by other tests); what the
// applicant and the public see is checked in the browser: the SKRD with its virtual account, the
// payment, the PDF, the verification page (valid, then revoked), and a declared closure's notice.
import { readFile } from 'node:fs/promises'
import {
  applicationRoutes,
  authRoutes,
  catalogueRoutes,
  continuityRoutes,
  paymentRoutes,
  permitRoutes,
  type ApplicationAction,
  type ActionApplication,
  type ServiceDefinition,
} from '@pintu/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn, submitApplication } from '../support/applicant-api.ts'
import { expectPhoneFriendly, h1, newMobilePage } from '../support/browser.ts'
import type { AccountKey, RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'

const TIMEOUT = 120_000
const SERVICE = 'ITPMB' // a permit with a fixed fee and a technical stage
const SERVICE_NAME = 'Izin Tempat Penjualan Minuman Beralkohol'

let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []

/** What the story carries from one step to the next. */
const story = { applicationId: '', registrationNo: '', permitNumber: '', holderName: '', verifyPath: '', code: '' }

// ---------------------------------------------------------------- the API, as the SPAs call it

const clientFor = (token: string | null) => apiClient(pintu.baseUrl, token)
async function login(who: AccountKey) {
  return clientFor((await clientFor(null).call(authRoutes.login, { body: pintu.accounts[who] })).accessToken)
}

/** The demo applicant files and submits a new application with every field and mandatory document. */
async function fileApplication(): Promise<ActionApplication> {
  const token = await logIn(pintu.baseUrl, pintu.accounts.applicant)
  return (await submitApplication(pintu.baseUrl, token, SERVICE)).detail
}

/** An officer finds the file in the queue the system put it in, and takes the action. */
async function officerActs(
  who: AccountKey,
  action: ApplicationAction,
  extra: { report?: string } = {},
): Promise<ActionApplication> {
  const officer = await login(who)
  const item = (await officer.call(applicationRoutes.queue, {})).items.find((i) => i.id === story.applicationId)
  expect(item, `the system assigned the file to the ${who}`).toBeTruthy()
  return (
    await officer.call(applicationRoutes.act, {
      params: { id: story.applicationId, action },
      body: { version: item!.version, ...extra },
    })
  ).application
}

/** Today in the office's time zone, as YYYY-MM-DD. */
const jakartaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date())

// ---------------------------------------------------------------- the browser

const url = (path: string) => new URL(path, pintu.baseUrl).href

async function freshPage(): Promise<Page> {
  const page = await newMobilePage(browser)
  pages.push(page)
  return page
}

const text = async (page: Page) => (await page.getByRole('main').textContent()) ?? ''

describe('paying by virtual account, downloading the signed permit and verifying it from its QR link, on a 360 px phone', () => {
  let applicant: Page
  let definition: ServiceDefinition

  beforeAll(async () => {
    ;({ pintu, browser } = await openStory())
    definition = (await clientFor(null).call(catalogueRoutes.get, { params: { code: SERVICE } })).definition
    expect(definition.fee).toMatchObject({ kind: 'fixed' })
    expect(definition.stages.map((s) => s.key)).toContain('technical_review')

    const submitted = await fileApplication()
    story.applicationId = submitted.id
    story.registrationNo = submitted.registrationNo!
    await officerActs('frontdesk', 'accept')
    await officerActs('technical', 'complete_review', {
      report: 'Lokasi sesuai peruntukan; jarak ke sekolah dan tempat ibadah memenuhi ketentuan.',
    })
    const approved = await officerActs('approver', 'approve')
    expect(approved.status).toBe('awaiting_payment')
  }, 180_000)

  afterAll(async () => {
    await closeStory({ pintu, browser, pages })
  }, TIMEOUT)

  it(
    'the applicant sees the SKRD with its virtual account, amount and how to pay without cash, and pays with the bank simulator',
    async () => {
      const invoice = await (
        await login('applicant')
      ).call(paymentRoutes.invoice, { params: { id: story.applicationId } })
      expect(invoice.status).toBe('unpaid')

      applicant = await freshPage()
      await applicant.goto(url('/masuk'))
      await applicant.getByLabel('Email', { exact: true }).fill(pintu.accounts.applicant.email)
      await applicant.getByLabel('Kata sandi', { exact: true }).fill(pintu.accounts.applicant.password)
      await applicant.getByRole('button', { name: 'Masuk', exact: true }).click()
      await applicant.waitForURL((u) => !u.pathname.startsWith('/masuk'))
      await applicant.goto(url('/permohonan'))
      await h1(applicant, 'Permohonan saya')
      await applicant
        .getByRole('listitem')
        .filter({ hasText: story.registrationNo })
        .getByRole('link', { name: SERVICE_NAME })
        .click()
      await h1(applicant, SERVICE_NAME)

      const panel = applicant.getByRole('region', { name: 'Bayar retribusi' })
      await panel.getByText(invoice.number, { exact: true }).waitFor()
      const shown = (await panel.textContent()) ?? ''
      expect(shown).toContain(invoice.virtualAccount.match(/.{4}/g)!.join(' ')) // grouped for reading
      expect(shown).toContain('Rp 5.000.000')
      expect(shown).toContain('Belum dibayar')
      expect(shown).toMatch(/ATM.*Mobile banking.*Teller bank/s)
      expect(shown).toContain('Petugas tidak menerima uang')
      await panel.getByRole('button', { name: 'Salin nomor virtual account' }).waitFor()
      // The SKRD itself, as a PDF to keep or print.
      const skrd = applicant.waitForEvent('download')
      await panel.getByRole('button', { name: 'Unduh SKRD (PDF)' }).click()
      expect((await skrd).suggestedFilename()).toMatch(/^skrd-SKRD-\d{4}-\d{6}\.pdf$/)
      // The stage clocks and the expected completion date are on the same page.
      expect(await text(applicant)).toMatch(/Perkiraan selesai\s*\d{1,2} \w+ \d{4}/)
      expect(await applicant.getByRole('region', { name: 'Tahapan dan batas waktu' }).textContent()).toContain(
        'dari 3 hari kerja terpakai',
      )

      // The installation runs the bank simulator: every page says so, and the button names the simulated bank.
      const banner = applicant.getByRole('region', { name: 'SIMULASI', exact: true })
      const simulated = 'pembayaran bank pada instalasi ini disimulasikan; tidak ada uang sungguhan.'
      expect(await banner.textContent()).toContain(simulated)
      const simulator = panel.getByRole('region', { name: 'Bank simulasi' })
      await simulator.getByRole('button', { name: 'Bayar dengan bank simulasi' }).waitFor()
      await expectPhoneFriendly(applicant)

      // Keyboard: the simulator button is reachable and pressed with Enter.
      await simulator.getByRole('button', { name: 'Bayar dengan bank simulasi' }).focus()
      await applicant.keyboard.press('Enter')
      await applicant
        .getByRole('region', { name: 'Retribusi sudah dibayar' })
        .getByText('Lunas', { exact: true })
        .waitFor()
      const status = applicant.getByRole('definition').filter({ hasText: 'Penandatanganan' })
      await status.first().waitFor()
      expect(await applicant.getByRole('region', { name: 'Retribusi sudah dibayar' }).textContent()).toMatch(
        /Referensi bank\s*SIM-/,
      )
      expect(await applicant.getByRole('region', { name: 'Riwayat' }).textContent()).toContain('Retribusi dibayar')
      // Once paid, the receipt is a PDF too.
      const receipt = applicant.waitForEvent('download')
      await applicant
        .getByRole('region', { name: 'Retribusi sudah dibayar' })
        .getByRole('button', { name: 'Unduh tanda bukti pembayaran (PDF)' })
        .click()
      const file = await receipt
      expect(file.suggestedFilename()).toMatch(/^bukti-bayar-SKRD-\d{4}-\d{6}\.pdf$/)
      const bytes = await (await import('node:fs/promises')).readFile((await file.path())!)
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
      // Signing now runs on the clock: days left and its due date.
      const signing = applicant
        .getByRole('listitem')
        .filter({ has: applicant.getByRole('heading', { name: 'Penandatanganan' }) })
      expect(await signing.textContent()).toMatch(/Sisa waktu: 1 hari kerja.*Batas waktu tahap ini: \d{1,2} \w+ \d{4}/s)
      const after = await (
        await login('applicant')
      ).call(applicationRoutes.get, { params: { id: story.applicationId } })
      expect(after.status).toBe('signing')
      await expectPhoneFriendly(applicant)
    },
    TIMEOUT,
  )

  it(
    'once the signer signs, the applicant downloads the signed permit as a PDF',
    async () => {
      expect((await officerActs('signer', 'sign')).status).toBe('issued')
      const permit = await (
        await login('applicant')
      ).call(permitRoutes.ofApplication, { params: { id: story.applicationId } })
      expect(permit.status).toBe('valid')
      story.permitNumber = permit.permit!.number
      story.holderName = permit.permit!.holderName
      // The QR code encodes verifyUrl; its origin is the configured public URL, so it is opened on this server.
      const qr = new URL(permit.verifyUrl!)
      expect(qr.pathname).toBe('/verifikasi')
      expect(qr.searchParams.get('nomor')).toBe(story.permitNumber)
      // The code printed on the permit rides in the QR link: it shows the holder's details.
      story.code = qr.searchParams.get('kode') ?? ''
      expect(story.code).toMatch(/^[A-Z0-9]{6,32}$/)
      story.verifyPath = qr.pathname + qr.search

      await applicant.reload()
      await h1(applicant, SERVICE_NAME)
      const panel = applicant.getByRole('region', { name: 'Izin Anda sudah terbit' })
      await panel.getByText(story.permitNumber, { exact: true }).waitFor()
      expect(await panel.textContent()).toContain('Izin ini sah')
      await expectPhoneFriendly(applicant)

      const [download] = await Promise.all([
        applicant.waitForEvent('download'),
        panel.getByRole('button', { name: 'Unduh izin (PDF)' }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^izin-.+\.pdf$/)
      const bytes = await readFile((await download.path())!)
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

      // The verification link on the page leads to the same public page as the QR code.
      const link = new URL(
        (await panel.getByRole('link', { name: 'Periksa keabsahan izin ini' }).getAttribute('href'))!,
        pintu.baseUrl,
      )
      expect(link.pathname).toBe('/verifikasi')
      expect(link.searchParams.get('nomor')).toBe(story.permitNumber)
      expect(link.searchParams.get('kode')).toBe(story.code)
    },
    TIMEOUT,
  )

  it(
    "the QR code's link, opened by someone not logged in, says the permit is valid and shows what is printed on it",
    async () => {
      const page = await freshPage()
      await page.goto(url(story.verifyPath))
      await h1(page, 'Verifikasi izin')
      const verdict = page.getByRole('region', { name: 'Izin ini sah' })
      await verdict.waitFor()
      expect(await verdict.textContent()).toContain(story.permitNumber)
      const printed = page.getByRole('region', { name: 'Data yang tercetak pada izin' })
      expect(await printed.textContent()).toContain(story.holderName)
      expect(await printed.textContent()).toContain(SERVICE_NAME)
      expect(await page.getByRole('link', { name: 'Masuk' }).count()).toBeGreaterThan(0) // nobody is logged in here
      expect(await page.getByRole('region', { name: 'Data pemegang izin' }).count()).toBe(0)
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )

  it(
    'by number alone, verification shows validity, service, dates and office, not the holder',
    async () => {
      const page = await freshPage()
      await page.goto(url(`/verifikasi?nomor=${encodeURIComponent(story.permitNumber)}`))
      await page.getByRole('region', { name: 'Izin ini sah' }).waitFor()
      const facts = page.getByRole('region', { name: 'Keterangan izin' })
      expect(await facts.textContent()).toContain(SERVICE_NAME)
      expect(await facts.textContent()).toMatch(/Tanggal terbit\s*\d{1,2} \w+ \d{4}/)
      expect(await facts.textContent()).toContain('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu')
      const note = page.getByRole('region', { name: 'Data pemegang izin' })
      expect(await note.textContent()).toContain('kode verifikasi yang tercetak pada izin')
      expect(await text(page)).not.toContain(story.holderName)
      expect(await page.getByRole('region', { name: 'Data yang tercetak pada izin' }).count()).toBe(0)
      await expectPhoneFriendly(page)

      // A wrong code says so and still shows no holder.
      await page.getByLabel('Kode verifikasi (opsional)').fill('ZZZZ99999Z')
      await page.getByRole('button', { name: 'Periksa', exact: true }).click()
      await page.getByRole('region', { name: 'Kode verifikasi tidak cocok' }).waitFor()
      expect(await text(page)).not.toContain(story.holderName)
      await expectPhoneFriendly(page)

      // The code as printed, typed in small letters with a space, shows everything printed.
      const typed = `${story.code.slice(0, 5)} ${story.code.slice(5)}`.toLowerCase()
      await page.getByLabel('Kode verifikasi (opsional)').fill(typed)
      await page.keyboard.press('Enter')
      const printed = page.getByRole('region', { name: 'Data yang tercetak pada izin' })
      await printed.waitFor()
      expect(await printed.textContent()).toContain(story.holderName)
      expect(new URL(page.url()).searchParams.get('kode')).toBe(story.code)
    },
    TIMEOUT,
  )

  it(
    'after the signer revokes the permit, verification says so, with the date and the reason, by QR link or by typed number',
    async () => {
      const reason = 'Tempat usaha ternyata berada dalam radius terlarang dari sekolah.'
      const revoked = await (
        await login('signer')
      ).call(permitRoutes.revoke, { params: { number: story.permitNumber }, body: { reason } })
      expect(revoked.status).toBe('revoked')

      const page = await freshPage()
      await page.goto(url(story.verifyPath))
      const verdict = page.getByRole('region', { name: 'Izin ini sudah dicabut' })
      await verdict.waitFor()
      expect(await verdict.textContent()).toContain(reason)
      expect(await verdict.textContent()).toMatch(/Dicabut pada \d{1,2} \w+ \d{4}/)
      await expectPhoneFriendly(page)

      // From the home page, typing the number (with the spaces people type) gives the same answer.
      await page.goto(url('/'))
      await page.getByRole('main').getByRole('link', { name: 'Verifikasi izin' }).click()
      await h1(page, 'Verifikasi izin')
      await page.getByLabel('Nomor izin', { exact: true }).fill(story.permitNumber.replace(/\//g, ' / '))
      await page.keyboard.press('Enter')
      await page.getByRole('region', { name: 'Izin ini sudah dicabut' }).waitFor()
      expect(new URL(page.url()).searchParams.get('nomor')).toBe(story.permitNumber)

      // A number that does not exist is "not found", never "valid".
      await page.getByLabel('Nomor izin', { exact: true }).fill('510/999999/ITPMB/DPMPTSP/I/2026')
      await page.getByRole('button', { name: 'Periksa', exact: true }).click()
      await page.getByRole('region', { name: 'Izin tidak ditemukan' }).waitFor()
    },
    TIMEOUT,
  )

  it(
    'when a supervisor declares a closure, the home page says the office is closed, why and since when, and that online intake goes on',
    async () => {
      const supervisor = await login('supervisor')
      const reason = 'Kantor disegel sementara untuk pemeriksaan oleh aparat penegak hukum.'
      const closure = await supervisor.call(continuityRoutes.declareClosure, {
        body: { reason, legalBasis: 'Keputusan Wali Kota Bandung Nomor 100/Kep.1-Huk/2026', startsOn: jakartaToday() },
      })
      expect(closure.inForce).toBe(true)

      const page = await freshPage()
      await page.goto(url('/'))
      await h1(page, 'Perizinan sepenuhnya daring')
      const notice = page.getByRole('region', { name: 'Kantor DPMPTSP sedang tutup' })
      await notice.waitFor()
      // Short on every page; the reason and legal basis are one tap away.
      const said = (await notice.textContent()) ?? ''
      expect(said).toMatch(/Tutup sejak \d{1,2} \w+ \d{4}\./)
      expect(said).toContain('Layanan daring tetap berjalan')
      await notice.getByRole('link', { name: 'Baca selengkapnya' }).click()
      await h1(page, 'Kantor DPMPTSP sedang tutup')
      const details = (await page.getByRole('main').textContent()) ?? ''
      expect(details).toContain(reason)
      expect(details).toMatch(/Tutup sejak \d{1,2} \w+ \d{4}, sampai ada pengumuman berikutnya\./)
      expect(details).toContain('Keputusan Wali Kota Bandung Nomor 100/Kep.1-Huk/2026')
      expect(details).toContain('permohonan tetap diterima')
      expect(details).toContain('Hari tutup tidak dihitung dalam waktu layanan')
      expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Verifikasi keabsahan izin' }).count()).toBe(
        1,
      )
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )
})
