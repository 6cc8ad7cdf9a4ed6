// Account recovery and registration in headless Chromium on a phone (360 × 740), against the real
// compiled server sending its emails over SMTP to a real SMTP server on loopback (the mail sink):
// the reset link is read from the email the server actually sent.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoSeriousAxeViolations, launchBrowser, newMobilePage } from '../support/browser.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'
import { startSmtpSink } from '../support/smtp-sink.ts'

const TIMEOUT = 90_000
const PHONE_WIDTH = 360

let pintu: RunningPintu
let smtp: Awaited<ReturnType<typeof startSmtpSink>>
let browser: Browser
const pages: Page[] = []

async function open(path: string): Promise<Page> {
  const page = await newMobilePage(browser)
  pages.push(page)
  await page.goto(new URL(path, pintu.baseUrl).href)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  return page
}

async function expectPhoneFriendly(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)
  expect(width, `page ${page.url()} is ${width}px wide`).toBeLessThanOrEqual(PHONE_WIDTH)
  await expectNoSeriousAxeViolations(page)
}

async function errorSummaryText(page: Page): Promise<string> {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') })
  await summary.waitFor()
  return (await summary.textContent()) ?? ''
}

const heading1 = async (page: Page) =>
  ((await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '').trim()

beforeAll(async () => {
  smtp = await startSmtpSink()
  pintu = await startPintu({ env: { PINTU_SMTP_URL: smtp.url, PINTU_MAIL_FROM: 'Pintu Uji <pintu@uji.pintu.id>' } })
  browser = await launchBrowser()
}, TIMEOUT)

afterAll(async () => {
  for (const page of pages) await page.context().close()
  await browser?.close()
  await pintu?.stop()
  await smtp?.close()
})

describe('registration', () => {
  it(
    'shows every field error at once, each saying what is expected, and marks no required field',
    async () => {
      const page = await open('/daftar')
      const form = page.locator('form')
      expect(await form.textContent()).not.toContain('wajib)')

      await page.getByLabel('NIK (Nomor Induk Kependudukan)').fill('3273 0145')
      await page.getByLabel('Email', { exact: true }).fill('siti-at-contoh.id')
      await page.getByLabel('Nomor HP').fill('022-7217487')
      await page.getByLabel('Kata sandi', { exact: true }).fill('pendek')
      await page.getByRole('button', { name: 'Daftar', exact: true }).click()

      const summary = await errorSummaryText(page)
      expect(summary).toContain('NIK harus 16 angka')
      expect(summary).toContain('Nama lengkap wajib diisi.')
      expect(summary).toContain('Email harus berbentuk nama@domain')
      expect(summary).toContain('Nomor HP harus nomor seluler Indonesia')
      expect(summary).toContain('Kata sandi minimal 10 karakter.')
      for (const id of ['register-nik', 'register-fullName', 'register-email', 'register-phone', 'register-password'])
        expect(await page.locator(`#${id}`).getAttribute('aria-invalid'), id).toBe('true')
      await expectPhoneFriendly(page)
    },
    TIMEOUT,
  )
})

describe('account recovery', () => {
  const applicant = () => pintu.accounts.applicant
  const newPassword = 'Jembatan-Pasupati-2005'

  it(
    'resets a forgotten password with the link from the email the server sent',
    async () => {
      const page = await open('/masuk')
      await page.getByRole('link', { name: 'Lupa kata sandi?' }).click()
      await page.getByRole('heading', { level: 1, name: 'Lupa kata sandi' }).waitFor()
      await expectPhoneFriendly(page)

      // A malformed email is refused here, saying what is expected.
      await page.getByLabel('Email', { exact: true }).fill('bukan-email')
      await page.getByRole('button', { name: 'Kirim', exact: true }).click()
      expect(await errorSummaryText(page)).toContain('Email harus berbentuk nama@domain')
      await expectPhoneFriendly(page)

      await page.getByLabel('Email', { exact: true }).fill(applicant().email)
      await page.getByRole('button', { name: 'Kirim', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Periksa email Anda' }).waitFor()
      await expectPhoneFriendly(page)

      const mail = await smtp.next(applicant().email, 20_000)
      expect(mail.from).toBe('pintu@uji.pintu.id')
      const link = /(https?:\/\/\S+\/atur-ulang-sandi#token=\S+)/.exec(mail.text)?.[1]
      expect(link, mail.text).toBeDefined()
      // The server's public address is localhost:<PORT> and PORT=0 here: open the link's path on the real port.
      const { pathname, hash } = new URL(link!)
      const reset = await open(`${pathname}${hash}`)
      expect(await heading1(reset)).toBe('Buat kata sandi baru')
      // The token leaves the address bar once read.
      await reset.waitForFunction(() => !location.hash.includes('token'))
      await expectPhoneFriendly(reset)

      await reset.getByLabel('Kata sandi baru', { exact: true }).fill('pendek')
      await reset.getByRole('button', { name: 'Simpan kata sandi baru' }).click()
      expect(await errorSummaryText(reset)).toContain('Kata sandi minimal 10 karakter.')
      await expectPhoneFriendly(reset)

      await reset.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword)
      await reset.getByRole('button', { name: 'Simpan kata sandi baru' }).click()
      await reset.waitForURL(/\/masuk\?sandi=baru/)
      await reset.getByText('Kata sandi baru Anda sudah disimpan').waitFor()
      await expectPhoneFriendly(reset)

      await reset.getByLabel('Email', { exact: true }).fill(applicant().email)
      await reset.getByLabel('Kata sandi', { exact: true }).fill(newPassword)
      await reset.getByRole('button', { name: 'Masuk', exact: true }).click()
      await reset.waitForURL(/\/akun$/)
      expect(await heading1(reset)).toBe('Akun saya')
      applicant().password = newPassword

      // The same link works once.
      const again = await open(`${pathname}${hash}`)
      await again.getByLabel('Kata sandi baru', { exact: true }).fill('Jembatan-Pasupati-2006')
      await again.getByRole('button', { name: 'Simpan kata sandi baru' }).click()
      expect(await errorSummaryText(again)).toContain('sudah dipakai')
    },
    TIMEOUT,
  )

  it(
    'changes the password and the email from the account page',
    async () => {
      const page = await open('/masuk')
      await page.getByLabel('Email', { exact: true }).fill(applicant().email)
      await page.getByLabel('Kata sandi', { exact: true }).fill(applicant().password)
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      await page.waitForURL(/\/akun$/)
      await page.getByRole('heading', { level: 2, name: 'Keamanan akun' }).waitFor()
      await expectPhoneFriendly(page)

      await page.getByRole('link', { name: 'Ubah kata sandi' }).click()
      await page.getByRole('heading', { level: 1, name: 'Ubah kata sandi' }).waitFor()
      await expectPhoneFriendly(page)
      await page.getByLabel('Kata sandi saat ini', { exact: true }).fill('bukan kata sandinya')
      await page.getByLabel('Kata sandi baru', { exact: true }).fill('Gedung-Merdeka-1955')
      await page.getByRole('button', { name: 'Ubah kata sandi' }).click()
      expect(await errorSummaryText(page)).toContain('Kata sandi saat ini salah.')
      await expectPhoneFriendly(page)
      await page.getByLabel('Kata sandi saat ini', { exact: true }).fill(applicant().password)
      await page.getByRole('button', { name: 'Ubah kata sandi' }).click()
      await page.waitForURL(/\/akun\?diubah=sandi/)
      await page.getByText('Kata sandi Anda sudah diubah').waitFor()
      applicant().password = 'Gedung-Merdeka-1955'

      await page.getByRole('link', { name: 'Ubah email' }).click()
      await page.getByRole('heading', { level: 1, name: 'Ubah email' }).waitFor()
      await expectPhoneFriendly(page)
      const newEmail = `baru.${Date.now()}@contoh.id`
      await page.getByLabel('Email baru').fill(newEmail)
      await page.getByLabel('Kata sandi saat ini', { exact: true }).fill(applicant().password)
      await page.getByRole('button', { name: 'Kirim kode' }).click()
      await page.getByRole('heading', { level: 1, name: 'Masukkan kode' }).waitFor()
      await expectPhoneFriendly(page)
      const mail = await smtp.next(newEmail, 20_000)
      const code = /\b(\d{6})\b/.exec(mail.text)![1]!
      await page.getByLabel('Kode', { exact: true }).fill(code)
      await page.getByRole('button', { name: 'Konfirmasi' }).click()
      await page.waitForURL(/\/akun\?diubah=email/)
      await page.getByText(newEmail).waitFor()
      applicant().email = newEmail
    },
    TIMEOUT,
  )

  it(
    'resets a forgotten password with the SMS code the gateway simulator took',
    async () => {
      const page = await open('/lupa-kata-sandi')
      await page.getByLabel('Email', { exact: true }).fill(applicant().email)
      await page.getByLabel('SMS: kode 6 angka ke nomor HP akun Anda').check()
      await page.getByRole('button', { name: 'Kirim', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Masukkan kode dari SMS' }).waitFor()
      await expectPhoneFriendly(page)

      // The embedded server's SMS GATEWAY SIMULATOR writes what it took to the data directory, and says so at start.
      expect(pintu.output()).toContain('SMS GATEWAY SIMULATOR is on')
      // With an SMTP server configured, no email goes to the file outbox.
      expect(pintu.output()).not.toContain('outbox/mail')
      const outbox = path.join(pintu.dataDir, 'outbox', 'sms.jsonl')
      let code: string | undefined
      for (let i = 0; i < 100 && !code; i++) {
        const lines = (await readFile(outbox, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean)
        const last = lines.map((line) => JSON.parse(line) as { to: string; text: string }).at(-1)
        code = last && /\b(\d{6})\b/.exec(last.text)?.[1]
        if (!code) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(code).toBeDefined()
      await page.getByLabel('Kode dari SMS').fill(code === '000000' ? '000001' : '000000')
      await page.getByLabel('Kata sandi baru', { exact: true }).fill('Taman-Lansia-Bandung')
      await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click()
      expect(await errorSummaryText(page)).toContain('Kode tidak cocok')
      await expectPhoneFriendly(page)
      await page.getByLabel('Kode dari SMS').fill(code!)
      await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click()
      await page.waitForURL(/\/masuk\?sandi=baru/)
      applicant().password = 'Taman-Lansia-Bandung'
    },
    TIMEOUT,
  )
})
