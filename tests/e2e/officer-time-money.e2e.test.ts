import {
  applicationRoutes,
  calendarRoutes,
  continuityRoutes,
  delegationRoutes,
  officerRoutes,
  paymentRoutes,
  permitRoutes,
  type ApplicationDetail,
} from '@pintu/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn, submitApplication, type Credentials } from '../support/applicant-api.ts'
import { expectNoSeriousAxeViolations } from '../support/browser.ts'
import { mainNav, officerPage as signedInOfficerPage, officerUrl as officerUrlAt } from '../support/officer-spa.ts'
import type { RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'

// "Time, law and money" in the officer SPA, against the real API on a fresh database: a supervisor
// declares a closure (the public list shows it), a treasurer records a manual payment and may not
// approve it themselves, a second treasurer (whose role a second admin approved) approves it and the
// file moves to signing, the signer grants a Plh. signing delegation, and an admin adds a holiday.
// The applicant's side and the earlier stages are prepared through the API.

let pintu: RunningPintu
let browser: Browser

beforeAll(async () => ({ pintu, browser } = await openStory()), 120_000)
afterAll(() => closeStory({ pintu, browser }))

// ---------------------------------------------------------------- API helpers

const clientFor = (token: string | null) => apiClient(pintu.baseUrl, token)
const apiLogin = (who: Credentials) => logIn(pintu.baseUrl, who)

/** As the applicant, then each office stage through the API: an ITPMB file (fixed fee) awaiting payment. */
async function fileAwaitingPayment(): Promise<ApplicationDetail> {
  let app = (await submitApplication(pintu.baseUrl, await apiLogin(pintu.accounts.applicant), 'ITPMB')).detail
  // An action's answer leaves out the pinned definition unless asked (?include=service); it never changes.
  const service = app.service
  const steps = [
    [pintu.accounts.frontdesk, 'accept', {}],
    [pintu.accounts.technical, 'complete_review', { report: 'Lokasi memenuhi ketentuan jarak dan zonasi.' }],
    [pintu.accounts.approver, 'approve', {}],
  ] as const
  for (const [who, action, extra] of steps) {
    const officer = clientFor(await apiLogin(who))
    app = {
      ...(
        await officer.call(applicationRoutes.act, {
          params: { id: app.id, action },
          body: { version: app.version, ...extra },
          idempotencyKey: crypto.randomUUID(),
        })
      ).application,
      service,
    }
  }
  expect(app.status).toBe('awaiting_payment')
  return app
}

// ---------------------------------------------------------------- browser helpers

const officerUrl = (path = '') => officerUrlAt(pintu.baseUrl, path)
const officerPage = (who: Credentials) => signedInOfficerPage(browser, pintu.baseUrl, who)

/** A date `days` after today in Jakarta, YYYY-MM-DD. */
function jakartaDatePlus(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date())
  const date = new Date(`${today}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

// ---------------------------------------------------------------- the scenario

describe('officer SPA: time, law and money', () => {
  let application: ApplicationDetail
  let invoiceNumber: string
  const pages: Page[] = []
  afterAll(async () => {
    for (const page of pages) await page.close().catch(() => {})
  })
  const open = async (who: Credentials) => {
    const page = await officerPage(who)
    pages.push(page)
    return page
  }

  beforeAll(async () => {
    application = await fileAwaitingPayment()
    const applicant = clientFor(await apiLogin(pintu.accounts.applicant))
    invoiceNumber = (await applicant.call(paymentRoutes.invoice, { params: { id: application.id } })).number
  }, 120_000)

  it('a supervisor declares a closure, which the public list then shows', async () => {
    const page = await open(pintu.accounts.supervisor)
    await mainNav(page).getByRole('link', { name: 'Penutupan kantor' }).click()
    await page.getByRole('heading', { level: 1, name: 'Penutupan kantor' }).waitFor()
    await page.getByText('tidak dihitung terhadap SLA').waitFor()
    const reason = `Gedung pelayanan direnovasi ${Date.now()}`
    const startsOn = jakartaDatePlus(60)
    // Too short first: the SPA says so before calling the API.
    await page.getByLabel('Alasan (dibaca masyarakat)').fill('Renovasi')
    await page.getByRole('button', { name: 'Umumkan penutupan' }).click()
    await page.getByText('Minimal 10 karakter.', { exact: true }).first().waitFor()
    await page.getByLabel('Alasan (dibaca masyarakat)').fill(reason)
    await page.getByLabel('Dasar hukum').fill('Keputusan Wali Kota Bandung 100/2026')
    await page.getByLabel('Hari pertama tutup').fill(startsOn)
    await page.getByRole('button', { name: 'Umumkan penutupan' }).click()
    await page.getByRole('status').filter({ hasText: 'Penutupan diumumkan.' }).waitFor()
    await page.getByRole('rowheader', { name: reason }).waitFor()
    const closures = await clientFor(null).call(continuityRoutes.closures, {})
    expect(closures.items.find((c) => c.reason === reason)).toMatchObject({
      startsOn,
      endsOn: null,
      legalBasis: 'Keputusan Wali Kota Bandung 100/2026',
    })
    await expectNoSeriousAxeViolations(page)
  }, 60_000)

  it('a supervisor reads escalations on the board, the SKRD on the file and the reconciliation without acting', async () => {
    const page = await open(pintu.accounts.supervisor)
    await page.getByRole('heading', { level: 1, name: 'Papan kerja' }).waitFor()
    await page.getByRole('region', { name: 'Eskalasi: berkas lewat tenggat' }).waitFor()
    await page.goto(officerUrl(`berkas/${application.id}`))
    const invoice = page.getByRole('region', { name: 'Tagihan (SKRD)' })
    await invoice.getByText(invoiceNumber, { exact: true }).waitFor()
    await expect(invoice.textContent()).resolves.toContain('Belum dibayar')
    await mainNav(page).getByRole('link', { name: 'Pembayaran (baca saja)' }).click()
    await page.getByRole('rowheader', { name: invoiceNumber }).waitFor()
    await expect(page.getByRole('button', { name: /Catat pembayaran manual/ }).count()).resolves.toBe(0)
  }, 60_000)

  it('a treasurer sees the unpaid SKRD, records a manual payment and may not approve it themselves', async () => {
    const page = await open(pintu.accounts.treasurer)
    await mainNav(page).getByRole('link', { name: 'Pembayaran' }).click()
    await page.getByRole('heading', { level: 1, name: 'Pembayaran' }).waitFor()
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: invoiceNumber }) })
    await row.waitFor()
    await expectNoSeriousAxeViolations(page)
    await row.getByRole('button', { name: `Catat pembayaran manual untuk ${invoiceNumber}` }).click()
    await page.getByRole('heading', { level: 2, name: `Catat pembayaran manual untuk ${invoiceNumber}` }).waitFor()
    await page.getByLabel('Referensi bank (NTB)').fill(`NTB-${Date.now()}`)
    await page.getByLabel('Catatan').fill('Callback bank tidak masuk, sesuai rekening koran hari ini.')
    await page.getByRole('button', { name: 'Simpan untuk disetujui' }).click()
    await page.getByRole('status').filter({ hasText: 'menunggu persetujuan bendahara lain' }).waitFor()
    const pending = page
      .getByRole('row')
      .filter({ hasText: invoiceNumber })
      .filter({ has: page.getByRole('button', { name: 'Setujui' }) })
    await pending.getByText('harus disetujui bendahara lain').waitFor()
    await pending.getByRole('button', { name: 'Setujui' }).click()
    await pending.getByRole('alert').filter({ hasText: 'harus disetujui bendahara lain' }).waitFor()
    const status = (
      await clientFor(await apiLogin(pintu.accounts.applicant)).call(applicationRoutes.get, {
        params: { id: application.id },
      })
    ).status
    expect(status).toBe('awaiting_payment')
  }, 60_000)

  it('a second treasurer approves it, and the file moves to signing', async () => {
    const admin = clientFor(await apiLogin(pintu.accounts.admin))
    const email = `bendahara2.${Date.now()}@bandung.go.id`
    const created = await admin.call(officerRoutes.create, {
      body: {
        fullName: 'Bendahara Kedua',
        email,
        employeeNumber: String(Date.now()).padStart(18, '1').slice(0, 18),
        roles: ['treasurer'],
      },
    })
    // The treasurer role is under a two-person rule: it waits until a second admin approves it.
    expect(created.officer).toMatchObject({ roles: [], pendingRoles: ['treasurer'] })
    const admin2 = clientFor(await apiLogin(pintu.accounts.admin2))
    const requests = (await admin2.call(officerRoutes.roleGrants, {})).items
    const request = requests.find((g) => g.officerId === created.officer.id && g.outcome === null)
    await admin2.call(officerRoutes.approveRoleGrant, { params: { id: request!.id } })
    const page = await open({ email, password: created.initialPassword })
    await mainNav(page).getByRole('link', { name: 'Pembayaran' }).click()
    const pending = page
      .getByRole('row')
      .filter({ hasText: invoiceNumber })
      .filter({ has: page.getByRole('button', { name: 'Setujui' }) })
    await pending.waitFor()
    await pending.getByRole('button', { name: 'Setujui' }).click()
    await page.getByRole('status').filter({ hasText: 'Pembayaran disetujui' }).waitFor()
    const detail = await clientFor(await apiLogin(pintu.accounts.applicant)).call(applicationRoutes.get, {
      params: { id: application.id },
    })
    expect(detail.status).toBe('signing')
    await expect(page.getByRole('rowheader', { name: invoiceNumber }).count()).resolves.toBe(0)
  }, 60_000)

  it('the signer sees what will be printed, signs, downloads the permit PDF and revokes it', async () => {
    const page = await open(pintu.accounts.signer)
    await page.goto(officerUrl(`berkas/${application.id}`))
    const preview = page.getByRole('region', { name: 'Yang akan dicetak pada izin' })
    await preview.waitFor()
    // The preview is the API's own printed data (an audited read), in the permit's words.
    await preview.getByText(application.serviceName.id, { exact: true }).waitFor()
    await preview.getByText('Diberikan kepada').waitFor()
    await expect(preview.textContent()).resolves.toMatch(/Tanggal terbit\s*\d{1,2} [A-Z][a-z]+ 20\d\d/)
    const action = 'Tandatangani dan terbitkan'
    await page.getByRole('form', { name: action }).getByRole('button', { name: action }).click()
    await page
      .getByRole('dialog', { name: `Konfirmasi: ${action}` })
      .getByRole('button', { name: action })
      .click()
    const permitPanel = page.getByRole('region', { name: 'Izin', exact: true })
    await permitPanel.getByText('Berlaku', { exact: true }).waitFor()
    await expectNoSeriousAxeViolations(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      permitPanel.getByRole('button', { name: 'Unduh PDF izin' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^izin-.*\.pdf$/)
    await permitPanel.getByRole('button', { name: 'Cabut izin' }).click()
    const dialog = page.getByRole('dialog', { name: /Cabut izin/ })
    await dialog.getByLabel('Alasan pencabutan').fill('Data pemegang izin terbukti tidak benar.')
    await dialog.getByRole('button', { name: 'Cabut izin' }).click()
    await permitPanel.getByRole('status').filter({ hasText: 'Izin dicabut.' }).waitFor()
    const signer = clientFor(await apiLogin(pintu.accounts.signer))
    expect((await signer.call(permitRoutes.ofApplication, { params: { id: application.id } })).status).toBe('revoked')
  }, 60_000)

  it('the signer grants a Plh. signing delegation to an officer who may act as signer', async () => {
    const page = await open(pintu.accounts.signer)
    await mainNav(page).getByRole('link', { name: 'Delegasi tanda tangan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Delegasi tanda tangan' }).waitFor()
    await page.getByText('Plh. (Pelaksana Harian): pemegang jabatan berhalangan sementara').waitFor()
    await page.getByLabel('Plh. (Pelaksana Harian)').check()
    const option = page.locator('#delegation-delegate option').filter({ hasText: 'Kepala bidang' }).first()
    const delegateId = await option.getAttribute('value')
    // The option reads "<name> (<roles>)"; the name itself may carry parentheses.
    const delegateName = (await option.textContent())!.trim().replace(/ \([^()]*\)$/, '')
    await page.getByLabel('Pejabat yang menandatangani').selectOption(delegateId!)
    await page.getByLabel('Mulai').fill(jakartaDatePlus(30))
    await page.getByLabel('Sampai').fill(jakartaDatePlus(34))
    await page.getByLabel('Alasan').fill('Kepala Dinas cuti tahunan, surat perintah 800/12/2026.')
    await page.getByRole('button', { name: 'Berikan delegasi' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Delegasi diberikan kepada ${delegateName}.` })
      .waitFor()
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: delegateName }) })
    await expect(row.textContent()).resolves.toContain('Plh.')
    await expect(row.textContent()).resolves.toContain('Terjadwal')
    // Only officers who may act as signer are offered: no treasurer, auditor or admin.
    const offered = await page.locator('#delegation-delegate option').allTextContents()
    expect(offered.filter((label) => /Bendahara|Auditor|Administrator/.test(label))).toEqual([])
    const supervisor = clientFor(await apiLogin(pintu.accounts.supervisor))
    expect((await supervisor.call(delegationRoutes.list, {})).items[0]).toMatchObject({
      kind: 'plh',
      delegateId,
      startsOn: jakartaDatePlus(30),
    })
    await expectNoSeriousAxeViolations(page)
  }, 60_000)

  it('a supervisor reads the delegations without the controls to grant or revoke', async () => {
    const page = await open(pintu.accounts.supervisor)
    await mainNav(page).getByRole('link', { name: 'Delegasi (baca saja)' }).click()
    await page.getByRole('heading', { level: 1, name: 'Delegasi tanda tangan' }).waitFor()
    await page.getByText('Hanya penandatangan (Kepala Dinas) yang memberikan atau mencabut delegasi.').waitFor()
    await page.getByRole('row').filter({ hasText: 'Plh.' }).first().waitFor()
    await expect(page.getByRole('button', { name: 'Berikan delegasi' }).count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'Cabut' }).count()).resolves.toBe(0)
    await expectNoSeriousAxeViolations(page)
  }, 60_000)

  it('an admin adds a holiday; the calendar and the due-date calculator show it', async () => {
    const page = await open(pintu.accounts.admin)
    await mainNav(page).getByRole('link', { name: 'Kalender libur' }).click()
    await page.getByRole('heading', { level: 1, name: 'Kalender libur' }).waitFor()
    // A Wednesday about a year ahead, so no file in progress is affected by accident.
    let date = jakartaDatePlus(365)
    while (new Date(`${date}T00:00:00Z`).getUTCDay() !== 3)
      date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('Tanggal', { exact: true }).fill(date)
    await page.getByLabel('Jenis').selectOption('cuti_bersama')
    await page.getByLabel('Nama (Bahasa Indonesia)').fill('Cuti bersama uji')
    await page.getByLabel('Nama (English)').fill('Test collective leave')
    await page.getByLabel('Dasar hukum').fill('SKB 3 Menteri 2026')
    await page.getByRole('button', { name: 'Tambah libur' }).click()
    await page.getByRole('status').filter({ hasText: 'Libur ditambahkan.' }).waitFor()
    await page.getByRole('row').filter({ hasText: 'Cuti bersama uji' }).waitFor()
    const list = await clientFor(null).call(calendarRoutes.holidays, { query: { year: Number(date.slice(0, 4)) } })
    expect(list.items.find((h) => h.date === date)).toMatchObject({
      kind: 'cuti_bersama',
      name: { id: 'Cuti bersama uji', en: 'Test collective leave' },
    })
    // The calculator counts from the day before: the holiday is skipped, with its reason.
    const before = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('Tanggal mulai').fill(before)
    await page.getByLabel('Jumlah hari kerja').fill('2')
    await page.getByRole('button', { name: 'Hitung' }).click()
    await page.getByText('Cuti bersama — Cuti bersama uji').waitFor()
    await expectNoSeriousAxeViolations(page)
  }, 60_000)
})
