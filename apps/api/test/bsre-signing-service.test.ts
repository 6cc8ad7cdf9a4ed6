import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../src/errors/app-error.ts'
import { createBsreSigningService } from '../src/modules/signing/bsre-signing-service.ts'

/** A local stand-in for the national signing service: records what it received, answers as told. */
function fakeService() {
  const received: { url: string; authorization: string; form: FormData }[] = []
  let answer: (res: ServerResponse) => void = (res) =>
    res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-signed')
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const form = await new Response(Buffer.concat(chunks), {
      headers: { 'content-type': req.headers['content-type'] ?? '' },
    }).formData()
    received.push({ url: req.url ?? '', authorization: req.headers.authorization ?? '', form })
    answer(res)
  })
  return { server, received, answerWith: (a: typeof answer) => void (answer = a) }
}

describe('the national signing-service adapter (BSrE/PSrE shape)', () => {
  const fake = fakeService()
  let url = ''
  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/`
  })
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())))

  const request = {
    nik: '3273010101800001',
    passphrase: 'rahasia-saya',
    pdf: Buffer.from('%PDF-1.7 unsigned'),
    signerName: 'Budi',
    reason: 'Penerbitan izin 503/1/DPMPTSP/XII/2026',
    location: 'Bandung',
    signingTime: new Date(),
    widgetRect: [300, 100, 539, 162] as [number, number, number, number],
  }

  it('posts the PDF, NIK and passphrase as multipart with the client credentials, and returns the signed PDF', async () => {
    const service = createBsreSigningService({ url, clientId: 'dinas-bandung', clientSecret: 's3cret' })
    const signed = await service.signPdf(undefined as never, request)
    expect(signed.toString()).toBe('%PDF-signed')
    const got = fake.received.at(-1)!
    expect(got.url).toBe('/api/sign/pdf')
    expect(got.authorization).toBe(`Basic ${Buffer.from('dinas-bandung:s3cret').toString('base64')}`)
    expect(got.form.get('nik')).toBe(request.nik)
    expect(got.form.get('passphrase')).toBe(request.passphrase)
    expect(got.form.get('tampilan')).toBe('invisible')
    const file = got.form.get('file') as File
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('%PDF-1.7 unsigned')
  })

  it('maps a refused passphrase to signing.wrong_passphrase and an outage to signing.service_unavailable', async () => {
    const service = createBsreSigningService({ url, clientId: 'x', clientSecret: 'y' })
    fake.answerWith((res) =>
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end('{"error":"Passphrase anda salah","status_code":2031}'),
    )
    await expect(service.signPdf(undefined as never, request)).rejects.toMatchObject({
      code: 'signing.wrong_passphrase',
    })
    fake.answerWith((res) => res.writeHead(502).end('bad gateway'))
    await expect(service.signPdf(undefined as never, request)).rejects.toBeInstanceOf(AppError)
    await expect(service.signPdf(undefined as never, request)).rejects.toMatchObject({
      code: 'signing.service_unavailable',
    })
    const down = createBsreSigningService({ url: 'http://127.0.0.1:1', clientId: 'x', clientSecret: 'y' })
    await expect(down.signPdf(undefined as never, request)).rejects.toMatchObject({
      code: 'signing.service_unavailable',
    })
  })
})
