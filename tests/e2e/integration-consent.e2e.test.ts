// Consent for other applications (issue 14) in headless Chromium on a 360 px phone in Bahasa
// Indonesia, against the real API: an applicant gives a notary's portal access for one service type
// on the account page; the portal, as an integration client with a client-credentials token, files
// and submits an application in their name; the applicant finds it among their own, withdraws the
// access, and the portal's next call is refused.
import { applicationRoutes, authRoutes, type Requirement, type ServiceDefinition } from '@pintu/contract'
import { fillReadyDraft } from '@pintu/contract/samples'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn } from '../support/applicant-api.ts'
import { expectNoSeriousAxeViolations, expectPhoneFriendly, h1, newMobilePage } from '../support/browser.ts'
import { officerPage, officerUrl } from '../support/officer-spa.ts'
import type { RunningPintu } from '../support/pintu.ts'
import { samplePdf, samplePng } from '../support/sample-data.ts'
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

/** The portal: registered by an admin, then calling as itself with a client-credentials token. */
async function notaryPortal() {
  const admin = await logIn(pintu.baseUrl, pintu.accounts.admin)
  const registered = await fetch(url('/api/v1/clients'), {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Portal Notaris Kota Bandung',
      ownerOrganisation: 'Ikatan Notaris Indonesia Pengda Kota Bandung',
      contactEmail: 'ti@notaris-bandung.example',
      scopes: ['applications:write', 'documents:write'],
      serviceCodes: ['SKP'],
      rateLimitPerMinute: 600,
    }),
  })
  expect(registered.status).toBe(201)
  const { client, clientSecret } = await registered.json()
  const token = await fetch(url('/api/v1/oauth/token'), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${btoa(`${client.id}:${clientSecret}`)}`,
    },
    body: 'grant_type=client_credentials',
  })
  const { access_token } = await token.json()
  const as = (init: RequestInit = {}) => ({
    ...init,
    headers: { ...init.headers, authorization: `Bearer ${access_token}` },
  })
  const json = (method: string, body: object) =>
    as({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return {
    name: client.name as string,
    file: (nik: string) =>
      fetch(
        url('/api/v1/integration/filings'),
        json('POST', { applicantNik: nik, serviceCode: 'SKP', applicationKind: 'baru' }),
      ),
    fill: (id: string, version: number, data: object) =>
      fetch(url(`/api/v1/integration/filings/${id}/form`), json('PATCH', { version, data })),
    upload: (id: string, requirement: Requirement) => {
      const pdf = requirement.acceptedTypes.includes('pdf')
      const form = new FormData()
      const bytes = pdf ? samplePdf(`Pintu: ${requirement.key}`) : samplePng
      form.append(
        'file',
        new Blob([new Uint8Array(bytes)], { type: pdf ? 'application/pdf' : 'image/png' }),
        `${requirement.key}.${pdf ? 'pdf' : 'png'}`,
      )
      return fetch(
        url(`/api/v1/integration/filings/${id}/documents/${requirement.key}`),
        as({ method: 'POST', body: form }),
      )
    },
    submit: (id: string, version: number) =>
      fetch(url(`/api/v1/integration/filings/${id}/submit`), json('POST', { version })),
    get: (id: string) => fetch(url(`/api/v1/integration/filings/${id}`), as()),
  }
}

describe('access for other applications', () => {
  it(
    'an applicant gives a portal access; it files in their name; withdrawn, the portal is refused',
    async () => {
      const portal = await notaryPortal()
      const nik =
        `3273014508${90 + Math.floor(Math.random() * 9)}${String(1000 + Math.floor(Math.random() * 8999))}`.slice(0, 16)
      const person = { email: `konsen.${Date.now()}@contoh.id`, password: 'Sandi-Uji-12345' }
      const registered = await apiClient(pintu.baseUrl, null).call(authRoutes.register, {
        body: { nik, fullName: 'Rina Notaria', email: person.email, phone: '081234567890', password: person.password },
      })
      expect(registered.accessToken).toBeTruthy()
      expect((await portal.file(nik)).status).toBe(403)

      const page = await newMobilePage(browser)
      pages.push(page)
      await page.goto(url('/masuk'))
      await page.getByLabel('Email', { exact: true }).fill(person.email)
      await page.getByLabel('Kata sandi', { exact: true }).fill(person.password)
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      await page.waitForURL((u) => !u.pathname.startsWith('/masuk'))
      await page.goto(url('/akun'))
      await page.getByRole('link', { name: 'Atur aplikasi yang boleh mengajukan atas nama Anda' }).click()
      await h1(page, 'Izin akses aplikasi lain')
      await page.getByText('Anda belum memberi izin kepada aplikasi mana pun.').waitFor()
      await page.getByLabel(new RegExp(portal.name)).check()
      await page.getByLabel('SKP').check()
      await page.getByLabel('Lama izin').selectOption('30')
      await page.getByRole('button', { name: 'Beri izin' }).click()
      await page
        .getByTestId('consent-notice')
        .filter({ hasText: `Izin diberikan kepada ${portal.name}` })
        .waitFor()
      await expectPhoneFriendly(page)

      const filed = await portal.file(nik)
      expect(filed.status).toBe(201)
      const draft = (await filed.json()) as { id: string; version: number; service: ServiceDefinition }
      const ready = await fillReadyDraft(draft, {
        fill: async (data) => (await portal.fill(draft.id, draft.version, data)).json(),
        upload: async (requirement) => expect((await portal.upload(draft.id, requirement)).status).toBe(201),
      })
      const submitted = await portal.submit(ready.id, ready.version)
      expect(submitted.status).toBe(200)
      const { receipt } = await submitted.json()

      const own = await apiClient(pintu.baseUrl, await logIn(pintu.baseUrl, person)).call(applicationRoutes.mine, {
        query: {},
      })
      expect(own.items.find((a) => a.id === draft.id)).toMatchObject({
        channel: 'integration',
        registrationNo: receipt.registrationNo,
      })

      await page.reload()
      await h1(page, 'Izin akses aplikasi lain')
      await page.getByRole('button', { name: `Cabut izin ${portal.name}` }).click()
      await page
        .getByTestId('consent-notice')
        .filter({ hasText: `Izin untuk ${portal.name} dicabut.` })
        .waitFor()
      await page.getByText(/Dicabut pada/).waitFor()
      const refused = await portal.get(draft.id)
      expect(refused.status).toBe(403)
      expect((await refused.json()).error.code).toBe('integrations.no_consent')
    },
    TIMEOUT,
  )

  it(
    'an admin finds the portal among the integration clients, with the webhook delivery log',
    async () => {
      const page = await officerPage(browser, pintu.baseUrl, pintu.accounts.admin)
      pages.push(page)
      await page.goto(officerUrl(pintu.baseUrl, 'clients'))
      await h1(page, 'Klien integrasi')
      await page
        .getByRole('rowheader', { name: /Portal Notaris Kota Bandung/ })
        .first()
        .waitFor()
      await page.getByRole('heading', { level: 2, name: 'Pengiriman webhook' }).waitFor()
      await page.getByText('Tidak ada pengiriman dengan status ini.').waitFor()
      await page.getByLabel('Tampilkan').selectOption('delivered')
      await page.getByText('Tidak ada pengiriman dengan status ini.').waitFor()
      await expectNoSeriousAxeViolations(page)
    },
    TIMEOUT,
  )
})
