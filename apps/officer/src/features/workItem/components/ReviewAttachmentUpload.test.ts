import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import ReviewAttachmentUpload from './ReviewAttachmentUpload.vue'

/** Just enough of XMLHttpRequest for the component's upload. */
class FakeRequest {
  static last: FakeRequest | null = null
  url = ''
  body: FormData | null = null
  status = 0
  statusText = ''
  responseText = ''
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  constructor() {
    FakeRequest.last = this
  }
  open(_method: string, url: string) {
    this.url = url
  }
  setRequestHeader() {}
  send(body: FormData) {
    this.body = body
  }
  abort() {
    this.onabort?.()
  }
  respond(status: number, body: unknown) {
    this.status = status
    this.responseText = JSON.stringify(body)
    this.onload?.()
  }
}

const appId = '00000000-0000-4000-8000-0000000000aa'
const doc = {
  id: '00000000-0000-4000-8000-0000000000e1',
  requirementKey: 'technical_review_attachment',
  fileName: 'foto-lokasi.jpg',
  contentType: 'image/jpeg',
  sizeBytes: 3,
  sha256: 'c'.repeat(64),
  uploadedAt: '2026-03-05T03:00:00.000Z',
}

function render() {
  return mount(ReviewAttachmentUpload, {
    props: { applicationId: appId },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
}
async function choose(wrapper: ReturnType<typeof render>, file: File) {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

describe('technical review attachment uploader', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
    FakeRequest.last = null
    vi.stubGlobal('XMLHttpRequest', FakeRequest)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers PDF, JPEG and PNG under a visible label', () => {
    const wrapper = render()
    expect(wrapper.get('label').text()).toBe('Tambah lampiran kajian teknis')
    expect(wrapper.get('input').attributes('accept')).toContain('application/pdf')
  })

  it('refuses another type on the page, without sending anything', async () => {
    const wrapper = render()
    await choose(wrapper, new File(['x'], 'catatan.docx', { type: 'application/msword' }))
    expect(FakeRequest.last).toBeNull()
    expect(wrapper.get('[role="alert"]').text()).toBe(i18n.global.t('errors.documents.type_not_accepted'))
  })

  it('shows progress while sending and hands the stored attachment to the page', async () => {
    const wrapper = render()
    await choose(wrapper, new File(['jpg'], 'foto-lokasi.jpg', { type: 'image/jpeg' }))
    await flushPromises()
    const request = FakeRequest.last!
    expect(request.url).toBe(`/api/v1/applications/${appId}/review-attachments`)
    request.upload.onprogress!({ lengthComputable: true, loaded: 1, total: 2 })
    await flushPromises()
    expect(wrapper.get('progress').attributes('value')).toBe('50')
    expect(wrapper.text()).toContain('Mengunggah foto-lokasi.jpg')
    request.respond(201, doc)
    await flushPromises()
    expect(wrapper.emitted('uploaded')).toEqual([[doc]])
    expect(wrapper.find('progress').exists()).toBe(false)
  })

  it('explains a refusal by its code, e.g. a file that left the review meanwhile', async () => {
    const wrapper = render()
    await choose(wrapper, new File(['%PDF'], 'ba.pdf', { type: 'application/pdf' }))
    await flushPromises()
    FakeRequest.last!.respond(409, { error: { code: 'applications.not_in_review', message: 'x' } })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe(i18n.global.t('errors.applications.not_in_review'))
    expect(wrapper.emitted('uploaded')).toBeUndefined()
  })

  it('keeps keyboard focus on the upload while the file goes up: on its status, then back on the file input', async () => {
    const wrapper = render()
    const input = wrapper.get('input[type="file"]').element as HTMLInputElement
    input.focus()
    await choose(wrapper, new File(['jpg'], 'foto-lokasi.jpg', { type: 'image/jpeg' }))
    await flushPromises()
    // The input is disabled meanwhile; focus is on the named status holding the progress and cancel.
    const status = wrapper.get('.upload-progress').element as HTMLElement
    expect(document.activeElement).toBe(status)
    expect(status.getAttribute('aria-labelledby')).toBeTruthy()
    expect(document.getElementById(status.getAttribute('aria-labelledby')!)!.textContent).toContain('foto-lokasi.jpg')
    FakeRequest.last!.respond(201, doc)
    await flushPromises()
    expect(document.activeElement).toBe(input)
    expect(document.activeElement).not.toBe(document.body)
  })
})
