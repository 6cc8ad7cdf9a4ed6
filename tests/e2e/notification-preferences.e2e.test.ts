// Notification preferences (issue 14) in headless Chromium on a 360 px phone in Bahasa Indonesia,
// against the real API: an applicant chooses SMS and English on the account page's notifications
// page, saves with a confirmation, reloads and finds the choice kept, and the API answers the same.
import { authRoutes, notificationRoutes } from '@pintu/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../support/applicant-api.ts'
import { expectPhoneFriendly, h1, newMobilePage } from '../support/browser.ts'
import type { RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'

const TIMEOUT = 120_000
let pintu: RunningPintu
let browser: Browser
const pages: Page[] = []
const url = (path: string) => new URL(path, pintu.baseUrl).href

beforeAll(async () => {
  ;({ pintu, browser } = await openStory())
}, TIMEOUT)
afterAll(() => closeStory({ pintu, browser, pages }))

describe('notification preferences on a phone', () => {
  it(
    'keeps an applicant’s choice of SMS and English across a reload, as the API has it',
    async () => {
      const page = await newMobilePage(browser)
      pages.push(page)
      await page.goto(url('/masuk'))
      await page.getByLabel('Email', { exact: true }).fill(pintu.accounts.applicant.email)
      await page.getByLabel('Kata sandi', { exact: true }).fill(pintu.accounts.applicant.password)
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      await page.waitForURL((u) => !u.pathname.startsWith('/masuk'))
      await page.goto(url('/akun'))
      await page.getByRole('link', { name: 'Atur pemberitahuan' }).click()
      await h1(page, 'Pemberitahuan')
      // A new account has the defaults.
      await expect(page.getByLabel('Bahasa Indonesia').isChecked()).resolves.toBe(true)
      await expect(page.getByLabel('Email', { exact: true }).isChecked()).resolves.toBe(true)
      await expectPhoneFriendly(page)

      await page.getByLabel('English').check()
      await page.getByLabel('SMS ke nomor HP akun').check()
      await page.getByRole('button', { name: 'Simpan pilihan' }).click()
      await page
        .getByTestId('preferences-saved')
        .filter({ hasText: 'Pilihan disimpan: pesan dalam English, lewat SMS.' })
        .waitFor()
      await expectPhoneFriendly(page)

      await page.reload()
      await h1(page, 'Pemberitahuan')
      await page.getByRole('button', { name: 'Simpan pilihan' }).waitFor()
      await expect(page.getByLabel('English').isChecked()).resolves.toBe(true)
      await expect(page.getByLabel('SMS ke nomor HP akun').isChecked()).resolves.toBe(true)
      await expect(page.getByLabel('Bahasa Indonesia').isChecked()).resolves.toBe(false)

      const token = (await apiClient(pintu.baseUrl, null).call(authRoutes.login, { body: pintu.accounts.applicant }))
        .accessToken
      await expect(apiClient(pintu.baseUrl, token).call(notificationRoutes.preferences, {})).resolves.toEqual({
        locale: 'en',
        channels: 'sms',
      })
    },
    TIMEOUT,
  )
})
