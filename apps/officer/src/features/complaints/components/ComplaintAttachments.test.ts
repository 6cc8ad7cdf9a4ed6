import { complaintRoutes } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import ComplaintAttachments from './ComplaintAttachments.vue'

const api = vi.hoisted(() => ({ fetchFile: vi.fn() }))
vi.mock('@/api.ts', async () => {
  const { ApiError } = await import('@pintu/contract/client')
  return { ApiError, fetchFile: api.fetchFile }
})

const complaintId = '11111111-1111-4111-8111-111111111111'
const attachment = (id: string, contentType: 'application/pdf' | 'image/png', sizeBytes: number) => ({
  id,
  contentType,
  sizeBytes,
  sha256: 'a'.repeat(64),
  uploadedAt: '2026-12-21T03:00:00.000Z',
})

describe('the attachments of a complaint message', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('names each file by its place in the complaint, type and size, and downloads it through the API', async () => {
    api.fetchFile.mockResolvedValue(new Blob(['%PDF-1.4'], { type: 'application/pdf' }))
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const wrapper = mount(ComplaintAttachments, {
      props: {
        complaintId,
        number: 'ADU-2026-000001',
        first: 3,
        attachments: [attachment('a1', 'application/pdf', 2048), attachment('a2', 'image/png', 512)],
      },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
    const buttons = wrapper.findAll('button').map((b) => b.text())
    expect(buttons).toEqual([
      expect.stringMatching(/^Lampiran 3 \(PDF, 2/),
      expect.stringMatching(/^Lampiran 4 \(PNG, /),
    ])
    let saved = ''
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = this.download
    })
    await wrapper.findAll('button')[0]!.trigger('click')
    await flushPromises()
    expect(api.fetchFile).toHaveBeenCalledWith(complaintRoutes.attachment, { id: complaintId, attachmentId: 'a1' })
    expect(saved).toBe('ADU-2026-000001-lampiran-3.pdf')
    click.mockRestore()
    wrapper.unmount()
  })

  it('says why a download failed', async () => {
    const { ApiError } = await import('@pintu/contract/client')
    api.fetchFile.mockRejectedValue(new ApiError(404, 'complaints.attachment_not_found', 'x'))
    const wrapper = mount(ComplaintAttachments, {
      props: { complaintId, number: 'ADU-2026-000001', first: 1, attachments: [attachment('a1', 'image/png', 10)] },
      global: { plugins: [i18n] },
    })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Lampiran tidak ditemukan.')
    wrapper.unmount()
  })
})
