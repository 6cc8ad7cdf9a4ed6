// Paper back-entry (issue 13 item 3) in Chromium against the real server: during a declared closure a
// frontdesk officer enters a paper application at the Loket with its paper receipt's number and date;
// it counts only once a second officer, a supervisor, approves it on the Entri susulan page. The
// officer who entered it cannot approve it, and before approval it has no registration number.
import { backEntryRoutes, catalogueRoutes, continuityRoutes, officeDays, type FormField } from '@pintu/contract'
import { mandatoryRequirements, sampleValue } from '@pintu/contract/samples'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn } from '../support/applicant-api.ts'
import {
  expectNoSeriousAxeViolations,
  hasNoHorizontalScroll,
  launchBrowser,
  newMobilePage,
  waitShown,
} from '../support/browser.ts'
import { mainNav, officerLogIn } from '../support/officer-spa.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'
import { samplePdf, samplePng } from '../support/sample-data.ts'

const TIMEOUT = 180_000
const PAPER_NO = 'TT/2026/0042'

let pintu: RunningPintu
let browser: Browser

beforeAll(async () => {
  pintu = await startPintu()
  browser = await launchBrowser()
}, TIMEOUT)
afterAll(async () => {
  await browser?.close()
  await pintu?.stop()
})

async function fillField(page: Page, field: FormField) {
  const control = page.locator(`#counter-field-${field.key}`)
  const value = sampleValue(field)
  if (field.type === 'boolean') return control.check()
  if (field.type === 'select') return void (await control.selectOption(String(value)))
  await control.fill(typeof value === 'number' ? String(value).replace('.', ',') : String(value))
}

describe('paper back-entry after a closure', () => {
  it(
    'a frontdesk officer enters a paper file from the closure; it counts only when a supervisor approves it',
    async () => {
      const today = officeDays('Asia/Jakarta').dateOf(new Date())
      const supervisorToken = await logIn(pintu.baseUrl, pintu.accounts.supervisor)
      await apiClient(pintu.baseUrl, supervisorToken).call(continuityRoutes.declareClosure, {
        body: {
          reason: 'Kantor disegel sementara untuk pemeriksaan; loket menerima berkas kertas.',
          legalBasis: 'Keputusan Wali Kota Bandung Nomor 100/Kep.2-Huk/2026',
          startsOn: today,
        },
      })

      const page = await newMobilePage(browser)
      await officerLogIn(page, pintu.baseUrl, pintu.accounts.frontdesk)
      await mainNav(page).getByRole('link', { name: 'Loket' }).click()
      const lookup = page.getByRole('region', { name: 'Cari pemohon' })
      await lookup.getByLabel('NIK (16 angka dari KTP)').fill('3273 0145 0890 7002')
      await lookup.getByRole('button', { name: 'Cari' }).click()
      const register = page.getByRole('region', { name: 'Daftarkan pemohon baru' })
      await register.getByLabel('Nama lengkap sesuai KTP').fill('Dewi Kertas')
      await register.getByLabel('Email', { exact: true }).fill('dewi.kertas@contoh.id')
      await register.getByLabel('Nomor HP').fill('0812 3456 7002')
      await register.getByLabel('Kode 6 angka lewat SMS (berlaku 15 menit)').check()
      await register.getByRole('button', { name: 'Daftarkan' }).click()
      await waitShown(page.getByText('Pemohon: Dewi Kertas (NIK'))
      await page.getByLabel('Layanan', { exact: true }).selectOption('SKP')
      await page.getByRole('button', { name: 'Buat draf permohonan' }).click()
      await waitShown(page.getByRole('heading', { name: /^Formulir: Surat Keterangan Penelitian/ }))

      const service = await apiClient(pintu.baseUrl, null).call(catalogueRoutes.get, { params: { code: 'SKP' } })
      for (const field of service.definition.form.sections.flatMap((s) => s.fields)) await fillField(page, field)
      for (const requirement of mandatoryRequirements(service.definition, 'baru')) {
        const pdf = requirement.acceptedTypes.includes('pdf')
        await page.locator(`#counter-doc-${requirement.key}`).setInputFiles({
          name: `${requirement.key}.${pdf ? 'pdf' : 'png'}`,
          mimeType: pdf ? 'application/pdf' : 'image/png',
          buffer: pdf ? samplePdf(`Berkas kertas ${requirement.key}`) : samplePng,
        })
        await waitShown(page.getByText(`Terunggah: ${requirement.key}.${pdf ? 'pdf' : 'png'}`))
      }

      // Sent without a number and date, it is caught at the desk.
      const backEntry = page.getByRole('region', { name: 'Entri susulan berkas kertas' })
      await backEntry.getByRole('button', { name: 'Ajukan untuk persetujuan' }).click()
      await waitShown(backEntry.getByText('Isi nomor dan tanggal tanda terima kertas.'))
      await backEntry.getByLabel('Nomor tanda terima kertas').fill(PAPER_NO)
      await backEntry.getByLabel('Tanggal pada tanda terima kertas').fill(today)
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
      await backEntry.getByRole('button', { name: 'Ajukan untuk persetujuan' }).click()
      await waitShown(page.getByText(`Entri susulan ${PAPER_NO} menunggu persetujuan supervisor.`))

      // Pending: no registration number yet, and its enterer is not the one to decide it.
      const frontdeskToken = await logIn(pintu.baseUrl, pintu.accounts.frontdesk)
      const [pending] = (
        await apiClient(pintu.baseUrl, frontdeskToken).call(backEntryRoutes.list, { query: { status: 'pending' } })
      ).items
      expect(pending?.paperReceiptNumber).toBe(PAPER_NO)
      expect(pending?.registrationNo).toBeNull()
      await expect(
        apiClient(pintu.baseUrl, frontdeskToken).call(backEntryRoutes.approve, { params: { id: pending!.id } }),
      ).rejects.toMatchObject({ status: 403 })
      await page.context().close()

      // The supervisor approves it on the Entri susulan page.
      const supervisor = await newMobilePage(browser)
      await officerLogIn(supervisor, pintu.baseUrl, pintu.accounts.supervisor)
      await mainNav(supervisor).getByRole('link', { name: 'Entri susulan' }).click()
      await waitShown(supervisor.getByRole('heading', { level: 1, name: 'Persetujuan entri susulan' }))
      const row = supervisor.getByRole('row').filter({ has: supervisor.getByRole('rowheader', { name: PAPER_NO }) })
      await waitShown(row)
      expect(await row.textContent()).toContain('SKP')
      expect(await hasNoHorizontalScroll(supervisor)).toBe(true)
      await expectNoSeriousAxeViolations(supervisor)
      await row.getByRole('button', { name: 'Setujui' }).click()
      const approved = supervisor.getByText(/^Disetujui: nomor registrasi /)
      await waitShown(approved)
      const [decided] = (
        await apiClient(pintu.baseUrl, supervisorToken).call(backEntryRoutes.list, { query: { status: 'approved' } })
      ).items
      expect(decided?.registrationNo).toBeTruthy()
      expect(await approved.textContent()).toContain(decided!.registrationNo!)
      expect(decided?.decidedBy?.id).not.toBe(decided?.enteredBy.id)
      expect(decided?.receivedOn).toBe(today)
      await supervisor.context().close()
    },
    TIMEOUT,
  )
})
