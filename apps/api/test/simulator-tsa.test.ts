import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

const run = promisify(execFile)

// The simulator's timestamp authority as any RFC 3161 client meets it: OpenSSL makes the query,
// curl posts it over real HTTP, and OpenSSL checks the reply against the simulator's root.
describe("the CA simulator's RFC 3161 timestamp authority over HTTP", () => {
  const clock = createTestClock()
  let t: TestApp
  let dir: string
  let url: string
  const file = (name: string) => path.join(dir, name)
  const post = async (body: string, contentType = 'application/timestamp-query') =>
    run('curl', [
      ...['-sS', '-o', file('reply.tsr'), '-w', '%{http_code} %{content_type}'],
      ...['-H', `Content-Type: ${contentType}`, '--data-binary', `@${body}`, url],
    ]).then((r) => r.stdout)

  beforeAll(async () => {
    t = await createTestApp({ clock, signing: { service: 'simulator' } })
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1/signing-simulator/tsa`
    dir = await mkdtemp(path.join(tmpdir(), 'pintu-tsa-'))
    const ca = (await t.app.inject({ method: 'GET', url: '/api/v1/signing-simulator/ca' })).json()
    await writeFile(file('root.pem'), ca.rootPem)
    await writeFile(file('tsa.pem'), ca.tsaPem)
    await writeFile(file('data.txt'), 'Izin 510/1/SKP/DPMPTSP/XII/2026')
  })
  afterAll(async () => {
    await t.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('answers an openssl ts query with a granted token that openssl verifies against the simulator root', async () => {
    await run('openssl', ['ts', '-query', '-data', file('data.txt'), '-sha256', '-cert', '-out', file('q.tsq')])
    expect(await post(file('q.tsq'))).toBe('200 application/timestamp-reply')
    const text = await run('openssl', ['ts', '-reply', '-in', file('reply.tsr'), '-text'])
    expect(text.stdout).toContain('Status: Granted.')
    expect(text.stdout).toContain('Policy OID: 2.999.17.1')
    expect(text.stdout).toContain(`Time stamp: ${clock.now().toUTCString().slice(8, 11)}`)
    const verified = await run('openssl', [
      ...['ts', '-verify', '-in', file('reply.tsr'), '-queryfile', file('q.tsq')],
      ...['-CAfile', file('root.pem'), '-untrusted', file('tsa.pem')],
    ])
    expect(verified.stdout).toContain('Verification: OK')
    // Verified against other data, the same reply fails: the token binds this imprint.
    await writeFile(file('other.txt'), 'Izin 510/2/SKP/DPMPTSP/XII/2026')
    await expect(
      run('openssl', [
        ...['ts', '-verify', '-in', file('reply.tsr'), '-data', file('other.txt')],
        ...['-CAfile', file('root.pem'), '-untrusted', file('tsa.pem')],
      ]),
    ).rejects.toThrow()
  })

  it('rejects (in RFC 3161 terms) a query with a hash other than SHA-256', async () => {
    await run('openssl', ['ts', '-query', '-data', file('data.txt'), '-sha1', '-out', file('q1.tsq')])
    expect(await post(file('q1.tsq'))).toBe('200 application/timestamp-reply')
    const text = await run('openssl', ['ts', '-reply', '-in', file('reply.tsr'), '-text'])
    expect(text.stdout).toContain('Status: Rejected.')
  })

  it('answers 400 to a body that is not a TimeStampReq and 415 to another content type', async () => {
    await writeFile(file('junk.bin'), Buffer.from('30820102ffff', 'hex'))
    expect(await post(file('junk.bin'))).toMatch(/^400 application\/json/)
    expect(JSON.parse(await readFile(file('reply.tsr'), 'utf8')).error.code).toBe('signing.bad_timestamp_query')
    await writeFile(file('empty.bin'), '')
    expect(await post(file('empty.bin'))).toMatch(/^400 /)
    await run('openssl', ['ts', '-query', '-data', file('data.txt'), '-sha256', '-out', file('q2.tsq')])
    const trailing = Buffer.concat([await readFile(file('q2.tsq')), Buffer.from([0])])
    await writeFile(file('trailing.bin'), trailing)
    expect(await post(file('trailing.bin'))).toMatch(/^400 /)
    expect(await post(file('q2.tsq'), 'application/octet-stream')).toMatch(/^415 /)
  })

  it('is not there without the simulator', async () => {
    const plain = await createTestApp({ clock })
    try {
      const res = await plain.app.inject({
        method: 'POST',
        url: '/api/v1/signing-simulator/tsa',
        headers: { 'content-type': 'application/timestamp-query' },
        payload: await readFile(file('q.tsq')),
      })
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('signing.no_simulator')
    } finally {
      await plain.close()
    }
  })
})
