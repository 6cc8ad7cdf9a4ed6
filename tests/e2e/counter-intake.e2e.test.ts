// Counter intake (Loket, issue 13 item 1) in Chromium against the real server: a frontdesk officer
// registers a walk-in applicant by NIK, fills the form, uploads the scanned documents, submits and
// prints the receipt. The receipt's number and code must open the public tracking, as a counter
// filing (`channel: counter`), and printing must show the receipt alone. Then a supervisor finds
// that filing in the backlog report (issue 11) as a counter row, on screen and in the CSV.
import { applicationRoutes, catalogueRoutes, type FormField } from '@pintu/contract'
import { mandatoryRequirements, sampleValue } from '@pintu/contract/samples'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../support/applicant-api.ts'
import {
  expectNoSeriousAxeViolations,
  hasNoHorizontalScroll,
  launchBrowser,
  newMobilePage,
} from '../support/browser.ts'
import { mainNav, officerLogIn } from '../support/officer-spa.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'
import { samplePdf, samplePng } from '../support/sample-data.ts'

const TIMEOUT = 180_000
// Kota Bandung, a woman born 5 August 1990, a serial no other account in the fresh database has.
const NIK = '3273014508907001'

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

/** Types a sample answer into a field's control as an officer copying from paper would. */
async function fillField(field: FormField) {
  const control = page.locator(`#counter-field-${field.key}`)
  const value = sampleValue(field)
  if (field.type === 'boolean') return control.check()
  if (field.type === 'select') return void (await control.selectOption(String(value)))
  // Numbers are typed the Indonesian way: a decimal comma.
  await control.fill(typeof value === 'number' ? String(value).replace('.', ',') : String(value))
}

const receiptValue = (label: string) =>
  page.getByTestId('counter-receipt').locator('.receipt__line', { hasText: label }).locator('dd').textContent()

describe('the counter (Loket)', () => {
  it(
    'a frontdesk officer registers a walk-in applicant, files for them and prints a receipt that tracks as a counter filing',
    async () => {
      // 360 px wide: the counter's desk may be a tablet or a phone.
      page = await newMobilePage(browser)
      await officerLogIn(page, pintu.baseUrl, pintu.accounts.frontdesk)
      await mainNav(page).getByRole('link', { name: 'Loket' }).click()
      await page.getByRole('heading', { level: 1, name: 'Loket' }).waitFor()
      // The page's texts load with it, the document title too.
      expect(await page.title()).toBe('Loket · Pintu')

      // A mistyped NIK is caught at the desk, before anything is sent.
      const lookup = page.getByRole('region', { name: 'Cari pemohon' })
      await lookup.getByLabel('NIK (16 angka dari KTP)').fill('3273 0145 0890')
      await lookup.getByRole('button', { name: 'Cari' }).click()
      await lookup.getByText('NIK harus 16 angka, sesuai KTP.').waitFor()

      // Not found: the registration form opens with the NIK carried over.
      await lookup.getByLabel('NIK (16 angka dari KTP)').fill('3273 0145 0890 7001')
      await lookup.getByRole('button', { name: 'Cari' }).click()
      const register = page.getByRole('region', { name: 'Daftarkan pemohon baru' })
      await register.waitFor()
      expect(await register.getByLabel('NIK (16 angka dari KTP)').inputValue()).toBe('3273 0145 0890 7001')
      await register.getByLabel('Nama lengkap sesuai KTP').fill('Siti Walk-in')
      await register.getByLabel('Email', { exact: true }).fill('siti.walkin@contoh.id')
      await register.getByLabel('Nomor HP').fill('0812 3456 7001')
      await register.getByLabel('Kode 6 angka lewat SMS (berlaku 15 menit)').check()
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)
      await register.getByRole('button', { name: 'Daftarkan' }).click()
      await page.getByText('Pemohon: Siti Walk-in (NIK').waitFor()
      expect(await page.getByText('Pemohon: Siti Walk-in (NIK').textContent()).toContain(NIK.slice(-4))
      expect(await page.content()).not.toContain(NIK)

      // The service and kind; a service with a "new" kind starts there.
      await page.getByLabel('Layanan', { exact: true }).selectOption('SKP')
      await expect.poll(() => page.getByLabel('Jenis permohonan').inputValue()).toBe('baru')
      await page.getByRole('button', { name: 'Buat draf permohonan' }).click()
      await page.getByRole('heading', { name: /^Formulir: Surat Keterangan Penelitian/ }).waitFor()

      // Every field of the service's form, then every mandatory document, as the scans come.
      const service = await apiClient(pintu.baseUrl, null).call(catalogueRoutes.get, { params: { code: 'SKP' } })
      for (const field of service.definition.form.sections.flatMap((s) => s.fields)) await fillField(field)
      await page.getByRole('button', { name: 'Simpan isian' }).click()
      await page.getByText('Isian tersimpan.').waitFor()
      const documents = page.getByRole('region', { name: 'Dokumen' })
      const required = mandatoryRequirements(service.definition, 'baru')
      expect(required.length).toBeGreaterThan(0)
      for (const requirement of required) {
        const pdf = requirement.acceptedTypes.includes('pdf')
        const input = page.locator(`#counter-doc-${requirement.key}`)
        expect(await input.getAttribute('accept')).toContain(pdf ? 'application/pdf' : 'image/')
        await input.setInputFiles({
          name: `${requirement.key}.${pdf ? 'pdf' : 'png'}`,
          mimeType: pdf ? 'application/pdf' : 'image/png',
          buffer: pdf ? samplePdf(`Pindaian ${requirement.key}`) : samplePng,
        })
        await documents.getByText(`Terunggah: ${requirement.key}.${pdf ? 'pdf' : 'png'}`).waitFor()
      }
      await expect.poll(() => documents.getByText(/Dokumen wajib yang belum diunggah/).count()).toBe(0)

      // A double click on submit files once (Idempotency-Key); the receipt follows.
      await page.getByRole('button', { name: 'Kirim permohonan' }).dblclick()
      await page.getByRole('heading', { name: 'Tanda terima permohonan' }).waitFor()
      const registrationNo = (await receiptValue('Nomor pendaftaran'))!.trim()
      const trackingCode = (await receiptValue('Kode pelacakan'))!.trim()
      expect(registrationNo).toMatch(/^[A-Z0-9-]+$/)
      expect(trackingCode.length).toBeGreaterThan(5)
      expect(await receiptValue('Layanan')).toContain('Surat Keterangan Penelitian')
      expect(await receiptValue('Perkiraan selesai')).toMatch(/\d{4}/)
      expect(await receiptValue('Lacak di')).toBe(`${pintu.baseUrl}/lacak?no=${registrationNo}`)
      expect(await page.getByTestId('counter-receipt').textContent()).toContain(
        'Pelayanan Terpadu Satu Pintu Kota Bandung',
      )
      expect(await hasNoHorizontalScroll(page)).toBe(true)
      await expectNoSeriousAxeViolations(page)

      // The public tracking opens with the printed number and code, and says the file came in at the counter.
      const tracked = await apiClient(pintu.baseUrl, null).call(applicationRoutes.track, {
        params: { registrationNo },
        query: { code: trackingCode },
      })
      expect(tracked.registrationNo).toBe(registrationNo)
      expect(tracked.channel).toBe('counter')
      expect(tracked.serviceCode).toBe('SKP')

      // "Cetak" prints; in print, only the receipt shows, on the chosen paper.
      await page.evaluate(() => {
        ;(window as unknown as { printed: number }).printed = 0
        window.print = () => void ((window as unknown as { printed: number }).printed += 1)
      })
      await page.getByRole('button', { name: 'Cetak' }).click()
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
      const receipt = page.getByTestId('counter-receipt')
      const pageRule = () => receipt.evaluate((element) => getComputedStyle(element).getPropertyValue('page'))
      await page.emulateMedia({ media: 'print' })
      expect(await mainNav(page).isVisible()).toBe(false)
      expect(await page.getByRole('banner').isVisible()).toBe(false)
      expect(await page.getByRole('heading', { level: 1, name: 'Loket' }).isVisible()).toBe(false)
      expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false)
      expect(await receipt.isVisible()).toBe(true)
      expect(await receipt.getByText(registrationNo, { exact: true }).isVisible()).toBe(true)
      expect(await receipt.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)')
      expect(await pageRule()).toBe('receipt-a5')
      await page.emulateMedia({ media: 'screen' })
      await page.getByLabel('Struk 80 mm').check()
      await page.emulateMedia({ media: 'print' })
      expect(await pageRule()).toBe('receipt-thermal')
      expect(await receipt.isVisible()).toBe(true)
      await page.emulateMedia({ media: 'screen' })

      // The next applicant starts from an empty intake.
      await page.getByRole('button', { name: 'Layani pemohon berikutnya' }).click()
      expect(
        await page.getByRole('region', { name: 'Cari pemohon' }).getByLabel('NIK (16 angka dari KTP)').inputValue(),
      ).toBe('')
    },
    TIMEOUT,
  )

  it(
    'the counter filing shows in the backlog report a supervisor reads, as a counter row, and in its CSV',
    async () => {
      const supervisor = await newMobilePage(browser)
      try {
        await officerLogIn(supervisor, pintu.baseUrl, pintu.accounts.supervisor)
        await mainNav(supervisor).getByRole('link', { name: 'Laporan tunggakan' }).click()
        await supervisor.getByRole('heading', { level: 1, name: 'Laporan tunggakan' }).waitFor()
        const table = supervisor.getByRole('table', { name: 'Rincian per layanan, tahap, kanal dan petugas' })
        await table.waitFor()
        const counterRow = table.getByRole('row').filter({ has: supervisor.getByRole('rowheader', { name: 'SKP' }) })
        await expect.poll(() => counterRow.filter({ hasText: 'Loket' }).count()).toBeGreaterThan(0)
        // Narrowed to the counter channel, only counter rows remain.
        await supervisor.getByLabel('Kanal', { exact: true }).selectOption('counter')
        const shown = await table.locator('tbody tr').allTextContents()
        expect(shown.length).toBeGreaterThan(0)
        for (const text of shown) expect(text).toContain('Loket')

        const [download] = await Promise.all([
          supervisor.waitForEvent('download'),
          supervisor.getByRole('button', { name: 'Unduh CSV' }).click(),
        ])
        expect(download.suggestedFilename()).toMatch(/^laporan-tunggakan-\d{4}-\d{2}-\d{2}\.csv$/)
        const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8')
        expect(csv).toMatch(/^jenis,kode_layanan,tahap,kanal,petugas_id,petugas,berkas,terlambat/)
        expect(csv).toMatch(/,SKP,[a-z_]+,counter,/)
        expect(await hasNoHorizontalScroll(supervisor)).toBe(true)
        await expectNoSeriousAxeViolations(supervisor)
      } finally {
        await supervisor.context().close()
      }
    },
    TIMEOUT,
  )
})
