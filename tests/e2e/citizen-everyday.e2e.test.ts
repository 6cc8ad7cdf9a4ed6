// Everyday use (issue 15) in headless Chromium on a 360 px phone in Bahasa Indonesia, against the
// real API: registering from "Ajukan permohonan" and landing back on it, the form prefilled from
// the account, saying what happened (registered, saved, deleted, logged out), the privacy notice,
// the fee on "Periksa jawaban Anda", the tracking code found again, a tracking result that survives
// a reload, the loading bar and the retry when a page cannot be fetched. The closure notice is in
// closure-notice.e2e.test.ts: a declared closure would change every later page here.
import { applicationRoutes, authRoutes, computeFee, formatRupiah, type Requirement } from '@pintu/contract'
import { createClient } from '@pintu/contract/client'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectNoSeriousAxeViolations,
  hasNoHorizontalScroll,
  launchBrowser,
  newMobilePage,
} from '../support/browser.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'
import { samplePdf, samplePng } from '../support/sample-data.ts'
import { sampleValue } from '@pintu/contract/samples'

const TIMEOUT = 120_000
let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []

const url = (path: string) => new URL(path, pintu.baseUrl).href
const clientFor = (token: string | null) => createClient({ baseUrl: pintu.baseUrl, getAccessToken: () => token })
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor()
/** The message saying what just happened, above the page (role=status). */
const flashText = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor()

async function fresh(): Promise<Page> {
  const page = await newMobilePage(browser)
  pages.push(page)
  return page
}

async function expectPhoneFriendly(page: Page) {
  expect(await hasNoHorizontalScroll(page), `${page.url()} scrolls sideways at 360 px`).toBe(true)
  await expectNoSeriousAxeViolations(page)
}

/** A valid NIK of someone registered in Kota Bandung, random serial so runs never collide. */
function validNik(): string {
  const serial = String(1 + Math.floor(Math.random() * 9998)).padStart(4, '0')
  return `327301520391${serial}` // a woman born 12 March 1991
}

beforeAll(async () => {
  pintu = await startPintu()
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  for (const page of pages)
    await page
      .context()
      .close()
      .catch(() => undefined)
  await browser?.close()
  await pintu?.stop()
}, TIMEOUT)

describe('an applicant who registers from "Ajukan permohonan"', () => {
  const person = {
    nik: validNik(),
    fullName: 'Rina Marlina',
    email: `rina.${Date.now()}@contoh.id`,
    phone: '0813-2222-3333',
    password: 'Braga-Permai-1925!',
  }
  let page: Page

  it(
    'lands back on the application with a message, and the applicant’s section of the form is prefilled',
    async () => {
      page = await fresh()
      await page.goto(url('/layanan/SKP'))
      await h1(page, 'Surat Keterangan Penelitian')
      await page.getByRole('link', { name: 'Ajukan permohonan' }).first().click()
      await page.waitForURL(/\/masuk\?next=/)
      // No account yet: register instead, and still come back.
      await page.getByRole('main').getByRole('link', { name: 'Daftar', exact: true }).click()
      await page.waitForURL(/\/daftar\?next=(%2F|\/)layanan(%2F|\/)SKP(%2F|\/)ajukan$/)
      await h1(page, /Daftar/)
      // Where NIK is collected, the privacy notice says what is kept, why, how long and who sees it.
      await page.getByText('Bagaimana data pribadi Anda digunakan').click()
      const notice = (await page.locator('.privacy-notice').textContent()) ?? ''
      for (const part of ['Apa yang disimpan', 'Untuk apa', 'Berapa lama', 'Siapa yang melihat', 'UU 27/2022'])
        expect(notice).toContain(part)
      await expectPhoneFriendly(page)

      await page.getByLabel('NIK (Nomor Induk Kependudukan)').fill(person.nik)
      await page.getByLabel('Nama lengkap', { exact: true }).fill(person.fullName)
      await page.getByLabel('Email', { exact: true }).fill(person.email)
      await page.getByLabel('Nomor HP', { exact: true }).fill(person.phone)
      await page.getByLabel('Kata sandi', { exact: true }).fill(person.password)
      await page.getByRole('button', { name: 'Daftar', exact: true }).click()

      await page.waitForURL(/\/layanan\/SKP\/ajukan$/)
      await flashText(page, 'Akun Anda sudah dibuat dan Anda sudah masuk.')
      await expectPhoneFriendly(page)
      await page.getByLabel('Baru', { exact: true }).check()
      await page.getByRole('button', { name: 'Mulai permohonan' }).click()
      await page.waitForURL(/\/permohonan\/[0-9a-f-]{36}\/isi\/pemohon$/)
      // The message was about registering: it goes with the next page.
      expect(await page.getByText('Akun Anda sudah dibuat').count()).toBe(0)

      await h1(page, 'Data pemohon')
      expect(await page.getByLabel('NIK pemohon').inputValue()).toBe(person.nik)
      expect(await page.getByLabel('Nama lengkap sesuai KTP').inputValue()).toBe(person.fullName)
      expect(await page.getByLabel('Alamat email').inputValue()).toBe(person.email)
      expect((await page.getByLabel('Nomor telepon seluler').inputValue()).replace(/\D/g, '')).toMatch(/81322223333$/)
      await page.getByText('Kami sudah mengisi NIK, nama, nomor ponsel dan surel dari akun Anda.').waitFor()
      await page.getByText('Bagaimana data pribadi Anda digunakan').waitFor()
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )

  it(
    'saving for later says so; the draft can be deleted (not only withdrawn), which says so too',
    async () => {
      await page.getByRole('button', { name: 'Simpan dan lanjutkan nanti' }).click()
      await page.waitForURL(/\/permohonan\/[0-9a-f-]{36}$/)
      await flashText(page, 'Isian Anda sudah disimpan.')
      await page.getByRole('button', { name: 'Tutup pesan' }).click()
      expect(await page.getByText('Isian Anda sudah disimpan.').count()).toBe(0)

      await page.getByRole('link', { name: 'Hapus draf' }).click()
      await h1(page, 'Hapus draf ini?')
      await expectPhoneFriendly(page)
      await page.getByRole('button', { name: 'Ya, hapus draf' }).click()
      await page.waitForURL(/\/permohonan$/)
      await flashText(page, 'Draf permohonan sudah dihapus, beserta isian dan dokumennya.')
      await page.getByText('Anda belum memiliki permohonan.').waitFor()
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )

  it(
    'the account page offers the applicant’s own data and the privacy notice; logging out says so',
    async () => {
      await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Akun saya' }).click()
      await h1(page, 'Akun saya')
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Unduh data saya (JSON)' }).click()
      const file = await download
      expect(file.suggestedFilename()).toBe('pintu-data-saya.json')
      await page.getByRole('link', { name: 'Pemberitahuan privasi' }).click()
      await h1(page, 'Pemberitahuan privasi')
      for (const name of ['Apa yang disimpan', 'Untuk apa', 'Berapa lama', 'Siapa yang melihat', 'Hak Anda'])
        await page.getByRole('heading', { level: 2, name }).waitFor()
      await expectPhoneFriendly(page)

      await page.goBack()
      await h1(page, 'Akun saya')
      await page.getByRole('button', { name: 'Keluar' }).click()
      await page.waitForURL(url('/'))
      await flashText(page, 'Anda sudah keluar.')
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )
})

describe('the fee, the tracking code and tracking', () => {
  const story = { id: '', fee: 0, registrationNo: '', trackingCode: '' }

  beforeAll(async () => {
    // The demo applicant fills an IMB application through the API: its fee is computed from the floor area.
    const { accessToken } = await clientFor(null).call(authRoutes.login, { body: pintu.accounts.applicant })
    const applicant = clientFor(accessToken)
    let app = await applicant.call(applicationRoutes.create, { body: { serviceCode: 'IMB', applicationKind: 'baru' } })
    const fee = app.service.fee
    expect(fee.kind).toBe('per_unit')
    const fields = app.service.form.sections.flatMap((s) => s.fields)
    const data = Object.fromEntries(fields.map((f) => [f.key, sampleValue(f)]))
    if (fee.kind === 'per_unit') data[fee.field] = 250
    app = await applicant.call(applicationRoutes.updateForm, {
      params: { id: app.id },
      body: { version: app.version, data },
    })
    const upload = async (requirement: Requirement) => {
      const pdf = requirement.acceptedTypes.includes('pdf')
      const form = new FormData()
      const bytes = new Uint8Array(pdf ? samplePdf(requirement.key) : samplePng)
      form.append('file', new Blob([bytes], { type: pdf ? 'application/pdf' : 'image/png' }), `${requirement.key}.pdf`)
      const response = await fetch(url(`/api/v1/applications/${app.id}/documents/${requirement.key}`), {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}` },
        body: form,
      })
      expect(response.status, `upload ${requirement.key}`).toBe(201)
    }
    for (const requirement of app.service.requirements.filter((r) => r.mandatory && r.appliesTo.includes('baru')))
      await upload(requirement)
    story.id = app.id
    story.fee = computeFee(fee, data)
    expect(app.fee).toEqual({ amount: story.fee, estimate: true })
  }, TIMEOUT)

  it(
    '"Periksa jawaban Anda" shows the fee computed from the answers; the confirmation shows it fixed',
    async () => {
      const page = await fresh()
      await page.goto(url(`/masuk?next=/permohonan/${story.id}/periksa`))
      await page.getByLabel('Email', { exact: true }).fill(pintu.accounts.applicant.email)
      await page.getByLabel('Kata sandi', { exact: true }).fill(pintu.accounts.applicant.password)
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      await h1(page, 'Periksa jawaban Anda')
      const fee = page.getByRole('region', { name: 'Biaya (retribusi)' })
      expect(story.fee).toBe(2_500_000)
      expect(await fee.textContent()).toContain(formatRupiah(story.fee))
      expect(await fee.textContent()).toContain('Perkiraan dari jawaban Anda sejauh ini')
      await expectPhoneFriendly(page)

      await page.getByRole('button', { name: 'Kirim permohonan' }).click()
      await h1(page, 'Permohonan terkirim')
      const confirmed = page.getByRole('region', { name: 'Biaya (retribusi)' })
      expect(await confirmed.textContent()).toContain(formatRupiah(story.fee))
      expect(await confirmed.textContent()).toContain('Ditetapkan saat permohonan dikirim')
      const main = (await page.getByRole('main').textContent()) ?? ''
      story.registrationNo = /REG-\d{4}-\d{6,}/.exec(main)?.[0] ?? ''
      story.trackingCode = ((await page.locator('.tracking-code__value').textContent()) ?? '').replace(/\s+/g, '')
      expect(story.trackingCode).toMatch(/^[2-9A-Z]{10}$/)

      // Found again later: on the list and on the application, after a reload.
      await page.goto(url('/permohonan'))
      await h1(page, 'Permohonan saya')
      const card = page.getByRole('article').filter({ hasText: story.registrationNo })
      expect(((await card.textContent()) ?? '').replace(/\s+/g, '')).toContain(`Kodelacak:${story.trackingCode}`)
      await expectPhoneFriendly(page)
      await card.getByRole('link').first().click()
      await h1(page, 'Izin Mendirikan Bangunan')
      const code = page.getByRole('definition').filter({ hasText: 'siapa pun yang Anda beri tahu' })
      expect(((await code.textContent()) ?? '').replace(/\s+/g, '')).toContain(story.trackingCode)
    },
    TIMEOUT,
  )

  it(
    'a tracking result survives a reload: the code is in the address (its fragment, never sent to the server)',
    async () => {
      const page = await fresh()
      await page.goto(url('/lacak'))
      await page.getByLabel('Nomor registrasi').fill(story.registrationNo)
      await page.getByLabel('Kode lacak').fill(story.trackingCode)
      await page.getByRole('button', { name: 'Lacak', exact: true }).click()
      await h1(page, 'Status permohonan')
      expect(page.url()).toBe(url(`/lacak/${story.registrationNo}#kode=${story.trackingCode}`))
      await page.reload()
      await h1(page, 'Status permohonan')
      expect(await page.getByRole('main').textContent()).toContain(story.registrationNo)
      await page.getByRole('region', { name: 'Tahapan dan batas waktu' }).waitFor()
      await expectPhoneFriendly(page)

      // A wrong code in the address goes back to the form, the number filled in.
      const other = await fresh()
      await other.goto(url(`/lacak/${story.registrationNo}#kode=SALAHSALAH`))
      await h1(other, 'Lacak permohonan')
      expect(await other.getByLabel('Nomor registrasi').inputValue()).toBe(story.registrationNo)
    },
    TIMEOUT,
  )
})

describe('slow and flaky connections', () => {
  it(
    'a slow page change shows a loading bar; a page that cannot be fetched says so, and "Coba lagi" opens it',
    async () => {
      const page = await fresh()
      await page.goto(url('/'))
      await h1(page, 'Perizinan sepenuhnya daring')
      const nav = page.getByRole('navigation', { name: 'Menu utama' })

      // A slow connection: the tracking page's code takes a second and a half to arrive.
      await page.route(/\/assets\/TrackPage-[^/]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await route.continue()
      })
      await nav.getByRole('link', { name: 'Lacak' }).click()
      await page.getByRole('status').filter({ hasText: 'Memuat halaman…' }).waitFor()
      await h1(page, 'Lacak permohonan')
      expect(await page.getByText('Memuat halaman…').count()).toBe(0)

      // Offline: the catalogue's code cannot be fetched.
      await page.route(/\/assets\/CataloguePage-[^/]+\.js$/, (route) => route.abort('internetdisconnected'))
      await nav.getByRole('link', { name: 'Layanan' }).click()
      const alert = page.getByRole('alert').filter({ hasText: 'Halaman belum dapat dimuat' })
      await alert.waitFor()
      expect(await alert.textContent()).toContain('Periksa sambungan Anda, lalu coba lagi.')
      await expectPhoneFriendly(page)

      // Back online: the retry opens the page.
      await page.unroute(/\/assets\/CataloguePage-[^/]+\.js$/)
      await alert.getByRole('button', { name: 'Coba lagi' }).click()
      await page.waitForURL(/\/layanan$/)
      await h1(page, 'Katalog layanan')
      expect(await page.getByText('Halaman belum dapat dimuat').count()).toBe(0)
    },
    TIMEOUT,
  )

  it(
    'API answers come compressed to a browser that accepts it',
    async () => {
      const page = await fresh()
      await page.goto(url('/'))
      const encoding = await page.evaluate(async () => {
        const response = await fetch('/api/v1/services?pageSize=50')
        return response.headers.get('content-encoding')
      })
      expect(['br', 'gzip']).toContain(encoding)
    },
    TIMEOUT,
  )

  it(
    'the service standard at 360 px is folded, with the apply action at the top and at the end',
    async () => {
      const page = await fresh()
      await page.goto(url('/layanan/REKLAME'))
      await h1(page, 'Izin Penyelenggaraan Reklame')
      const requirements = page.getByRole('region', { name: 'Persyaratan' })
      expect(await requirements.locator('details').getAttribute('open')).toBeNull()
      expect(await page.getByRole('link', { name: 'Ajukan permohonan' }).count()).toBe(2)
      // Folded, the whole standard is about two screens long instead of many.
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      expect(height).toBeLessThan(740 * 3)
      await requirements.getByRole('heading', { name: 'Persyaratan' }).click()
      expect(await requirements.locator('details').getAttribute('open')).not.toBeNull()
      await requirements.getByText('Bukti lunas PBB lahan reklame 3 tahun terakhir').waitFor()
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )
})

describe('in English', () => {
  it(
    'the new pages speak English after switching language, axe-clean at 360 px',
    async () => {
      const page = await fresh()
      await page.goto(url('/privasi'))
      await h1(page, 'Pemberitahuan privasi')
      await page.getByRole('button', { name: 'English' }).click()
      await h1(page, 'Privacy notice')
      for (const name of ['What is kept', 'Why', 'For how long', 'Who sees it', 'Your rights'])
        await page.getByRole('heading', { level: 2, name }).waitFor()
      await expectPhoneFriendly(page)
      await page.goto(url('/penutupan'))
      await h1(page, 'The DPMPTSP office is open as usual')
      await expectPhoneFriendly(page)
      // Units from the catalogue, written in Indonesian there, read in English.
      await page.goto(url('/layanan/SIUJK'))
      await page.getByRole('heading', { level: 1 }).waitFor()
      const form = page.getByRole('region', { name: 'Data you fill in when you apply' })
      const fields = (await form.textContent()) ?? ''
      expect(fields).toContain('Number of employees')
      expect(fields).toContain('people')
      expect(fields).not.toMatch(/\borang\b/)
    },
    TIMEOUT,
  )
})
