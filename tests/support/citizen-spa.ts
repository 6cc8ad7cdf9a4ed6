// The citizen SPA's apply flow as a person walks it: typing each field, uploading each document,
// one page after the other until the confirmation.
import type { FormField, Requirement } from '@pintu/contract'
import { sampleValue } from '@pintu/contract/samples'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { samplePdf, samplePng } from './sample-data.ts'

/** What a person would type into each field: the sample value, numbers whole (the form reads Indonesian formats). */
export function typedValue(field: FormField): string | boolean {
  if (field.type === 'integer' || field.type === 'decimal')
    return String(Math.min(field.maximum ?? 1_000_000, Math.max(field.minimum ?? 1, 12)))
  const value = sampleValue(field)
  return typeof value === 'boolean' ? value : String(value)
}

export async function fillField(page: Page, field: FormField, value: string | boolean) {
  const control = page.locator(`#field-${field.key}`)
  if (field.type === 'select') await control.selectOption({ index: 1 })
  else if (typeof value === 'boolean') await control.setChecked(value)
  else await control.fill(value)
}

export async function uploadInPage(page: Page, requirement: Requirement, label: string) {
  const pdf = requirement.acceptedTypes.includes('pdf')
  await page.locator(`#upload-${requirement.key}`).setInputFiles({
    name: pdf ? `${requirement.key}.pdf` : `${requirement.key}.png`,
    mimeType: pdf ? 'application/pdf' : 'image/png',
    buffer: pdf ? samplePdf(label) : samplePng,
  })
  await page.getByRole('region', { name: requirement.name.id }).getByText('Terunggah:').waitFor()
}

/**
 * Walks the citizen's one-thing-per-page flow (form sections, documents, check) until the
 * confirmation page: `onSection` fills a section page, `onDocuments` the documents page, and the
 * check page is sent with `sendLabel`.
 */
export async function walkToConfirmation(
  page: Page,
  steps: { onSection: () => Promise<void>; onDocuments: () => Promise<void>; sendLabel: string },
) {
  for (let guard = 0; guard < 20; guard += 1) {
    await page.waitForURL(/\/permohonan\/[^/]+\/(isi\/[^/]+|dokumen|periksa|terkirim)/)
    const path = new URL(page.url()).pathname
    if (path.endsWith('/terkirim')) return
    const before = page.url()
    if (path.includes('/isi/')) {
      await page.getByRole('button', { name: 'Lanjut', exact: true }).waitFor()
      await steps.onSection()
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()
    } else if (path.endsWith('/dokumen')) {
      await page.getByRole('button', { name: 'Lanjut', exact: true }).waitFor()
      await steps.onDocuments()
      await page.getByRole('button', { name: 'Lanjut', exact: true }).click()
    } else {
      await page.getByRole('button', { name: steps.sendLabel }).click()
    }
    await page.waitForURL((url) => url.href !== before)
  }
  throw new Error(`the apply flow did not reach the confirmation page; it is at ${page.url()}`)
}

/** The text of the error summary a form shows above itself when it refuses. */
export async function errorSummaryText(page: Page): Promise<string> {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Ada masalah' }) })
  await summary.waitFor()
  return (await summary.textContent()) ?? ''
}

/** Records whether an upload progress bar appeared, and the values it showed, while files upload. */
export async function watchProgressBars(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = []
    ;(window as unknown as { progressSeen: number[] }).progressSeen = seen
    const record = () =>
      document.querySelectorAll('progress').forEach((bar) => seen.push(Number((bar as HTMLProgressElement).value)))
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
  })
}
export const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen)

/** The requirement block of the documents page, found by its heading. */
export const requirementBlock = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

/** Chooses a file from disk for a requirement and waits until the page lists it as uploaded. */
export async function uploadFile(page: Page, requirement: { key: string; name: string }, file: string) {
  await page.locator(`#upload-${requirement.key}`).setInputFiles(file)
  await requirementBlock(page, requirement.name)
    .getByText(path.basename(file), { exact: true })
    .waitFor({ timeout: 30_000 })
}
