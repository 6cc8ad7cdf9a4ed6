// The citizen's voice (issue 12), in headless Chromium on a 360 px phone in Bahasa Indonesia,
// against the real API: anyone files a complaint without an account, gets its number and code,
// attaching a PDF the supervisor then downloads in the officers' SPA, and follows it with the
// code alone, seeing the office's answer; an applicant whose application
// was decided answers the IKM survey from the application page, once, and the public index shows it.
// The office's side (the answer, the decision) goes through the API, as the officers' SPA calls it.
import { applicationRoutes, authRoutes, complaintRoutes, type ApplicationAction } from '@pintu/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn, submitApplication } from '../support/applicant-api.ts'
import { expectNoSeriousAxeViolations, expectPhoneFriendly, h1, newMobilePage } from '../support/browser.ts'
import { mainNav, officerPage } from '../support/officer-spa.ts'
import type { AccountKey, RunningPintu } from '../support/pintu.ts'
import { samplePdf } from '../support/sample-data.ts'
import { closeStory, openStory } from '../support/story.ts'

const TIMEOUT = 120_000
let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []

const url = (path: string) => new URL(path, pintu.baseUrl).href
const clientFor = (token: string | null) => apiClient(pintu.baseUrl, token)
const login = async (who: AccountKey) =>
  clientFor((await clientFor(null).call(authRoutes.login, { body: pintu.accounts[who] })).accessToken)
async function freshPage(): Promise<Page> {
  const page = await newMobilePage(browser)
  pages.push(page)
  return page
}

beforeAll(async () => {
  ;({ pintu, browser } = await openStory())
}, TIMEOUT)
afterAll(() => closeStory({ pintu, browser, pages }))

describe('complaints and the satisfaction survey on a phone', () => {
  it(
    'files a complaint anonymously and follows it with the number and code alone',
    async () => {
      const page = await freshPage()
      await page.goto(url('/pengaduan'))
      await h1(page, 'Sampaikan pengaduan')
      await page.getByLabel('Jenis pengaduan').selectOption('information')
      await page.getByLabel('Sistem Pintu (lambat, tidak bisa dibuka)').check()
      await page.getByLabel('Uraian pengaduan').fill('Halaman pelacakan tidak bisa dibuka sejak pagi.')
      // A screenshot of the error, kept as a PDF: sent with the code once the complaint is filed.
      await page.getByLabel('Lampiran (opsional)').setInputFiles({
        name: 'tangkapan-layar-siti.pdf',
        mimeType: 'application/pdf',
        buffer: samplePdf('Tangkapan layar galat'),
      })
      await page.getByText('tangkapan-layar-siti.pdf').waitFor()
      await expectPhoneFriendly(page)
      await page.getByRole('button', { name: 'Kirim pengaduan' }).click()
      await h1(page, 'Pengaduan diterima')
      const number = (await page.getByTestId('complaint-number').textContent())!.trim()
      const code = (await page.getByTestId('complaint-code').textContent())!.trim()
      expect(number).toMatch(/^ADU-\d{4}-\d{6}$/)
      await page.getByTestId('complaint-attached').filter({ hasText: 'Lampiran terkirim: 1.' }).waitFor()
      await expectPhoneFriendly(page)

      // The supervisor sees the file on the complaint in the officers' SPA, and downloads it.
      const office = await officerPage(browser, pintu.baseUrl, pintu.accounts.supervisor)
      pages.push(office)
      await mainNav(office).getByRole('link', { name: 'Pengaduan dan IKM' }).click()
      await h1(office, 'Pengaduan')
      await office.getByRole('button', { name: `Buka ${number}` }).click()
      await office.getByRole('heading', { name: `Pengaduan ${number}` }).waitFor()
      const downloading = office.waitForEvent('download')
      await office.getByRole('button', { name: /^Lampiran 1 \(PDF, / }).click()
      const download = await downloading
      expect(download.suggestedFilename()).toBe(`${number}-lampiran-1.pdf`)
      const saved = await download.createReadStream()
      const chunks: Buffer[] = []
      for await (const chunk of saved) chunks.push(chunk as Buffer)
      expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-')
      await expectNoSeriousAxeViolations(office)
      // The name it was uploaded under is nowhere on the office's side.
      await expect(office.getByText('tangkapan-layar-siti').count()).resolves.toBe(0)

      // The office answers (the supervisor, through the API the officer SPA uses).
      const supervisor = await login('supervisor')
      const queued = (await supervisor.call(complaintRoutes.queue, {})).items.find((c) => c.number === number)
      expect(queued).toMatchObject({ anonymous: true, status: 'awaiting_response' })
      await supervisor.call(complaintRoutes.step, {
        params: { id: queued!.id },
        body: { step: 'respond', message: 'Sudah kami teruskan ke tim teknis.' },
      })

      // A new visit, with only the number and the code.
      const follower = await freshPage()
      await follower.goto(url('/pengaduan/ikuti'))
      await h1(follower, 'Ikuti pengaduan')
      await follower.getByLabel('Nomor pengaduan').fill(number)
      await follower.getByLabel('Kode tindak lanjut').fill(code)
      await follower.getByRole('button', { name: 'Lihat pengaduan' }).click()
      await follower.getByTestId('complaint-status').filter({ hasText: 'Sedang ditangani' }).waitFor()
      await follower.getByText('Sudah kami teruskan ke tim teknis.').waitFor()
      await follower.getByText('Halaman pelacakan tidak bisa dibuka sejak pagi.').waitFor()
      await follower.getByRole('button', { name: /^Unduh lampiran 1 \(PDF, / }).waitFor()
      await expectPhoneFriendly(follower)

      await follower.getByLabel('Jawaban Anda').fill('Terima kasih, sudah bisa dibuka.')
      await follower.getByRole('button', { name: 'Kirim jawaban' }).click()
      await follower.getByText('Terima kasih, sudah bisa dibuka.').waitFor()
    },
    TIMEOUT,
  )

  it(
    'answers the IKM survey once from a decided application, and the public index counts it',
    async () => {
      const token = await logIn(pintu.baseUrl, pintu.accounts.applicant)
      const { detail } = await submitApplication(pintu.baseUrl, token, 'SKP')
      // The office decides: whoever the system assigned accepts, then whoever holds the next stage rejects.
      for (const [action, extra] of [
        ['accept', {}],
        ['reject', { legalReason: 'Pasal 12 Perwal 235/2017: lokasi penelitian tidak berizin (uji).' }],
      ] as [ApplicationAction, Record<string, string>][]) {
        let acted = false
        for (const who of ['frontdesk', 'technical', 'approver', 'signer'] as const) {
          const officer = await login(who)
          const item = (await officer.call(applicationRoutes.queue, {})).items.find((i) => i.id === detail.id)
          if (!item) continue
          await officer.call(applicationRoutes.act, {
            params: { id: detail.id, action },
            body: { version: item.version, ...extra },
          })
          acted = true
          break
        }
        expect(acted, `someone held the file for ${action}`).toBe(true)
      }

      const page = await freshPage()
      await page.goto(url('/masuk'))
      await page.getByLabel('Email', { exact: true }).fill(pintu.accounts.applicant.email)
      await page.getByLabel('Kata sandi', { exact: true }).fill(pintu.accounts.applicant.password)
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      await page.waitForURL((u) => !u.pathname.startsWith('/masuk'))
      await page.goto(url(`/permohonan/${detail.id}`))
      await page.getByRole('link', { name: 'Isi survei kepuasan' }).click()
      await h1(page, 'Survei kepuasan masyarakat (IKM)')
      await page.getByRole('group', { name: 'Persyaratan' }).waitFor()
      const groups = page.getByRole('group')
      expect(await groups.count()).toBe(9)
      for (let i = 0; i < 9; i++)
        await groups
          .nth(i)
          .getByLabel(i < 3 ? '4 Sangat baik' : '3 Baik')
          .check()
      await expectPhoneFriendly(page)
      await page.getByRole('button', { name: 'Kirim survei' }).click()
      await page.getByText('Terima kasih, survei untuk permohonan ini sudah diisi.').waitFor()

      // Once per application: the API refuses a second answer.
      await expect(
        clientFor(token).call(complaintRoutes.answerSurvey, {
          params: { id: detail.id },
          body: {
            requirements: 1,
            procedure: 1,
            time: 1,
            cost: 1,
            product: 1,
            competence: 1,
            conduct: 1,
            complaint_handling: 1,
            facilities: 1,
          },
        }),
      ).rejects.toMatchObject({ status: 409 })

      await page.goto(url('/transparansi/pengaduan'))
      await h1(page, 'Pengaduan dan kepuasan masyarakat')
      // 4·3 + 3·6 = 30 over one respondent: 30 / 9 × 25 = 83.33, grade B.
      await page.getByTestId('ikm-overall').filter({ hasText: '83,33' }).waitFor()
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )

  it(
    'shows the supervisor the queue with its deadlines and records the closing step',
    async () => {
      const filed = await clientFor(null).call(complaintRoutes.file, {
        body: {
          category: 'dispute',
          subject: 'service',
          serviceCode: 'SKP',
          description: 'Biaya yang diminta tidak sesuai standar.',
        },
      })
      const page = await officerPage(browser, pintu.baseUrl, pintu.accounts.supervisor)
      pages.push(page)
      await mainNav(page).getByRole('link', { name: 'Pengaduan dan IKM' }).click()
      await h1(page, 'Pengaduan')
      await page.getByRole('button', { name: `Buka ${filed.number}` }).click()
      await page.getByRole('heading', { name: `Pengaduan ${filed.number}` }).waitFor()
      await page.getByText('Biaya yang diminta tidak sesuai standar.').waitFor()
      await page.getByLabel('Langkah').selectOption('close')
      await page.getByLabel('Hasil').selectOption('resolved')
      await page.getByLabel('Pesan untuk pengadu').fill('Biaya dikembalikan sesuai standar pelayanan.')
      await page.getByRole('button', { name: 'Simpan langkah' }).click()
      await page.getByText('Langkah dicatat.').waitFor()
      // The survey answered above is in the office's IKM report too.
      await page.getByRole('heading', { name: 'Indeks Kepuasan Masyarakat (IKM)' }).waitFor()
      await expectNoSeriousAxeViolations(page)
      const followed = await clientFor(null).call(complaintRoutes.followUp, {
        params: { number: filed.number },
        query: { code: filed.followUpCode },
      })
      expect(followed).toMatchObject({ status: 'closed', outcome: 'resolved' })
    },
    TIMEOUT,
  )
})
