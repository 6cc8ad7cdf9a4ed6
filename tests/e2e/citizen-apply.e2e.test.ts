// Applying without meeting anyone, and tracking without logging in (SPEC §2 P1–P2, §5, §8), in
// headless Chromium on a 360 px phone in Bahasa Indonesia, against the real API. One story, in
// order: the demo applicant applies for a research letter (SKP: a non-permit with no technical
// stage), a stranger tracks it, the counter officer returns it through the API, and the applicant
// fixes exactly what was asked and sends it again.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  errorSummaryText,
  progressSeen,
  requirementBlock,
  uploadFile,
  watchProgressBars,
} from '../support/citizen-spa.ts'
import { expectPhoneFriendly, h1, newMobilePage } from '../support/browser.ts'
import type { RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'
import { samplePdf, samplePng } from '../support/sample-data.ts'

const TIMEOUT = 120_000
const DEMO_APPLICANT = { fullName: 'Dewi Lestari', nik: '3273014508900001' }

let pintu: RunningPintu
let browser: Browser
let files: string
let applicant: Page
const pages: Page[] = []

/** What the story carries from one step to the next. */
const story = {
  applicationId: '',
  registrationNo: '',
  trackingCode: '',
  mandatory: [] as { key: string; name: string }[],
}

const url = (p: string) => new URL(p, pintu.baseUrl).href

async function freshPage(): Promise<Page> {
  const page = await newMobilePage(browser)
  pages.push(page)
  return page
}

async function api<T>(method: string, apiPath: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(url(apiPath), {
    method,
    headers: {
      accept: 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const payload = (await response.json().catch(() => null)) as T
  if (!response.ok) throw new Error(`${method} ${apiPath} → ${response.status} ${JSON.stringify(payload)}`)
  return payload
}

describe('applying online and tracking publicly, on a 360 px phone', () => {
  beforeAll(async () => {
    ;({ pintu, browser } = await openStory())
    files = await mkdtemp(path.join(os.tmpdir(), 'pintu-apply-files-'))
    await writeFile(path.join(files, 'surat-pengantar.pdf'), samplePdf('Surat pengantar', 300))
    await writeFile(path.join(files, 'proposal.pdf'), samplePdf('Proposal penelitian', 600))
    await writeFile(path.join(files, 'proposal-revisi.pdf'), samplePdf('Proposal penelitian, revisi', 600))
    await writeFile(path.join(files, 'ktp.png'), samplePng)
    await writeFile(path.join(files, 'pernyataan.pdf'), samplePdf('Pernyataan bermeterai', 300))
    await writeFile(path.join(files, 'bukan-pdf.pdf'), 'ini hanya teks, bukan PDF')

    // Which documents are mandatory for a new SKP comes from the published standard, not from this test.
    const skp = await api<{
      definition: { requirements: { key: string; mandatory: boolean; appliesTo: string[]; name: { id: string } }[] }
    }>('GET', '/api/v1/services/SKP', null)
    story.mandatory = skp.definition.requirements
      .filter((r) => r.mandatory && r.appliesTo.includes('baru'))
      .map((r) => ({ key: r.key, name: r.name.id }))
  }, 180_000)

  afterAll(async () => {
    await closeStory({ pintu, browser, pages })
    if (files) await rm(files, { recursive: true, force: true })
  }, TIMEOUT)

  it(
    'from the service page, "Ajukan permohonan" asks for a login and comes back to choose the kind of application',
    async () => {
      applicant = await freshPage()
      await applicant.goto(url('/layanan/SKP'))
      await h1(applicant, 'Surat Keterangan Penelitian')
      // The standard is folded at 360 px; the apply action is at its top and again at its end.
      await applicant.getByRole('link', { name: 'Ajukan permohonan' }).first().click()
      await applicant.waitForURL(/\/masuk\?next=/)

      await applicant.getByLabel('Email', { exact: true }).fill(pintu.accounts.applicant.email)
      await applicant.getByLabel('Kata sandi', { exact: true }).fill(pintu.accounts.applicant.password)
      await applicant.getByRole('button', { name: 'Masuk', exact: true }).click()
      await applicant.waitForURL(/\/layanan\/SKP\/ajukan$/)

      // SKP takes new letters and extensions, so the kind is asked first.
      await h1(applicant, 'Jenis permohonan apa yang Anda ajukan?')
      await applicant.getByRole('button', { name: 'Mulai permohonan' }).click()
      expect(await errorSummaryText(applicant)).toContain('Pilih jenis permohonan.')
      await applicant.getByLabel('Baru', { exact: true }).check()
      await expectPhoneFriendly(applicant)
      await applicant.getByRole('button', { name: 'Mulai permohonan' }).click()
      await applicant.waitForURL(/\/permohonan\/[0-9a-f-]{36}\/isi\/pemohon$/)
      story.applicationId = /\/permohonan\/([0-9a-f-]{36})\//.exec(applicant.url())![1]!
    },
    TIMEOUT,
  )

  it(
    'the applicant fills every section of the form, one page each, with the right keyboard for each field',
    async () => {
      const page = applicant
      await h1(page, 'Data pemohon')
      const nik = page.getByLabel('NIK pemohon')
      expect(await nik.getAttribute('inputmode')).toBe('numeric')
      expect(await page.getByLabel('Nomor telepon seluler').getAttribute('type')).toBe('tel')
      expect(await page.getByLabel('Alamat email').getAttribute('type')).toBe('email')
      // What the account knows is already filled in (the demo applicant registered with this NIK).
      expect(await nik.inputValue()).toBe(DEMO_APPLICANT.nik)
      await expectPhoneFriendly(page)

      // "Lanjut" with a required answer missing says so, and links to the field.
      await nik.fill('')
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()
      expect(await errorSummaryText(page)).toContain('NIK pemohon wajib diisi.')
      expect(await nik.getAttribute('aria-invalid')).toBe('true')
      await expectPhoneFriendly(page)

      await nik.fill('3273 0145 0890 0001') // typed in groups, as printed on the KTP
      await page.getByLabel('Nama lengkap sesuai KTP').fill(DEMO_APPLICANT.fullName)
      await page.getByLabel('Nomor telepon seluler').fill('0812-3456-7890')
      await page.getByLabel('Alamat tempat tinggal').fill('Jl. Dipatiukur No. 35, Coblong, Bandung')
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()

      await h1(page, 'Data penelitian')
      await page.getByLabel('Judul penelitian').fill('Pelayanan perizinan daring di Kota Bandung')
      await page.getByLabel('Perguruan tinggi / lembaga').fill('Universitas Padjadjaran')
      await page.getByLabel('Jenis penelitian').selectOption('skripsi')
      await page.getByLabel('Lokasi / perangkat daerah yang dituju').fill('DPMPTSP Kota Bandung')
      await page.getByLabel('Tanggal mulai').fill('2027-01-04')
      await page.getByLabel('Tanggal selesai').fill('2027-03-31')
      const members = page.getByLabel('Jumlah anggota tim')
      // The decimal keyboard has the `.` and `,` Indonesian numbers are written with (1.200).
      expect(await members.getAttribute('inputmode')).toBe('decimal')
      await members.fill('tiga')
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()
      expect(await errorSummaryText(page)).toContain('Jumlah anggota tim harus berupa bilangan bulat')
      // 1.5 could be the English one and a half: refused with the way to write it, never guessed.
      await members.fill('1.5')
      await members.blur()
      await page
        .getByText('“1.5” bisa dibaca dua cara. Tulis 1.200 atau 1200 untuk seribu dua ratus', { exact: false })
        .waitFor()
      await members.fill('3')
      await members.blur()
      await page.getByText('Dibaca sebagai 3 orang.', { exact: true }).waitFor() // what will be saved, shown back
      await expectPhoneFriendly(page)
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()
      await page.waitForURL(/\/dokumen$/)
    },
    TIMEOUT,
  )

  it(
    'each mandatory document uploads with a visible progress bar; a file that is not what it claims is refused',
    async () => {
      const page = applicant
      await h1(page, 'Unggah dokumen')
      expect(story.mandatory.length).toBeGreaterThanOrEqual(4)
      for (const requirement of story.mandatory) {
        const block = requirementBlock(page, requirement.name)
        expect(await block.textContent()).toContain('Wajib')
        expect(await block.textContent()).toMatch(/Berkas: PDF, JPEG,? dan PNG, maksimal 2 MB/)
      }

      // "Lanjut" before uploading lists every missing document.
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()
      const missing = await errorSummaryText(page)
      for (const requirement of story.mandatory) expect(missing).toContain(`${requirement.name} wajib diunggah.`)

      // The server reads the content: text named .pdf is refused with a clear message.
      const first = story.mandatory[0]!
      await page.locator(`#upload-${first.key}`).setInputFiles(path.join(files, 'bukan-pdf.pdf'))
      await requirementBlock(page, first.name)
        .getByText(/^Jenis berkas tidak diterima\. Unggah berkas PDF, JPEG,? atau PNG\.$/)
        .waitFor()

      // Slow the connection to a 2017 phone's, so the progress bar has time to move.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 40,
        downloadThroughput: 400_000,
        uploadThroughput: 250_000,
      })
      await watchProgressBars(page)
      const fileFor: Record<string, string> = {
        surat_pengantar: 'surat-pengantar.pdf',
        proposal: 'proposal.pdf',
        ktp: 'ktp.png',
        pernyataan_mematuhi: 'pernyataan.pdf',
      }
      for (const requirement of story.mandatory)
        await uploadFile(page, requirement, path.join(files, fileFor[requirement.key] ?? 'pernyataan.pdf'))
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      })

      const seen = await progressSeen(page)
      expect(seen.length, 'a progress bar appeared while uploading').toBeGreaterThan(0)
      expect(
        seen.some((value) => value > 0 && value < 100),
        `progress moved between 0 and 100: ${seen.join(',')}`,
      ).toBe(true)
      await expectPhoneFriendly(page)

      // Replace and remove work on an uploaded file; the optional power of attorney stays empty.
      await uploadFile(
        page,
        { key: 'surat_kuasa', name: 'Surat kuasa bermeterai bila pengurusan dikuasakan' },
        path.join(files, 'pernyataan.pdf'),
      )
      await requirementBlock(page, 'Surat kuasa bermeterai bila pengurusan dikuasakan')
        .getByRole('button', { name: /^Hapus/ })
        .click()
      await requirementBlock(page, 'Surat kuasa bermeterai bila pengurusan dikuasakan')
        .getByText('Belum diunggah.')
        .waitFor()

      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()
      await page.waitForURL(/\/periksa$/)
    },
    TIMEOUT,
  )

  it(
    '"Periksa jawaban Anda" shows every answer with change links, and sending gives the registration number and tracking code once',
    async () => {
      const page = applicant
      await h1(page, 'Periksa jawaban Anda')
      const main = (await page.getByRole('main').textContent()) ?? ''
      expect(main).toContain('Skripsi / tugas akhir')
      expect(main).toContain('3273014508900001') // the digits, without the spaces typed
      expect(main).toContain('3 orang')
      expect(main).toContain('proposal.pdf')
      expect(await page.getByRole('link', { name: 'Ubah Judul penelitian' }).count()).toBe(1)
      await expectPhoneFriendly(page)

      await page.getByRole('button', { name: 'Kirim permohonan' }).click()
      await page.waitForURL(/\/terkirim$/)
      await h1(page, 'Permohonan terkirim')
      const confirmation = (await page.getByRole('main').textContent()) ?? ''
      story.registrationNo = /REG-\d{4}-\d{6,}/.exec(confirmation)?.[0] ?? ''
      expect(story.registrationNo).not.toBe('')
      story.trackingCode = ((await page.locator('.tracking-code__value').textContent()) ?? '').replace(/\s+/g, '')
      expect(story.trackingCode).toMatch(/^[2-9A-Z]{10}$/)
      expect(confirmation).toContain('Anda juga dapat melihatnya lagi di Permohonan saya')
      expect(confirmation).toMatch(/Perkiraan selesai\s*\d{1,2} \w+ \d{4}/)
      expect(confirmation).toContain('Apa yang terjadi selanjutnya')
      await page.getByRole('button', { name: 'Salin kode lacak' }).waitFor()
      await expectPhoneFriendly(page)

      // The tracking link carries the number, never the code.
      await page.getByRole('link', { name: 'Lacak permohonan ini' }).click()
      await page.waitForURL(/\/lacak\?no=REG-/)
      expect(await page.getByLabel('Nomor registrasi').inputValue()).toBe(story.registrationNo)
      expect(page.url()).not.toContain(story.trackingCode)
    },
    TIMEOUT,
  )

  it(
    'anyone can track it without logging in: stages and dates, no personal data; a wrong code is "not found"',
    async () => {
      const page = await freshPage()
      await page.goto(url('/'))
      await page.getByRole('link', { name: 'Lacak permohonan' }).first().click()
      await h1(page, 'Lacak permohonan')
      await expectPhoneFriendly(page)

      // A wrong code and an unknown number get the very same answer.
      await page.getByLabel('Nomor registrasi').fill(story.registrationNo)
      await page.getByLabel('Kode lacak').fill('ABCDE23456')
      await page.getByRole('button', { name: 'Lacak', exact: true }).click()
      const wrongCode = await errorSummaryText(page)
      expect(wrongCode).toContain('Nomor registrasi atau kode lacak tidak cocok.')
      await page.getByLabel('Nomor registrasi').fill('REG-2099-999999')
      await page.getByLabel('Kode lacak').fill(story.trackingCode)
      const answer = page.waitForResponse((response) => response.url().includes('/api/v1/track/REG-2099-999999'))
      await page.getByRole('button', { name: 'Lacak', exact: true }).click()
      expect((await answer).status()).toBe(404)
      expect(await errorSummaryText(page)).toBe(wrongCode)
      expect(page.url()).not.toMatch(/\/lacak\/REG-/)

      // Typed in lower case with a space, as read out over the phone.
      await page.getByLabel('Nomor registrasi').fill(story.registrationNo.toLowerCase())
      await page
        .getByLabel('Kode lacak')
        .fill(`${story.trackingCode.slice(0, 5).toLowerCase()} ${story.trackingCode.slice(5)}`)
      await page.getByRole('button', { name: 'Lacak', exact: true }).click()
      // The code rides in the address's fragment (a reload keeps the result; the server never sees it).
      await page.waitForURL(new RegExp(`/lacak/${story.registrationNo}#kode=${story.trackingCode}$`))
      await h1(page, 'Status permohonan')
      const stage = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: 'Verifikasi administrasi' }) })
      expect(await stage.textContent()).toContain('Sedang diproses')
      expect(await stage.textContent()).toContain('Ditangani oleh petugas loket')
      expect(await stage.textContent()).toMatch(/0 dari 1 hari kerja terpakai/)
      const text = (await page.locator('body').textContent()) ?? ''
      expect(text).toContain('Surat Keterangan Penelitian')
      expect(text).not.toContain(DEMO_APPLICANT.fullName)
      expect(text).not.toContain(DEMO_APPLICANT.nik)
      expect(text).not.toContain(pintu.accounts.applicant.email)
      expect(text).not.toContain('Universitas Padjadjaran')
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )

  it(
    'after the counter officer returns it, the applicant sees why and can change only what was listed, then sends it again',
    async () => {
      // The officer's side, through the API as the officer SPA would call it.
      const { accessToken } = await api<{ accessToken: string }>(
        'POST',
        '/api/v1/auth/login',
        null,
        pintu.accounts.frontdesk,
      )
      const queue = await api<{ items: { id: string; registrationNo: string | null; version: number }[] }>(
        'GET',
        '/api/v1/work/queue',
        accessToken,
      )
      const item = queue.items.find((i) => i.registrationNo === story.registrationNo)
      expect(item, 'the system assigned the file to the counter officer on duty').toBeTruthy()
      const note = 'Judul penelitian pada formulir tidak sama dengan judul pada proposal. Samakan keduanya.'
      await api('POST', `/api/v1/applications/${item!.id}/actions/return`, accessToken, {
        version: item!.version,
        returnReasons: { codes: ['data_mismatch'], requirements: ['proposal'], fields: ['penelitian_judul'], note },
      })

      const page = applicant
      await page.goto(url('/permohonan'))
      await h1(page, 'Permohonan saya')
      const card = page.getByRole('listitem').filter({ hasText: story.registrationNo })
      expect(await card.textContent()).toContain('Dikembalikan untuk diperbaiki')
      await expectPhoneFriendly(page)

      await card.getByRole('link', { name: 'Surat Keterangan Penelitian' }).click()
      await h1(page, 'Surat Keterangan Penelitian')
      const notice = page.getByRole('region', { name: 'Permohonan dikembalikan untuk diperbaiki' })
      const noticeText = (await notice.textContent()) ?? ''
      expect(noticeText).toContain('Data tidak sesuai dengan dokumen')
      expect(noticeText).toContain(note)
      expect(noticeText).toContain('Isian: Judul penelitian')
      expect(noticeText).toContain('Dokumen: Proposal penelitian')
      await expectPhoneFriendly(page)

      await notice.getByRole('link', { name: 'Perbaiki permohonan' }).click()
      await page.waitForURL(/\/isi\/penelitian$/)
      await h1(page, 'Data penelitian')
      // Only the listed field is an input; the rest of the section is shown, not editable.
      expect(await page.locator('form').getByRole('textbox').count()).toBe(1)
      expect(await page.getByLabel('Perguruan tinggi / lembaga').count()).toBe(0)
      expect(await page.getByRole('main').textContent()).toContain('Universitas Padjadjaran')
      await page.getByLabel('Judul penelitian').fill('Pelayanan perizinan daring tanpa tatap muka di Kota Bandung')
      await expectPhoneFriendly(page)
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()

      await page.waitForURL(/\/dokumen$/)
      expect(await page.locator('input[type=file]').count()).toBe(1)
      await uploadFile(page, { key: 'proposal', name: 'Proposal penelitian' }, path.join(files, 'proposal-revisi.pdf'))
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()

      await page.waitForURL(/\/periksa$/)
      await h1(page, 'Periksa perbaikan Anda')
      expect(await page.getByRole('link', { name: /^Ubah / }).count()).toBe(2)
      await page.getByRole('button', { name: 'Kirim ulang' }).click()
      await page.waitForURL(/\/terkirim$/)
      await h1(page, 'Perbaikan terkirim')

      await page.getByRole('link', { name: 'Lihat permohonan' }).click()
      await h1(page, 'Surat Keterangan Penelitian')
      expect(await page.getByRole('definition').filter({ hasText: 'Verifikasi administrasi' }).count()).toBe(1)
      expect(await page.getByRole('region', { name: 'Riwayat' }).textContent()).toContain(
        'Dikirim ulang setelah diperbaiki',
      )
      expect(await page.getByRole('region', { name: 'Permohonan dikembalikan untuk diperbaiki' }).count()).toBe(0)
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )
})
