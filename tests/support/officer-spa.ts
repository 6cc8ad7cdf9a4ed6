// Signing in to the officer SPA, as the end-to-end stories do before each officer's step.
import type { Browser, Page } from 'playwright-core'
import type { Credentials } from './applicant-api.ts'
import { newDesktopPage } from './browser.ts'

export const officerUrl = (baseUrl: string, path = '') => `${baseUrl}/officer/${path}`
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' })

/** Signs in on an open page and waits for the main navigation. */
export async function officerLogIn(page: Page, baseUrl: string, who: Credentials) {
  await page.goto(officerUrl(baseUrl, 'login'))
  await page.getByLabel('Email').fill(who.email)
  await page.getByLabel('Kata sandi').fill(who.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await mainNav(page).waitFor()
}

/** A new desktop page, signed in as the officer. */
export async function officerPage(browser: Browser, baseUrl: string, who: Credentials): Promise<Page> {
  const page = await newDesktopPage(browser)
  await officerLogIn(page, baseUrl, who)
  return page
}
