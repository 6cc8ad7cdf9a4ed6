import { applicationRoutes, authRoutes, type ApplicationDetail, type Receipt } from '@pintu/contract'
import { createClient } from '@pintu/contract/client'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoSeriousAxeViolations, launchBrowser, newDesktopPage } from '../support/browser.ts'
import { startPintu, type RunningPintu } from '../support/pintu.ts'
import { samplePdf, samplePng } from '../support/sample-data.ts'
import { sampleValue } from '@pintu/contract/samples'

// Issue 15, "Everyday use", in Chromium against the real API: the work item shows the evidence
// before the actions with distinct landmark names, queues and the board search on the server, the
// board shows this week's history, the treasurer sees payments received, and /docs has an
// accessible reference beside Swagger UI. Every changed page is checked with axe.

let pintu: RunningPintu
let browser: Browser
let submitted: { detail: ApplicationDetail; receipt: Receipt }

const clientFor = (token: string | null) => createClient({ baseUrl: pintu.baseUrl, getAccessToken: () => token })
const officerUrl = (path = '') => `${pintu.baseUrl}/officer/${path}`
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' })

async function submitApplication(token: string) {
  const api = clientFor(token)
  const draft = await api.call(applicationRoutes.create, { body: { serviceCode: 'IUI', applicationKind: 'baru' } })
  const data = Object.fromEntries(
    draft.service.form.sections.flatMap((s) => s.fields).map((f) => [f.key, sampleValue(f)]),
  )
  await api.call(applicationRoutes.updateForm, { params: { id: draft.id }, body: { version: draft.version, data } })
  for (const req of draft.service.requirements.filter((r) => r.mandatory && r.appliesTo.includes('baru'))) {
    const pdf = req.acceptedTypes.includes('pdf')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(pdf ? samplePdf(`Pintu: ${req.key}`) : samplePng)]),
      pdf ? `${req.key}.pdf` : `${req.key}.png`,
    )
    const response = await fetch(`${pintu.baseUrl}/api/v1/applications/${draft.id}/documents/${req.key}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    })
    if (response.status !== 201) throw new Error(`upload ${req.key}: ${response.status}`)
  }
  const current = await api.call(applicationRoutes.get, { params: { id: draft.id } })
  const result = await api.call(applicationRoutes.act, {
    params: { id: draft.id, action: 'submit' },
    body: { version: current.version },
    idempotencyKey: crypto.randomUUID(),
  })
  return { detail: { ...result.application, service: current.service }, receipt: result.receipt! }
}

async function officerPage(who: { email: string; password: string }): Promise<Page> {
  const page = await newDesktopPage(browser)
  await page.goto(officerUrl('login'))
  await page.getByLabel('Email').fill(who.email)
  await page.getByLabel('Kata sandi').fill(who.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await mainNav(page).waitFor()
  return page
}

/** The accessible names of the page's region landmarks (named sections and regions). */
const regionNames = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('section[aria-labelledby], section[aria-label], [role="region"]')).map(
      (el) => {
        const label = el.getAttribute('aria-label')
        if (label) return label
        const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)
        return ids.map((id: string) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ')
      },
    ),
  )

beforeAll(async () => {
  pintu = await startPintu()
  browser = await launchBrowser()
  const token = (await clientFor(null).call(authRoutes.login, { body: pintu.accounts.applicant })).accessToken
  submitted = await submitApplication(token)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await pintu?.stop()
})

describe('officer SPA: everyday use', () => {
  it('searches my queue on the server by registration number, keeping the search in the address', async () => {
    const page = await officerPage(pintu.accounts.frontdesk)
    await mainNav(page).getByRole('link', { name: 'Antrean saya' }).click()
    const search = page.getByRole('search', { name: 'Cari di antrean saya' })
    await search.getByLabel('Nomor registrasi (atau awalnya)').fill(submitted.receipt.registrationNo)
    await search.getByRole('button', { name: 'Cari' }).click()
    await page.waitForURL(/registrationNo=REG-/)
    await page.getByRole('rowheader', { name: submitted.receipt.registrationNo }).waitFor()
    await expectNoSeriousAxeViolations(page)

    await search.getByLabel('Nomor registrasi (atau awalnya)').fill('REG-1999')
    await search.getByRole('button', { name: 'Cari' }).click()
    await page.getByText('Tidak ada berkas.').waitFor()
    // A bad entry is said on the page, before any request.
    await search.getByLabel('Nomor registrasi (atau awalnya)').fill('R#')
    await search.getByRole('button', { name: 'Cari' }).click()
    await search.getByText('Isi huruf, angka dan tanda hubung saja').waitFor()
    await page.close()
  })

  it('shows the work item’s evidence before its actions, under distinct landmark names', async () => {
    const page = await officerPage(pintu.accounts.frontdesk)
    await page.goto(officerUrl(`berkas/${submitted.detail.id}`))
    await page.getByRole('heading', { level: 1, name: `Berkas ${submitted.receipt.registrationNo}` }).waitFor()
    await page.getByRole('heading', { name: 'Tindakan Anda' }).waitFor()
    const order = await page.evaluate(() =>
      ['form-title', 'documents-title', 'actions-title'].map((id) => {
        const el = document.getElementById(id)!
        return el.compareDocumentPosition(document.getElementById('actions-title')!)
      }),
    )
    // Form data and documents come before the actions (DOCUMENT_POSITION_FOLLOWING = 4).
    expect(order.slice(0, 2).every((position) => (position & 4) === 4)).toBe(true)
    const names = await regionNames(page)
    expect(names.length).toBeGreaterThan(3)
    expect(new Set(names).size, names.join(' | ')).toBe(names.length)
    await expectNoSeriousAxeViolations(page)
    await page.close()
  })

  it('gives supervisors this week’s history beside the open work, and filters the board', async () => {
    const page = await officerPage(pintu.accounts.supervisor)
    await page.goto(officerUrl('board'))
    const history = page.getByRole('region', { name: 'Selesai minggu ini' })
    await history.getByRole('table', { name: 'Tahap selesai minggu ini, per tahap' }).waitFor()
    await history.getByRole('rowheader', { name: 'Verifikasi administrasi' }).waitFor()
    const search = page.getByRole('search', { name: 'Cari berkas kantor' })
    await search.getByLabel('Kode layanan').fill('iui')
    await search.getByRole('button', { name: 'Cari' }).click()
    await page.waitForURL(/service=IUI/)
    await page.getByRole('rowheader', { name: submitted.receipt.registrationNo }).waitFor()
    await expectNoSeriousAxeViolations(page)
    await page.close()
  })

  it('shows the treasurer the payments received with totals per day', async () => {
    const page = await officerPage(pintu.accounts.treasurer)
    await page.goto(officerUrl('payments'))
    const received = page.getByRole('region', { name: 'Pembayaran diterima' })
    await received.getByRole('button', { name: 'Unduh CSV' }).waitFor()
    await received.getByRole('region', { name: 'Jumlah per hari' }).waitFor()
    await expectNoSeriousAxeViolations(page)
    await page.close()
  })
})

describe('/docs: an accessible API reference beside Swagger UI', () => {
  it('has no serious or critical axe violation and lists the operations', async () => {
    const page = await newDesktopPage(browser)
    await page.goto(`${pintu.baseUrl}/docs/reference`)
    await page.getByRole('heading', { level: 1, name: /API reference/ }).waitFor()
    await page.getByRole('heading', { level: 3, name: 'GET /api/v1/payments/received.csv' }).waitFor()
    await expectNoSeriousAxeViolations(page)
    const doc = await (await fetch(`${pintu.baseUrl}/docs/json`)).json()
    expect(doc.info.description).toContain('/docs/reference')
    await page.close()
  })
})
