import {
  applicationRoutes,
  authRoutes,
  catalogueRoutes,
  type FormField,
  type Requirement,
  type ServiceDefinition,
  type StageKey,
  type StageProgress,
  type Tracking,
} from '@pintu/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, type Credentials } from '../support/applicant-api.ts'
import { fillField, typedValue, uploadInPage, walkToConfirmation } from '../support/citizen-spa.ts'
import { expectNoSeriousAxeViolations, hasNoHorizontalScroll, newMobilePage } from '../support/browser.ts'
import { officerPage as signedInOfficerPage } from '../support/officer-spa.ts'
import type { RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'

// The scenario, end to end: apply → return with a reason → correct → resubmit →
// technical review → approve → sign. The applicant acts in the citizen SPA on a 360 px phone;
// officers act in the officer SPA, each on a different stage (separation of duties holds with one
// demo officer per role), finding the file in the queue the system put it in. After every step,
// public tracking (the API and the citizen's tracking page, no login) shows the new step, stages
// turning green one by one.

let pintu: RunningPintu
let browser: Browser

beforeAll(async () => ({ pintu, browser } = await openStory()), 120_000)
afterAll(() => closeStory({ pintu, browser }))

// ---------------------------------------------------------------- the applicant, in the citizen SPA at 360 px

const clientFor = (token: string | null) => apiClient(pintu.baseUrl, token)
const citizenUrl = (path = '') => `${pintu.baseUrl}/${path}`

// ---------------------------------------------------------------- officers, in the officer SPA

const officerPage = (who: Credentials) => signedInOfficerPage(browser, pintu.baseUrl, who)

/**
 * The officer finds the file in their queue (the system put it there), opens it and takes the action, filling what it
 * requires.
 */
async function actInSpa(
  who: Credentials,
  registrationNo: string,
  action: string,
  fill: (form: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
) {
  const page = await officerPage(who)
  await page.getByRole('heading', { level: 1, name: 'Antrean saya' }).waitFor()
  await page.getByRole('link', { name: registrationNo }).click()
  await page.getByRole('heading', { level: 1, name: `Berkas ${registrationNo}` }).waitFor()
  const form = page.getByRole('form', { name: action })
  await fill(form)
  await form.getByRole('button', { name: action }).click()
  await page
    .getByRole('dialog', { name: `Konfirmasi: ${action}` })
    .getByRole('button', { name: action })
    .click()
  const done = page.getByRole('status').filter({ hasText: `Tindakan dicatat: ${action}.` })
  await done.waitFor()
  const text = (await done.textContent())!
  await page.context().close()
  return text
}

// ---------------------------------------------------------------- the scenario

type StageState = StageProgress['state']

describe('full path: apply, return, correct, resubmit, review, approve, sign', () => {
  let definition: ServiceDefinition
  /** The applicant's own view through the API, to check what the pages did. */
  let applicantApi: ReturnType<typeof clientFor>
  let citizen: Page
  let tracker: Page
  let applicationId: string
  let registrationNo: string
  let trackingCode: string

  /** Public tracking, as the API answers anyone holding the receipt. */
  const track = () =>
    clientFor(null).call(applicationRoutes.track, { params: { registrationNo }, query: { code: trackingCode } })
  const stateOf = (tracking: Tracking) =>
    Object.fromEntries(tracking.stages.map((s) => [s.stage, s.state])) as Record<StageKey, StageState>
  /** The same, on the citizen's public tracking page (no login, 360 px), refreshed. */
  async function trackingPageShows(states: Record<StageKey, StageState>) {
    await tracker.getByRole('button', { name: 'Muat ulang status' }).click()
    const stages = tracker.getByRole('region', { name: 'Tahapan dan batas waktu' })
    for (const stage of definition.stages) {
      const item = stages
        .getByRole('listitem')
        .filter({ has: tracker.getByRole('heading', { name: stageNames[stage.key] }) })
      await item.getByText(stateNames[states[stage.key]], { exact: true }).waitFor()
    }
    await expect(hasNoHorizontalScroll(tracker)).resolves.toBe(true)
  }
  const stageNames: Record<StageKey, string> = {
    admin_verification: 'Verifikasi administrasi',
    technical_review: 'Kajian teknis',
    decision: 'Keputusan',
    signing: 'Penandatanganan',
  }
  const stateNames: Record<StageState, string> = {
    pending: 'Belum dimulai',
    in_progress: 'Sedang diproses',
    done: 'Selesai',
    returned: 'Dikembalikan',
    rejected: 'Ditolak',
  }

  beforeAll(async () => {
    definition = (await clientFor(null).call(catalogueRoutes.get, { params: { code: 'IUI' } })).definition
    applicantApi = clientFor(
      (await clientFor(null).call(authRoutes.login, { body: pintu.accounts.applicant })).accessToken,
    )
    citizen = await newMobilePage(browser)
    await citizen.goto(citizenUrl('masuk'))
    await citizen.getByLabel('Email').fill(pintu.accounts.applicant.email)
    await citizen.getByLabel('Kata sandi').fill(pintu.accounts.applicant.password)
    await citizen.getByRole('button', { name: 'Masuk' }).click()
    await citizen.waitForURL((url) => !url.pathname.startsWith('/masuk'))
  }, 120_000)

  it('the applicant applies on a phone for an industrial business licence and gets a receipt; tracking shows verification in progress', async () => {
    expect(definition.stages.map((s) => s.key)).toEqual([
      'admin_verification',
      'technical_review',
      'decision',
      'signing',
    ])
    await citizen.goto(citizenUrl('layanan/IUI/ajukan'))
    await citizen.getByLabel('Baru', { exact: true }).check()
    await citizen.getByRole('button', { name: 'Mulai permohonan' }).click()
    const fields = new Map(
      definition.form.sections.flatMap((section) => section.fields).map((field) => [field.key, field]),
    )
    await walkToConfirmation(citizen, {
      onSection: async () => {
        for (const id of await citizen
          .locator('form :is(input, select, textarea)[id^="field-"]')
          .evaluateAll((controls) => controls.map((control) => control.id))) {
          const field = fields.get(id.slice('field-'.length))!
          await fillField(citizen, field, typedValue(field))
        }
      },
      onDocuments: async () => {
        for (const req of definition.requirements.filter((r) => r.mandatory && r.appliesTo.includes('baru')))
          await uploadInPage(citizen, req, `Pintu ${req.key}`)
      },
      sendLabel: 'Kirim permohonan',
    })
    await citizen.getByRole('heading', { level: 1, name: 'Permohonan terkirim' }).waitFor()
    applicationId = new URL(citizen.url()).pathname.split('/')[2]!
    registrationNo = (await citizen.getByText(/^REG-\d{4}-\d{6,}$/).textContent())!.trim()
    trackingCode = (await citizen
      .getByRole('region', { name: 'Kode lacak' })
      .locator('p')
      .first()
      .textContent())!.replace(/[^0-9A-Za-z]/g, '')
    expect(trackingCode).toHaveLength(10)
    await expect(hasNoHorizontalScroll(citizen)).resolves.toBe(true)

    const tracking = await track()
    expect(tracking).toMatchObject({ status: 'admin_verification', holderRole: 'frontdesk' })
    const expected = {
      admin_verification: 'in_progress',
      technical_review: 'pending',
      decision: 'pending',
      signing: 'pending',
    } as const
    expect(stateOf(tracking)).toEqual(expected)

    // Anyone holding the receipt follows the file on the public tracking page, without logging in.
    tracker = await newMobilePage(browser)
    await tracker.goto(citizenUrl('lacak'))
    await tracker.getByLabel('Nomor registrasi').fill(registrationNo)
    await tracker.getByLabel('Kode lacak').fill(trackingCode)
    await tracker.getByRole('button', { name: 'Lacak' }).click()
    await tracker.getByRole('heading', { level: 1, name: 'Status permohonan' }).waitFor()
    await trackingPageShows(expected)
  })

  let returnedRequirement: Requirement
  let returnedField: FormField

  it('the front desk returns it with a reason and a checklist; tracking shows it back with the applicant, verification red', async () => {
    returnedRequirement = definition.requirements.filter((r) => r.mandatory && r.appliesTo.includes('baru'))[1]!
    returnedField = definition.form.sections[1]!.fields.find((f) => f.type === 'text')!
    const done = await actInSpa(pintu.accounts.frontdesk, registrationNo, 'Kembalikan ke pemohon', async (form) => {
      await form.getByLabel('Dokumen tidak terbaca').check()
      await form.getByLabel('Data tidak sesuai dengan dokumen').check()
      const checklist = form.getByRole('group', { name: 'Yang harus diperbaiki pemohon' })
      await checklist.getByLabel(returnedRequirement.name.id, { exact: true }).check()
      await checklist.getByLabel(returnedField.label.id, { exact: true }).check()
      await form
        .getByLabel('Penjelasan untuk pemohon')
        .fill('Dokumen buram dan nama usaha tidak sesuai akta. Mohon perbaiki.')
    })
    expect(done).toContain('Status berkas sekarang: Dikembalikan ke pemohon')

    const tracking = await track()
    expect(tracking).toMatchObject({ status: 'returned', holderRole: 'applicant' })
    expect(stateOf(tracking).admin_verification).toBe('returned')
    expect(tracking.events.at(-1)).toMatchObject({
      action: 'return',
      tone: 'red',
      actorRole: 'frontdesk',
      returnReasons: ['document_unreadable', 'data_mismatch'],
    })
    await trackingPageShows({
      admin_verification: 'returned',
      technical_review: 'pending',
      decision: 'pending',
      signing: 'pending',
    })
  })

  it('the applicant reads what to fix, corrects exactly that and resubmits; tracking shows verification in progress again', async () => {
    const before = await applicantApi.call(applicationRoutes.get, { params: { id: applicationId } })
    await citizen.goto(citizenUrl(`permohonan/${applicationId}`))
    const notice = citizen.getByRole('region', { name: 'Permohonan dikembalikan untuk diperbaiki' })
    await expect(notice.textContent()).resolves.toContain('Dokumen buram dan nama usaha tidak sesuai akta.')
    await notice.getByRole('link', { name: 'Perbaiki permohonan' }).click()
    await walkToConfirmation(citizen, {
      onSection: async () => {
        const control = citizen.locator(`#field-${returnedField.key}`)
        if (await control.count())
          await control.fill(`Diperbaiki ${typedValue(returnedField)}`.slice(0, returnedField.maxLength ?? 200))
      },
      onDocuments: () => uploadInPage(citizen, returnedRequirement, 'Pintu: dokumen yang jelas'),
      sendLabel: 'Kirim ulang',
    })
    await citizen.getByRole('heading', { level: 1, name: 'Perbaikan terkirim' }).waitFor()
    const after = await applicantApi.call(applicationRoutes.get, { params: { id: applicationId } })
    const documentOf = (detail: typeof before) =>
      detail.documents.find((d) => d.requirementKey === returnedRequirement.key)!.sha256
    expect(documentOf(after)).not.toBe(documentOf(before))
    expect(after.formData[returnedField.key]).toMatch(/^Diperbaiki /)

    const tracking = await track()
    expect(tracking).toMatchObject({ status: 'admin_verification', holderRole: 'frontdesk' })
    const expected = {
      admin_verification: 'in_progress',
      technical_review: 'pending',
      decision: 'pending',
      signing: 'pending',
    } as const
    expect(stateOf(tracking)).toEqual(expected)
    expect(tracking.events.at(-1)).toMatchObject({ action: 'resubmit', actorRole: 'applicant' })
    await trackingPageShows(expected)
  })

  it('the front desk accepts the corrected file; tracking shows verification green and the technical review in progress', async () => {
    const done = await actInSpa(pintu.accounts.frontdesk, registrationNo, 'Terima: berkas lengkap')
    expect(done).toContain('Status berkas sekarang: Kajian teknis')
    const tracking = await track()
    expect(tracking).toMatchObject({ status: 'technical_review', holderRole: 'technical' })
    const expected = {
      admin_verification: 'done',
      technical_review: 'in_progress',
      decision: 'pending',
      signing: 'pending',
    } as const
    expect(stateOf(tracking)).toEqual(expected)
    await trackingPageShows(expected)
  })

  it('the technical team completes the review with a report; tracking shows the decision in progress', async () => {
    const done = await actInSpa(pintu.accounts.technical, registrationNo, 'Selesaikan kajian teknis', async (form) => {
      await form
        .getByLabel('Laporan kajian teknis')
        .fill('Survei lapangan 12 Jan: lokasi pabrik sesuai tata ruang, kapasitas sesuai data.')
    })
    expect(done).toContain('Status berkas sekarang: Keputusan')
    const tracking = await track()
    expect(tracking).toMatchObject({ status: 'decision', holderRole: 'approver' })
    const expected = {
      admin_verification: 'done',
      technical_review: 'done',
      decision: 'in_progress',
      signing: 'pending',
    } as const
    expect(stateOf(tracking)).toEqual(expected)
    // The report is for officers: public tracking carries no such text.
    expect(JSON.stringify(tracking)).not.toContain('Survei lapangan')
    await trackingPageShows(expected)
  })

  it('the head of division approves; the licence is free, so tracking shows signing in progress', async () => {
    const done = await actInSpa(pintu.accounts.approver, registrationNo, 'Setujui')
    expect(done).toContain('Status berkas sekarang: Penandatanganan')
    const tracking = await track()
    expect(tracking).toMatchObject({ status: 'signing', holderRole: 'signer' })
    const expected = {
      admin_verification: 'done',
      technical_review: 'done',
      decision: 'done',
      signing: 'in_progress',
    } as const
    expect(stateOf(tracking)).toEqual(expected)
    await trackingPageShows(expected)
  })

  it('the head of office signs; tracking shows every stage green and the permit issued', async () => {
    const done = await actInSpa(pintu.accounts.signer, registrationNo, 'Tandatangani dan terbitkan')
    expect(done).toContain('Status berkas sekarang: Izin terbit')
    const tracking = await track()
    expect(tracking).toMatchObject({ status: 'issued', holderRole: null })
    expect(stateOf(tracking)).toEqual({
      admin_verification: 'done',
      technical_review: 'done',
      decision: 'done',
      signing: 'done',
    })
    expect(tracking.events.map((e) => e.action)).toEqual([
      'submit',
      'return',
      'resubmit',
      'accept',
      'complete_review',
      'approve',
      'sign',
    ])
    // Public tracking names roles, never people.
    expect(tracking.events.map((e) => e.actorRole)).toEqual([
      'applicant',
      'frontdesk',
      'applicant',
      'frontdesk',
      'technical',
      'approver',
      'signer',
    ])
    await trackingPageShows({ admin_verification: 'done', technical_review: 'done', decision: 'done', signing: 'done' })
    await expectNoSeriousAxeViolations(tracker)
  })
})
