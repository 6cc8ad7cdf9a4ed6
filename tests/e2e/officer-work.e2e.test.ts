import { applicationRoutes, officerRoutes, type ApplicationDetail, type Receipt } from '@pintu/contract'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, logIn, submitApplication as submitOverApi, type Credentials } from '../support/applicant-api.ts'
import { expectNoSeriousAxeViolations } from '../support/browser.ts'
import { mainNav, officerPage as signedInOfficerPage, officerUrl as officerUrlAt } from '../support/officer-spa.ts'
import type { RunningPintu } from '../support/pintu.ts'
import { closeStory, openStory } from '../support/story.ts'
import { samplePdf } from '../support/sample-data.ts'

// Officers' daily work in the officer SPA, against the real API on a fresh database: the system
// assigns files, a front-desk officer works one from their queue, a stale action is caught, a
// supervisor reassigns with a reason (the system picks who), an officer goes off duty, an
// auditor reads without acting, and a technical officer attaches inspection minutes to the review
// before completing it. The applicant's side is prepared through the API.

let pintu: RunningPintu
let browser: Browser

beforeAll(async () => ({ pintu, browser } = await openStory()), 120_000)
afterAll(() => closeStory({ pintu, browser }))

// ---------------------------------------------------------------- API and browser helpers

const clientFor = (token: string | null) => apiClient(pintu.baseUrl, token)
const apiLogin = (who: Credentials) => logIn(pintu.baseUrl, who)
/** As the applicant: a complete IUI application (it has a technical stage), submitted. */
const submitApplication = (token: string) => submitOverApi(pintu.baseUrl, token, 'IUI')
const officerUrl = (path = '') => officerUrlAt(pintu.baseUrl, path)
const officerPage = (who: Credentials) => signedInOfficerPage(browser, pintu.baseUrl, who)

/** The date as the SPA prints it (Bahasa Indonesia, medium, Asia/Jakarta). */
const shownDate = (isoDate: string) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'Asia/Jakarta' }).format(new Date(isoDate))

// ---------------------------------------------------------------- the scenario

describe('officer SPA: system-assigned work', () => {
  let applicantToken: string
  let supervisorToken: string
  let first: { detail: ApplicationDetail; receipt: Receipt }
  let second: { detail: ApplicationDetail; receipt: Receipt }
  let frontdesk: Page
  let frontdesk2: Credentials & { fullName: string }

  beforeAll(async () => {
    applicantToken = await apiLogin(pintu.accounts.applicant)
    supervisorToken = await apiLogin(pintu.accounts.supervisor)
    first = await submitApplication(applicantToken)
    second = await submitApplication(applicantToken)
  }, 120_000)

  it('a front-desk officer finds the file in their queue with its due date and the time left', async () => {
    expect(first.detail.status).toBe('admin_verification')
    frontdesk = await officerPage(pintu.accounts.frontdesk)
    await mainNav(frontdesk).getByRole('link', { name: 'Antrean saya' }).click()
    await frontdesk.getByRole('heading', { level: 1, name: 'Antrean saya' }).waitFor()
    const row = frontdesk
      .getByRole('row')
      .filter({ has: frontdesk.getByRole('rowheader', { name: first.receipt.registrationNo }) })
    await row.waitFor()
    await expect(row.textContent()).resolves.toContain('Izin Usaha Industri')
    await expect(row.textContent()).resolves.toContain('Verifikasi administrasi')
    await expect(row.textContent()).resolves.toContain(shownDate(first.detail.stageDueDate!))
    await expect(row.textContent()).resolves.toMatch(/hari kerja lagi|Jatuh tempo hari ini/)
    // There is no way to pick or claim work: the page has no such control.
    await expect(frontdesk.getByRole('button', { name: /ambil|klaim|pilih/i }).count()).resolves.toBe(0)
    await expectNoSeriousAxeViolations(frontdesk)
  })

  it('opens the file, views a document inline as a PDF, and reveals the applicant’s data only on request', async () => {
    await frontdesk.getByRole('link', { name: first.receipt.registrationNo }).click()
    await frontdesk.getByRole('heading', { level: 1, name: `Berkas ${first.receipt.registrationNo}` }).waitFor()
    // Personal identifiers in the form are masked until asked for.
    await frontdesk.getByText('Disembunyikan: tampilkan data pemohon untuk melihatnya').first().waitFor()
    await expect(frontdesk.getByText('3273014508900001').count()).resolves.toBe(0)

    const firstRequirement = first.detail.service.requirements.find(
      (r) => r.key === first.detail.documents[0]!.requirementKey,
    )!
    await frontdesk.getByRole('button', { name: `Lihat: ${firstRequirement.name.id}` }).click()
    const preview = frontdesk.getByRole('region', { name: `Pratinjau: ${firstRequirement.name.id}` })
    const frame = preview.locator('iframe')
    await frame.waitFor()
    const src = (await frame.getAttribute('src'))!
    expect(src).toMatch(/^blob:/)
    // The frame shows the very bytes the applicant uploaded, fetched with the officer's token.
    const head = await frontdesk.evaluate(async (url) => {
      const blob = await (await fetch(url)).blob()
      return { type: blob.type, start: (await blob.text()).slice(0, 8) }
    }, src)
    expect(head).toEqual({ type: 'application/pdf', start: '%PDF-1.4' })

    await frontdesk.getByRole('button', { name: 'Tampilkan data pemohon' }).click()
    await frontdesk.getByRole('status').filter({ hasText: 'telah dicatat dalam log audit' }).waitFor()
    const applicantData = frontdesk.getByRole('region', { name: 'Data pemohon' })
    await expect(applicantData.getByRole('definition').first().textContent()).resolves.toMatch(/\S/)
    await expect(applicantData.textContent()).resolves.toMatch(/NIK\s*\d{16}/)
    await expect(applicantData.textContent()).resolves.toContain(pintu.accounts.applicant.email)
    await frontdesk.getByText('3273014508900001').first().waitFor()
    await expectNoSeriousAxeViolations(frontdesk)
  })

  it('returns it to the applicant with reason codes and a checklist, after confirming', async () => {
    const requirement = first.detail.service.requirements.find(
      (r) => r.key === first.detail.documents[0]!.requirementKey,
    )!
    const field = first.detail.service.form.sections[0]!.fields[0]!
    const form = frontdesk.getByRole('form', { name: 'Kembalikan ke pemohon' })
    // Sending too little is refused on the page, before any request.
    await form.getByRole('button', { name: 'Kembalikan ke pemohon' }).click()
    await form.getByText('Pilih minimal satu alasan.').waitFor()

    await form.getByLabel('Dokumen tidak terbaca').check()
    await form
      .getByRole('group', { name: 'Yang harus diperbaiki pemohon' })
      .getByLabel(requirement.name.id, { exact: true })
      .check()
    await form
      .getByRole('group', { name: 'Yang harus diperbaiki pemohon' })
      .getByLabel(field.label.id, { exact: true })
      .check()
    await form.getByLabel('Penjelasan untuk pemohon').fill('Dokumen buram; mohon unggah ulang dengan jelas.')
    await form.getByRole('button', { name: 'Kembalikan ke pemohon' }).click()
    const dialog = frontdesk.getByRole('dialog', { name: 'Konfirmasi: Kembalikan ke pemohon' })
    await dialog.getByRole('button', { name: 'Kembalikan ke pemohon' }).click()
    await frontdesk.getByRole('status').filter({ hasText: 'Status berkas sekarang: Dikembalikan ke pemohon' }).waitFor()

    const seen = await clientFor(applicantToken).call(applicationRoutes.get, { params: { id: first.detail.id } })
    expect(seen.status).toBe('returned')
    expect(seen.openReturn).toMatchObject({
      codes: ['document_unreadable'],
      requirements: [requirement.key],
      fields: [field.key],
      note: 'Dokumen buram; mohon unggah ulang dengan jelas.',
    })
    // The stage turns red, with words, on the officer's timeline.
    await frontdesk
      .getByRole('listitem')
      .filter({ hasText: 'Verifikasi administrasi' })
      .filter({ hasText: 'Dikembalikan' })
      .first()
      .waitFor()
  })

  it('an action on a file someone else changed meanwhile is refused with a reload message, and works after reloading', async () => {
    const created = await clientFor(await apiLogin(pintu.accounts.admin)).call(officerRoutes.create, {
      body: {
        fullName: 'Dewi Lestari (Loket 2)',
        email: 'loket2@demo.pintu.id',
        employeeNumber: '198701012010012002',
        roles: ['frontdesk'],
      },
    })
    frontdesk2 = {
      email: 'loket2@demo.pintu.id',
      password: created.initialPassword,
      fullName: created.officer.fullName,
    }

    await frontdesk.goto(officerUrl(`berkas/${second.detail.id}`))
    const accept = frontdesk.getByRole('form', { name: 'Terima: berkas lengkap' })
    await accept.waitFor()
    // Meanwhile the supervisor hands the file to the other desk and back: same holder, newer version.
    const supervisor = clientFor(supervisorToken)
    const away = await supervisor.call(applicationRoutes.reassign, {
      params: { id: second.detail.id },
      body: { reason: 'Uji: dialihkan ke loket 2.' },
    })
    expect(away.holder?.name).toBe(frontdesk2.fullName)
    // A second reassignment within a week needs another supervisor (set up by one admin, approved by another).
    const admin = clientFor(await apiLogin(pintu.accounts.admin))
    const made = await admin.call(officerRoutes.create, {
      body: {
        fullName: 'Pengawas Kedua',
        email: 'pengawas2@demo.pintu.id',
        employeeNumber: '197901012005011009',
        roles: ['supervisor'],
      },
    })
    const grant = (await admin.call(officerRoutes.roleGrants, {})).items.find((g) => g.officerId === made.officer.id)!
    await clientFor(await apiLogin(pintu.accounts.admin2)).call(officerRoutes.approveRoleGrant, {
      params: { id: grant.id },
    })
    const supervisor2 = clientFor(await apiLogin({ email: 'pengawas2@demo.pintu.id', password: made.initialPassword }))
    const back = await supervisor2.call(applicationRoutes.reassign, {
      params: { id: second.detail.id },
      body: { reason: 'Uji: kembali ke loket 1.' },
    })
    expect(back.holder?.name).not.toBe(frontdesk2.fullName)

    await accept.getByRole('button', { name: 'Terima: berkas lengkap' }).click()
    await frontdesk.getByRole('dialog').getByRole('button', { name: 'Terima: berkas lengkap' }).click()
    const alert = frontdesk.getByRole('alert').filter({ hasText: 'sudah diubah orang lain' })
    await alert.waitFor()
    await alert.getByRole('button', { name: 'Muat ulang berkas' }).click()
    await alert.waitFor({ state: 'detached' })

    await frontdesk
      .getByRole('form', { name: 'Terima: berkas lengkap' })
      .getByRole('button', { name: 'Terima: berkas lengkap' })
      .click()
    await frontdesk.getByRole('dialog').getByRole('button', { name: 'Terima: berkas lengkap' }).click()
    await frontdesk.getByRole('status').filter({ hasText: 'Status berkas sekarang: Kajian teknis' }).waitFor()
  })

  let third: { detail: ApplicationDetail; receipt: Receipt }
  let supervisorPage: Page

  it('a supervisor sees the files per stage on the board and reassigns one with a reason; the system says who got it', async () => {
    third = await submitApplication(applicantToken)
    const holderBefore = (
      await clientFor(supervisorToken).call(applicationRoutes.get, { params: { id: third.detail.id } })
    ).holder!.name

    supervisorPage = await officerPage(pintu.accounts.supervisor)
    await mainNav(supervisorPage).getByRole('link', { name: 'Papan kerja' }).click()
    await supervisorPage.getByRole('heading', { level: 1, name: 'Papan kerja' }).waitFor()
    const card = (stage: string) =>
      supervisorPage.getByRole('listitem').filter({ has: supervisorPage.getByText(stage, { exact: true }) })
    await expect(card('Verifikasi administrasi').textContent()).resolves.toMatch(/1 berkas\s*0 terlambat/)
    await expect(card('Kajian teknis').textContent()).resolves.toMatch(/1 berkas\s*0 terlambat/)
    await expect(card('Belum ada petugas').textContent()).resolves.toMatch(/0 berkas/)
    const row = supervisorPage
      .getByRole('row')
      .filter({ has: supervisorPage.getByRole('rowheader', { name: third.receipt.registrationNo }) })
    await expect(row.textContent()).resolves.toContain(holderBefore!)
    await expectNoSeriousAxeViolations(supervisorPage)

    // Filtering by stage keeps only that stage.
    await supervisorPage.getByLabel('Tahap').selectOption({ label: 'Kajian teknis' })
    await supervisorPage.getByRole('button', { name: 'Tampilkan' }).click()
    await supervisorPage.waitForURL(/stage=technical_review/)
    // The list follows the URL once the API answers.
    await expect
      .poll(() => supervisorPage.getByRole('rowheader', { name: third.receipt.registrationNo }).count(), {
        timeout: 10_000,
      })
      .toBe(0)
    await supervisorPage.getByRole('rowheader', { name: second.receipt.registrationNo }).waitFor()

    await supervisorPage.goto(officerUrl('board'))
    await supervisorPage.getByRole('link', { name: third.receipt.registrationNo }).click()
    await supervisorPage.getByRole('heading', { level: 1, name: `Berkas ${third.receipt.registrationNo}` }).waitFor()
    // A supervisor may reassign but not act on a stage.
    await expect(supervisorPage.getByRole('heading', { name: 'Tindakan Anda' }).count()).resolves.toBe(0)
    const reassign = supervisorPage.getByRole('form', { name: 'Alihkan berkas' })
    await reassign.getByRole('button', { name: 'Alihkan berkas' }).click()
    await expect(reassign.getByLabel('Alasan pengalihan').getAttribute('aria-invalid')).resolves.toBe('true')
    await reassign.getByLabel('Alasan pengalihan').fill('Petugas loket sedang dinas luar.')
    await reassign.getByRole('button', { name: 'Alihkan berkas' }).click()
    // Two front-desk officers: the system can only pick the one who did not hold it.
    const desks = (await clientFor(supervisorToken).call(officerRoutes.list, {})).items.filter((o) =>
      o.roles.includes('frontdesk'),
    )
    const expectedHolder = desks.find((o) => o.fullName !== holderBefore)!.fullName
    await supervisorPage
      .getByRole('status')
      .filter({ hasText: 'Sistem mengalihkan berkas ini kepada' })
      .filter({ hasText: expectedHolder })
      .waitFor()
    const after = await clientFor(supervisorToken).call(applicationRoutes.get, { params: { id: third.detail.id } })
    expect(after.holder!.name).not.toBe(holderBefore)
    expect(after.events.at(-1)).toMatchObject({ action: 'reassign', actorRole: 'supervisor' })
    await expectNoSeriousAxeViolations(supervisorPage)
    // Every reassignment is counted on the board: two earlier through the API, this one in the SPA.
    await supervisorPage.goto(officerUrl('board'))
    await supervisorPage.getByText('Pengalihan tercatat: 3 oleh pengawas').waitFor()
  })

  it('an officer going off duty confirms first and is told how many files went to others', async () => {
    const holder = (await clientFor(supervisorToken).call(applicationRoutes.get, { params: { id: third.detail.id } }))
      .holder!.name
    const page = await officerPage(holder === frontdesk2.fullName ? frontdesk2 : pintu.accounts.frontdesk)
    await page.goto(officerUrl('queue'))
    await page.getByRole('rowheader', { name: third.receipt.registrationNo }).waitFor()
    const held = await page.getByRole('table').getByRole('rowheader').count()

    await page.getByLabel('Tidak bertugas').check()
    const dialog = page.getByRole('dialog', { name: 'Berhenti bertugas?' })
    await expect(dialog.textContent()).resolves.toContain(`(${held} di antrean ini)`)
    await dialog.getByRole('button', { name: 'Ya, berhenti bertugas' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Anda tidak bertugas. ${held} berkas dialihkan kepada petugas lain.` })
      .waitFor()
    await page.getByText('Tidak ada berkas di antrean Anda.').waitFor()
    expect(
      (await clientFor(supervisorToken).call(applicationRoutes.get, { params: { id: third.detail.id } })).holder!.name,
    ).not.toBe(holder)

    await page.getByLabel('Bertugas', { exact: true }).check()
    await page.getByRole('status').filter({ hasText: 'Anda bertugas.' }).waitFor()
  })

  it('an auditor reads the board and a file without any way to change them', async () => {
    const page = await officerPage(pintu.accounts.auditor)
    await mainNav(page).getByRole('link', { name: 'Papan kerja (baca saja)' }).click()
    await page.getByText('Anda melihat papan ini dalam mode baca saja.').waitFor()
    await page.getByRole('link', { name: third.receipt.registrationNo }).click()
    await page.getByRole('heading', { level: 1, name: `Berkas ${third.receipt.registrationNo}` }).waitFor()
    await page.getByText('Anda melihat berkas ini dalam mode baca saja.').waitFor()
    await expect(page.getByRole('button', { name: /Alihkan|Terima|Kembalikan/ }).count()).resolves.toBe(0)
    await expectNoSeriousAxeViolations(page)
    // The API agrees: the auditor's reassign is refused.
    const auditor = clientFor(await apiLogin(pintu.accounts.auditor))
    await expect(
      auditor.call(applicationRoutes.reassign, {
        params: { id: third.detail.id },
        body: { reason: 'Auditor mencoba mengalihkan.' },
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('a technical officer attaches inspection minutes to the review, views them inline and completes the review with a report', async () => {
    // Prepared through the API: a new IUI file, accepted by whichever front desk the system assigned.
    const fourth = await submitApplication(applicantToken)
    const holder = (await clientFor(supervisorToken).call(applicationRoutes.get, { params: { id: fourth.detail.id } }))
      .holder!.name
    const { email, password } = holder === frontdesk2.fullName ? frontdesk2 : pintu.accounts.frontdesk
    const desk = clientFor(await apiLogin({ email, password }))
    const accepted = await desk.call(applicationRoutes.act, {
      params: { id: fourth.detail.id, action: 'accept' },
      body: { version: fourth.detail.version },
      idempotencyKey: crypto.randomUUID(),
    })
    expect(accepted.application).toMatchObject({ status: 'technical_review', holder: { role: 'technical' } })

    const page = await officerPage(pintu.accounts.technical)
    await page.goto(officerUrl(`berkas/${fourth.detail.id}`))
    await page.getByRole('heading', { level: 1, name: `Berkas ${fourth.receipt.registrationNo}` }).waitFor()
    // The applicant's documents and the review's attachments are listed apart.
    const applicantDocs = page.getByRole('region', { name: 'Dokumen pemohon' })
    const attachments = page.getByRole('region', { name: 'Lampiran kajian teknis' })
    await attachments.getByText('Belum ada lampiran.').waitFor()
    await expect(applicantDocs.getByRole('rowheader').count()).resolves.toBe(fourth.detail.documents.length)

    await attachments.getByLabel('Tambah lampiran kajian teknis').setInputFiles({
      name: 'berita-acara-pemeriksaan.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Berita acara pemeriksaan lapangan'),
    })
    await attachments.getByRole('rowheader', { name: 'berita-acara-pemeriksaan.pdf' }).waitFor()
    await expect(applicantDocs.getByRole('rowheader', { name: 'berita-acara-pemeriksaan.pdf' }).count()).resolves.toBe(
      0,
    )

    // Viewed inline with the same viewer as the applicant's documents.
    await attachments.getByRole('button', { name: 'Lihat: berita-acara-pemeriksaan.pdf' }).click()
    const frame = page.getByRole('region', { name: 'Pratinjau: berita-acara-pemeriksaan.pdf' }).locator('iframe')
    await frame.waitFor()
    const head = await page.evaluate(
      async (url) => {
        const blob = await (await fetch(url)).blob()
        return { type: blob.type, start: (await blob.text()).slice(0, 8) }
      },
      (await frame.getAttribute('src'))!,
    )
    expect(head).toEqual({ type: 'application/pdf', start: '%PDF-1.4' })
    await expectNoSeriousAxeViolations(page)

    const action = 'Selesaikan kajian teknis'
    const form = page.getByRole('form', { name: action })
    await form
      .getByLabel('Laporan kajian teknis')
      .fill('Pemeriksaan lapangan: lokasi sesuai tata ruang; berita acara terlampir.')
    await form.getByRole('button', { name: action }).click()
    await page
      .getByRole('dialog', { name: `Konfirmasi: ${action}` })
      .getByRole('button', { name: action })
      .click()
    await page.getByRole('status').filter({ hasText: 'Status berkas sekarang: Keputusan' }).waitFor()
    // Still listed for the officer after the review, with no way left to add more.
    await attachments.getByRole('rowheader', { name: 'berita-acara-pemeriksaan.pdf' }).waitFor()
    await expect(attachments.getByLabel('Tambah lampiran kajian teknis').count()).resolves.toBe(0)

    const technical = clientFor(await apiLogin(pintu.accounts.technical))
    const seenByOfficer = await technical.call(applicationRoutes.get, { params: { id: fourth.detail.id } })
    expect(seenByOfficer).toMatchObject({
      status: 'decision',
      technicalReport: 'Pemeriksaan lapangan: lokasi sesuai tata ruang; berita acara terlampir.',
    })
    expect(
      seenByOfficer.documents.filter((d) => d.requirementKey === 'technical_review_attachment').map((d) => d.fileName),
    ).toEqual(['berita-acara-pemeriksaan.pdf'])
    // The applicant never sees it.
    const seenByApplicant = await clientFor(applicantToken).call(applicationRoutes.get, {
      params: { id: fourth.detail.id },
    })
    expect(seenByApplicant.documents.map((d) => d.requirementKey)).not.toContain('technical_review_attachment')
    await page.context().close()
  })
})
