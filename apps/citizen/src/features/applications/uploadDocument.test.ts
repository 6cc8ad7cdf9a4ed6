import { describe, expect, it } from 'vitest'
import { sendUpload } from './uploadDocument.ts'

// Progress, errors and cancelling are tested with uploadFile in @pintu/contract; this checks the address.
describe('sendUpload', () => {
  it('posts the file to its route with the token and language', async () => {
    const appId = '11111111-1111-4111-8111-111111111111'
    const sent: { url?: string; headers: Record<string, string> } = { headers: {} }
    const fake = {
      upload: {},
      open: (_method: string, url: string) => void (sent.url = url),
      setRequestHeader: (name: string, value: string) => void (sent.headers[name] = value),
      send() {
        Object.assign(fake, { status: 201, responseText: '{"id":"d"}' })
        ;(fake as unknown as { onload(): void }).onload()
      },
    }
    const file = new File(['%PDF-1.4'], 'berkas.pdf', { type: 'application/pdf' })
    const result = await sendUpload({
      applicationId: appId,
      requirementKey: 'proposal',
      file,
      accessToken: 'tok',
      locale: 'id',
      createRequest: () => fake as unknown as XMLHttpRequest,
    })
    expect(result).toEqual({ id: 'd' })
    expect(sent.url).toBe(`/api/v1/applications/${appId}/documents/proposal`)
    expect(sent.headers).toMatchObject({ Authorization: 'Bearer tok', 'Accept-Language': 'id' })
  })
})
