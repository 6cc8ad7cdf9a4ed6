import { describe, expect, it } from 'vitest'
import {
  attachmentType,
  attachmentUrl,
  checkAttachments,
  firstNumbers,
  sendAttachments,
} from './complaintAttachments.ts'

const pdf = (name = 'bukti.pdf', size = 2048) => ({ name, size, type: 'application/pdf' })

describe('checkAttachments', () => {
  it('takes up to 3 PDF, JPEG or PNG files within 10 MB', () => {
    expect(checkAttachments([])).toBeNull()
    expect(checkAttachments([pdf(), { name: 'a.png', size: 10, type: 'image/png' }, pdf('c.pdf')])).toBeNull()
    expect(checkAttachments([pdf('x.pdf', 10 * 1024 * 1024)])).toBeNull()
  })

  it('names the first file that cannot go, and refuses a 4th', () => {
    expect(checkAttachments([pdf(), pdf(), pdf(), pdf()])).toEqual({ kind: 'too_many' })
    expect(checkAttachments([pdf(), pdf('besar.pdf', 10 * 1024 * 1024 + 1)])).toEqual({
      kind: 'too_large',
      name: 'besar.pdf',
    })
    expect(checkAttachments([{ name: 'surat.docx', size: 10, type: 'application/msword' }])).toEqual({
      kind: 'wrong_type',
      name: 'surat.docx',
    })
    expect(checkAttachments([pdf('kosong.pdf', 0)])).toEqual({ kind: 'empty', name: 'kosong.pdf' })
  })
})

describe('sending attachments', () => {
  it('posts each file with the follow-up code and no token, and stops at the first refusal', async () => {
    const urls: string[] = []
    const headers: string[] = []
    let n = 0
    const createRequest = () => {
      const fake = {
        upload: {},
        open: (_method: string, url: string) => void urls.push(url),
        setRequestHeader: (name: string) => void headers.push(name),
        getResponseHeader: () => null,
        send() {
          n += 1
          Object.assign(
            fake,
            n === 2
              ? { status: 413, responseText: '{"error":{"code":"documents.too_large","message":"besar"}}' }
              : { status: 201, responseText: `{"id":"a${n}"}` },
          )
          ;(fake as unknown as { onload(): void }).onload()
        },
      }
      return fake as unknown as XMLHttpRequest
    }
    const file = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' })
    const result = await sendAttachments({
      number: 'ADU-2026-000001',
      code: 'ABC123',
      files: [file('a.pdf'), file('b.pdf'), file('c.pdf')],
      locale: 'id',
      createRequest,
    })
    expect(urls).toEqual([
      '/api/v1/complaints/ADU-2026-000001/attachments?code=ABC123',
      '/api/v1/complaints/ADU-2026-000001/attachments?code=ABC123',
    ])
    expect(headers).not.toContain('Authorization')
    expect(result.sent).toEqual([{ id: 'a1' }])
    expect(result.failed?.name).toBe('b.pdf')
    expect((result.failed?.error as { code: string }).code).toBe('documents.too_large')
  })

  it('builds the download address and the type label', () => {
    expect(attachmentUrl('ADU-2026-000001', 'ABC', 'id-1')).toBe(
      '/api/v1/complaints/ADU-2026-000001/attachments/id-1?code=ABC',
    )
    expect(attachmentType({ contentType: 'image/png' })).toBe('png')
    expect(attachmentType({ contentType: 'application/pdf' })).toBe('pdf')
    expect(firstNumbers([{ attachments: [1, 2] }, { attachments: [] }, { attachments: [3] }])).toEqual([1, 3, 3])
  })
})
