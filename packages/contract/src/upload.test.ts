import { ApiError } from './client.ts'
import { describe, expect, it } from 'vitest'
import { uploadFile } from './upload.ts'

/** Just enough of XMLHttpRequest to play a server's part. */
class FakeRequest {
  method = ''
  url = ''
  headers: Record<string, string> = {}
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

const file = () => new File(['%PDF-1.4 test'], 'proposal.pdf', { type: 'application/pdf' })
const appId = '11111111-1111-4111-8111-111111111111'

function start(extra: { onProgress?: (n: number) => void; signal?: AbortSignal; office?: string | null } = {}) {
  const fake = new FakeRequest()
  const promise = uploadFile<{ requirementKey: string }>({
    url: `/api/v1/applications/${appId}/documents/proposal`,
    file: file(),
    accessToken: 'tok',
    locale: 'id',
    createRequest: () => fake as unknown as XMLHttpRequest,
    ...extra,
  })
  return { fake, promise }
}

describe('file upload with progress', () => {
  it('posts one multipart part named file to the requirement, with the token and language', async () => {
    const { fake, promise } = start()
    expect(fake.method).toBe('POST')
    expect(fake.url).toBe(`/api/v1/applications/${appId}/documents/proposal`)
    expect(fake.headers.Authorization).toBe('Bearer tok')
    expect(fake.headers['Accept-Language']).toBe('id')
    expect((fake.body!.get('file') as File).name).toBe('proposal.pdf')
    fake.respond(201, { id: 'd', requirementKey: 'proposal' })
    await expect(promise).resolves.toMatchObject({ requirementKey: 'proposal' })
  })

  it('names the office chosen (X-Pintu-Office) when there is one, and none otherwise', async () => {
    const chosen = start({ office: '73.71' })
    expect(chosen.fake.headers['x-pintu-office']).toBe('73.71')
    chosen.fake.respond(201, {})
    const none = start({ office: null })
    expect(Object.keys(none.fake.headers)).not.toContain('x-pintu-office')
    none.fake.respond(201, {})
    await Promise.all([chosen.promise, none.promise])
  })

  it('reports progress as a fraction of the bytes sent, ending at 1', async () => {
    const seen: number[] = []
    const { fake, promise } = start({ onProgress: (n) => seen.push(n) })
    fake.upload.onprogress!({ lengthComputable: true, loaded: 25, total: 100 })
    fake.upload.onprogress!({ lengthComputable: false, loaded: 50, total: 0 })
    fake.upload.onprogress!({ lengthComputable: true, loaded: 100, total: 100 })
    fake.respond(201, {})
    await promise
    expect(seen).toEqual([0.25, 1, 1])
  })

  it('turns an error response into an ApiError with the stable code', async () => {
    const { fake, promise } = start()
    fake.respond(415, { error: { code: 'documents.type_not_accepted', message: 'Jenis berkas tidak diterima.' } })
    await expect(promise).rejects.toMatchObject({ status: 415, code: 'documents.type_not_accepted' })
    await expect(promise).rejects.toBeInstanceOf(ApiError)
  })

  it('treats a dropped connection like fetch does, so the page says to check the connection', async () => {
    const { fake, promise } = start()
    fake.onerror!()
    await expect(promise).rejects.toBeInstanceOf(TypeError)
  })

  it('can be cancelled', async () => {
    const controller = new AbortController()
    const { promise } = start({ signal: controller.signal })
    controller.abort()
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' })
  })
})
