import {
  actionRule,
  applicationActions,
  applicationStatuses,
  isOfficerRole,
  returnReasonCodes,
  type ApplicationAction,
  type ApplicationStatus,
} from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import { sampleDetail } from '../testing/sampleDetail.ts'

type Handler = (url: string, init: RequestInit) => Response
let handler: Handler
const requests: { url: string; headers: Record<string, string>; body: unknown }[] = []
vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
  requests.push({
    url,
    headers: init.headers as Record<string, string>,
    body: init.body ? JSON.parse(String(init.body)) : undefined,
  })
  return handler(url, init)
})
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const { default: ActionPanel } = await import('./ActionPanel.vue')

function render(status: ApplicationStatus, availableActions: ApplicationAction[]) {
  return mount(ActionPanel, {
    props: { detail: sampleDetail({ status, availableActions }) },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
}
const labelsOf = (wrapper: ReturnType<typeof render>) => wrapper.findAll('label').map((label) => label.text())

/** Every officer action of the lifecycle table, with the status it is taken in. */
const officerActions = applicationStatuses.flatMap((status) =>
  applicationActions
    .filter((action) => isOfficerRole(actionRule(status, action)?.by ?? ''))
    .map((action) => ({ status, action })),
)

describe('action forms on the work item', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    requests.length = 0
    document.body.innerHTML = ''
  })

  it.each(officerActions)(
    '$action in $status shows the inputs its rule requires, and a submit button named after it',
    ({ status, action }) => {
      const wrapper = render(status, [action])
      const label = i18n.global.t(`lifecycle.action.${action}`)
      expect(wrapper.get('form h3').text()).toBe(label)
      expect(wrapper.get('form button[type="submit"]').text()).toBe(label)
      const requires = actionRule(status, action)!.requires
      const labels = labelsOf(wrapper)
      expect(labels.includes('Penjelasan untuk pemohon')).toBe(requires.includes('returnReasons'))
      expect(labels.includes('Dasar hukum penolakan')).toBe(requires.includes('legalReason'))
      expect(labels.includes('Laporan kajian teknis')).toBe(requires.includes('report'))
      if (!requires.length) expect(wrapper.findAll('form textarea, form input')).toHaveLength(0)
    },
  )

  it('a return offers every reason code and a checklist of the documents and form fields', () => {
    const labels = labelsOf(render('admin_verification', ['return']))
    for (const code of returnReasonCodes) expect(labels).toContain(i18n.global.t(`lifecycle.returnReason.${code}`))
    expect(labels).toEqual(expect.arrayContaining(['KTP pemohon', 'Desain reklame', 'Lokasi', 'Luas', 'Jumlah sisi']))
  })

  it('asks the signer for their own passphrase when a certified signing service signs, and sends it once', async () => {
    const { forgetSite } = await import('@/features/site/useSite.ts')
    forgetSite()
    const issued = sampleDetail({ status: 'issued', version: 4, availableActions: [] })
    handler = (url) =>
      url === '/api/v1/site'
        ? json(200, { officeCode: '32.73', office: {}, simulators: ['signing_ca'], certifiedSigning: 'simulator' })
        : json(200, { application: issued })
    const wrapper = render('signing', ['sign'])
    await flushPromises()
    const field = wrapper.get('input[type="password"]')
    expect(labelsOf(wrapper)).toContain('Passphrase tanda tangan elektronik')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Masukkan passphrase Anda.')
    await field.setValue('rahasia-penanda')
    await wrapper.get('form').trigger('submit')
    await wrapper.get('dialog form').trigger('submit')
    await flushPromises()
    const sent = requests.filter((r) => r.url.endsWith('/actions/sign'))
    expect(sent).toHaveLength(1)
    expect(sent[0]!.body).toEqual({ version: 3, passphrase: 'rahasia-penanda' })
    // Not kept in the form once sent.
    expect((field.element as HTMLInputElement).value).toBe('')
    forgetSite()
  })

  it('says so when there is nothing to do', () => {
    expect(render('decision', []).text()).toContain('Tidak ada tindakan untuk Anda')
  })

  it('refuses to send a return without reasons, checklist and explanation, and says what is missing', async () => {
    const wrapper = render('admin_verification', ['return'])
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Pilih minimal satu alasan.')
    expect(wrapper.text()).toContain('Pilih minimal satu dokumen atau isian.')
    expect(wrapper.text()).toContain('Minimal 10 karakter.')
    expect(requests).toHaveLength(0)
  })

  it('sends a return with the version read, the chosen reasons and an Idempotency-Key, after confirmation', async () => {
    const returned = sampleDetail({ status: 'returned', version: 4, availableActions: [] })
    handler = () => json(200, { application: returned })
    const wrapper = render('admin_verification', ['return'])
    const check = async (text: string) =>
      wrapper
        .findAll('label')
        .find((label) => label.text() === text)!
        .get('input')
        .setValue(true)
    await check('Dokumen tidak terbaca')
    await check('KTP pemohon')
    await wrapper.get('textarea').setValue('KTP buram, mohon unggah ulang.')
    await wrapper.get('form').trigger('submit')
    expect(requests).toHaveLength(0)
    // The confirmation dialog sends it.
    await wrapper.get('dialog form').trigger('submit')
    await flushPromises()
    expect(requests).toHaveLength(1)
    expect(requests[0]!.url).toBe(`/api/v1/applications/${returned.id}/actions/return`)
    expect(requests[0]!.body).toEqual({
      version: 3,
      returnReasons: {
        codes: ['document_unreadable'],
        requirements: ['ktp'],
        fields: [],
        note: 'KTP buram, mohon unggah ulang.',
      },
    })
    expect(requests[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/)
    expect(wrapper.emitted('updated')![0]).toEqual([returned, 'return'])
  })

  it('when someone else acted first (409 stale version), asks to reload instead of retrying', async () => {
    handler = () => json(409, { error: { code: 'applications.stale_version', message: 'stale' } })
    const wrapper = render('admin_verification', ['accept'])
    await wrapper.get('form').trigger('submit')
    await wrapper.get('dialog form').trigger('submit')
    await flushPromises()
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('sudah diubah orang lain')
    await alert.get('button').trigger('click')
    expect(wrapper.emitted('reload')).toHaveLength(1)
  })

  it('when the file was handed to someone else (403 not assigned), asks to reload too', async () => {
    handler = () => json(403, { error: { code: 'applications.not_assigned', message: 'no' } })
    const wrapper = render('decision', ['approve'])
    await wrapper.get('form').trigger('submit')
    await wrapper.get('dialog form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('tidak lagi ditugaskan kepada Anda')
  })

  it('shows the API’s field problems (422) beside the form that caused them', async () => {
    handler = () =>
      json(422, {
        error: {
          code: 'applications.unknown_checklist_item',
          message: 'x',
          details: [
            { field: '/returnReasons/requirements/ktp', code: 'applications.unknown_checklist_item', message: 'x' },
          ],
        },
      })
    const wrapper = render('admin_verification', ['return'])
    const check = async (text: string) =>
      wrapper
        .findAll('label')
        .find((label) => label.text() === text)!
        .get('input')
        .setValue(true)
    await check('Lainnya (lihat penjelasan)')
    await check('KTP pemohon')
    await wrapper.get('textarea').setValue('Penjelasan yang cukup panjang.')
    await wrapper.get('form').trigger('submit')
    await wrapper.get('dialog form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Daftar perbaikan memuat dokumen atau isian yang tidak ada')
    expect(wrapper.get('.field-error').text()).toContain('Daftar perbaikan memuat')
  })
})
