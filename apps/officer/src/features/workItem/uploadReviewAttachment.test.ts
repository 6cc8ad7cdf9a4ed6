import { ApiError } from '@pintu/contract/client'
import { describe, expect, it } from 'vitest'
import { sendReviewAttachment } from './uploadReviewAttachment.ts'

/** Just enough of XMLHttpRequest to play a server's part. */
class FakeRequest {
  method = ''
  url = ''
  headers: Record<string, string> = {}
  body: FormData | null = null
  status = 0
  statusText = ''
  responseText = ''
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
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

const appId = '11111111-1111-4111-8111-111111111111'

function start(extra: { onProgress?: (n: number) => void; signal?: AbortSignal } = {}) {
  const fake = new FakeRequest()
  const file = new File(['%PDF-1.4 test'], 'berita-acara.pdf', { type: 'application/pdf' })
  const promise = sendReviewAttachment({ applicationId: appId, file, accessToken: 'tok', locale: 'en', createRequest: () => fake as unknown as XMLHttpRequest, ...extra })
  return { fake, promise }
}

describe('technical review attachment upload', () => {
  it('posts one multipart part named file to the review attachments, with the token and language', async () => {
    const { fake, promise } = start()
    expect(fake.method).toBe('POST')
    expect(fake.url).toBe(`/api/v1/applications/${appId}/review-attachments`)
    expect(fake.headers.Authorization).toBe('Bearer tok')
    expect(fake.headers['Accept-Language']).toBe('en')
    expect((fake.body!.get('file') as File).name).toBe('berita-acara.pdf')
    fake.respond(201, { id: 'd', requirementKey: 'technical_review_attachment' })
    await expect(promise).resolves.toMatchObject({ requirementKey: 'technical_review_attachment' })
  })

  it('reports progress as a fraction of the bytes sent, ending at 1', async () => {
    const seen: number[] = []
    const { fake, promise } = start({ onProgress: (n) => seen.push(n) })
    fake.upload.onprogress!({ lengthComputable: true, loaded: 25, total: 100 })
    fake.upload.onprogress!({ lengthComputable: false, loaded: 50, total: 0 })
    fake.respond(201, { id: 'd' })
    await promise
    expect(seen).toEqual([0.25, 1])
  })

  it('turns a refusal into the API error with its code', async () => {
    const { fake, promise } = start()
    fake.respond(409, { error: { code: 'applications.not_in_review', message: 'Not in review' } })
    await expect(promise).rejects.toBeInstanceOf(ApiError)
    await expect(promise).rejects.toMatchObject({ status: 409, code: 'applications.not_in_review' })
  })

  it('is cancelled by its signal', async () => {
    const controller = new AbortController()
    const { promise } = start({ signal: controller.signal })
    controller.abort()
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('fails like fetch when the network is down', async () => {
    const { fake, promise } = start()
    fake.onerror!()
    await expect(promise).rejects.toBeInstanceOf(TypeError)
  })
})
