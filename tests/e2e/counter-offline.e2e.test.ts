// The offline counter (issue 13 item 2) in Chromium against the real server: with the API stopped,
// a frontdesk officer takes three intakes on the installed officer SPA, each kept encrypted in
// IndexedDB with a provisional receipt from the range the server signed for this device. With the
// API started again on the same port and database, "Kirim sekarang" files exactly three
// applications with real registration numbers; sending the same intakes again creates nothing;
// each provisional number tracks the application it became.
import { applicationRoutes, catalogueRoutes, type FormField } from '@pintu/contract'
import { mandatoryRequirements, sampleValue } from '@pintu/contract/samples'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn } from '../support/applicant-api.ts'
import { expectNoSeriousAxeViolations, launchBrowser, newDesktopPage } from '../support/browser.ts'
import { mainNav, officerLogIn } from '../support/officer-spa.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'
import { samplePdf, samplePng } from '../support/sample-data.ts'

const TIMEOUT = 300_000
// Kota Bandung, born 5 August 1990: two walk-ins, the first of whom comes twice.
const APPLICANTS = [
  { nik: '3273014508907101', name: 'Ani Tanpa Sinyal', email: 'ani.offline@contoh.id' },
  { nik: '3273014508907101', name: 'Ani Tanpa Sinyal', email: 'ani.offline@contoh.id' },
  { nik: '3273014508907102', name: 'Budi Tanpa Sinyal', email: 'budi.offline@contoh.id' },
]

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

async function fillField(field: FormField) {
  const control = page.locator(`#counter-field-${field.key}`)
  const value = sampleValue(field)
  if (field.type === 'boolean') return control.check()
  if (field.type === 'select') return void (await control.selectOption(String(value)))
  await control.fill(typeof value === 'number' ? String(value).replace('.', ',') : String(value))
}

/** The records of the queue as IndexedDB holds them (what anyone reading the disk would see). */
const storedIntakes = () =>
  page.evaluate(
    () =>
      new Promise<{ provisionalNo: string; text: string }[]>((resolve, reject) => {
        const request = indexedDB.open('pintu-counter')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const all = request.result.transaction('intakes').objectStore('intakes').getAll()
          all.onsuccess = () => {
            const records = all.result as { provisionalNo: string; content: { data: ArrayBuffer } }[]
            // The first read keeps them in the page for the second send below (sealed under this session's key).
            ;(window as unknown as { kept?: unknown[] }).kept ??= records
            resolve(
              records.map((r) => ({
                provisionalNo: r.provisionalNo,
                text: JSON.stringify(r) + new TextDecoder('latin1').decode(r.content.data),
              })),
            )
          }
        }
      }),
  )

const restoreIntakes = () =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('pintu-counter')
        request.onsuccess = () => {
          const tx = request.result.transaction('intakes', 'readwrite')
          for (const record of (window as unknown as { kept: unknown[] }).kept) tx.objectStore('intakes').put(record)
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
      }),
  )

describe('the counter without the network', () => {
  it(
    'keeps three intakes while the API is down and files each exactly once when it is back; the provisional number tracks',
    async () => {
      const anonymous = apiClient(pintu.baseUrl, null)
      const service = await anonymous.call(catalogueRoutes.get, { params: { code: 'SKP' } })
      const catalogue = await anonymous.call(catalogueRoutes.list, { query: { pageSize: 100 } })
      const supervisor = apiClient(pintu.baseUrl, await logIn(pintu.baseUrl, pintu.accounts.supervisor))
      const openSkp = async () => (await supervisor.call(applicationRoutes.board, { query: { service: 'SKP' } })).total
      const before = await openSkp()

      page = await newDesktopPage(browser)
      await officerLogIn(page, pintu.baseUrl, pintu.accounts.frontdesk)
      // Installable: a manifest, and a service worker that takes the page over.
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!
        return (await fetch(link.href)).json()
      })
      expect(manifest).toMatchObject({ display: 'standalone', start_url: '/officer/loket' })
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 })
      await mainNav(page).getByRole('link', { name: 'Loket' }).click()
      await page.getByRole('heading', { level: 1, name: 'Loket' }).waitFor()
      // Online, the page takes its provisional numbers and puts the catalogue in the service worker's cache.
      await expect
        .poll(() => page.evaluate(async () => (await (await caches.open('pintu-catalogue')).keys()).length), {
          timeout: 90_000,
        })
        .toBe(catalogue.items.length + 1)

      // The API stops. The lookup fails, and the page offers to keep intakes on this device.
      await pintu.stop({ keepData: true })
      const lookup = page.getByRole('region', { name: 'Cari pemohon' })
      await lookup.getByLabel('NIK (16 angka dari KTP)').fill(APPLICANTS[0]!.nik)
      await lookup.getByRole('button', { name: 'Cari' }).click()
      const queue = page.getByRole('region', { name: 'Antrean di perangkat ini' })
      await queue.getByText('Offline — 0 menunggu dikirim').waitFor()
      await queue.getByRole('button', { name: 'Catat tanpa jaringan' }).click()

      const receipts: { provisionalNo: string; code: string }[] = []
      for (const applicant of APPLICANTS) {
        const form = page.getByRole('region', { name: 'Loket tanpa jaringan' })
        await form.getByLabel('NIK (16 angka dari KTP)').fill(applicant.nik)
        await form.getByLabel('Nama lengkap sesuai KTP').fill(applicant.name)
        await form.getByLabel('Email', { exact: true }).fill(applicant.email)
        await form.getByLabel('Nomor HP').fill('0812 3456 7101')
        // From the cached catalogue: the services, the form and the requirements of SKP.
        await form.getByLabel('Layanan', { exact: true }).selectOption('SKP')
        await expect.poll(() => form.getByLabel('Jenis permohonan').inputValue()).toBe('baru')
        for (const field of service.definition.form.sections.flatMap((s) => s.fields)) await fillField(field)
        for (const requirement of mandatoryRequirements(service.definition, 'baru')) {
          const pdf = requirement.acceptedTypes.includes('pdf')
          await page.locator(`#counter-offline-doc-${requirement.key}`).setInputFiles({
            name: `${requirement.key}.${pdf ? 'pdf' : 'png'}`,
            mimeType: pdf ? 'application/pdf' : 'image/png',
            buffer: pdf ? samplePdf(`Pindaian ${requirement.key}`) : samplePng,
          })
        }
        await form.getByRole('button', { name: 'Simpan untuk dikirim nanti' }).click()
        const receipt = page.getByTestId('provisional-receipt')
        await receipt.waitFor()
        const value = (label: string) =>
          receipt.locator('.receipt__line', { hasText: label }).locator('dd').textContent()
        receipts.push({
          provisionalNo: (await value('Nomor sementara'))!.trim(),
          code: (await value('Kode pelacakan'))!.trim(),
        })
        await page.getByRole('button', { name: 'Layani pemohon berikutnya' }).click()
      }
      await queue.getByText('Offline — 3 menunggu dikirim').waitFor()
      expect(new Set(receipts.map((r) => r.provisionalNo)).size).toBe(3)
      for (const { provisionalNo } of receipts) expect(provisionalNo).toMatch(/^SEM-\d{4}-[0-9A-F]{6}-\d{3}$/)
      await expectNoSeriousAxeViolations(page)

      // At rest, the personal data is ciphertext: no NIK, name or email in what IndexedDB holds.
      const stored = await storedIntakes()
      expect(stored.map((s) => s.provisionalNo).sort()).toEqual(receipts.map((r) => r.provisionalNo).sort())
      for (const { text } of stored)
        for (const secret of [APPLICANTS[0]!.nik, APPLICANTS[2]!.nik, 'Tanpa Sinyal', 'offline@contoh.id'])
          expect(text).not.toContain(secret)

      // The API starts again on the same port and database; the officer sends explicitly.
      pintu = await startPintu({ again: { dataDir: pintu.dataDir, baseUrl: pintu.baseUrl } })
      await queue.getByRole('button', { name: 'Kirim sekarang' }).click()
      await queue.getByText('0 menunggu dikirim', { exact: true }).waitFor({ timeout: 120_000 })
      const sentLines = await queue.getByText(/^Terkirim: /).allTextContents()
      expect(sentLines).toHaveLength(3)
      const registrationOf = new Map(
        sentLines.map((line) => /Terkirim: (\S+) → (REG-\d{4}-\d+)/.exec(line)!.slice(1, 3) as [string, string]),
      )
      expect(new Set(registrationOf.values()).size).toBe(3)
      expect(await openSkp()).toBe(before + 3)
      expect(await storedIntakes()).toEqual([])

      // Each provisional number tracks its application, under the code on its receipt.
      for (const { provisionalNo, code } of receipts) {
        const tracked = await apiClient(pintu.baseUrl, null).call(applicationRoutes.track, {
          params: { registrationNo: provisionalNo },
          query: { code },
        })
        expect(tracked).toMatchObject({ registrationNo: registrationOf.get(provisionalNo), channel: 'counter' })
      }

      // Sending the same three again (an answer lost on the way) creates nothing: the same numbers come back.
      await restoreIntakes()
      await mainNav(page).getByRole('link').filter({ hasNotText: 'Loket' }).first().click()
      await mainNav(page).getByRole('link', { name: 'Loket' }).click()
      await queue.getByText('3 menunggu dikirim', { exact: true }).waitFor()
      await queue.getByRole('button', { name: 'Kirim sekarang' }).click()
      await queue.getByText('0 menunggu dikirim', { exact: true }).waitFor({ timeout: 120_000 })
      const again = await queue.getByText(/^Terkirim: /).allTextContents()
      expect(
        new Map(again.map((line) => /Terkirim: (\S+) → (\S+)/.exec(line)!.slice(1, 3) as [string, string])),
      ).toEqual(registrationOf)
      expect(await openSkp()).toBe(before + 3)
    },
    TIMEOUT,
  )
})
