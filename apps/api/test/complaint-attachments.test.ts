import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { multipart, samplePdf, samplePng } from './support/applications.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>
type Filed = { number: string; followUpCode: string }

/** A name that would identify an anonymous complainant, were it kept anywhere. */
const TELLING_NAME = 'KTP Siti Rahayu 3273.pdf'

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile() && !e.parentPath.includes('outbox'))
    .map((e) => path.join(e.parentPath, e.name))
}

describe('complaint attachments', () => {
  let t: TestApp
  let supervisor: Account
  let auditor: Account
  let stranger: Account
  const clock = createTestClock()
  beforeAll(async () => {
    t = await createTestApp({ clock })
    supervisor = await t.account(['supervisor'])
    auditor = await t.account(['auditor'])
    stranger = await t.account(['frontdesk'])
  })
  afterAll(() => t.close())

  const file = async (body: Record<string, unknown> = {}): Promise<Filed> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/complaints',
      payload: { category: 'ordinary', subject: 'system', description: 'Situs lambat sekali sejak pagi.', ...body },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json()
  }
  const attach = (filed: Filed, content: Buffer, name = TELLING_NAME, code = filed.followUpCode) => {
    const body = multipart(name, content)
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${filed.number}/attachments?code=${code}`,
      payload: body.payload,
      headers: body.headers,
    })
  }
  const idOf = async (number: string) =>
    (await queryRows<{ id: string }>(t.db, sql`select id from complaints where number = ${number}`))[0]!.id
  const officerGet = (who: Account, id: string, attachmentId: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/work/complaints/${id}/attachments/${attachmentId}`,
      headers: who.headers,
    })
  const ownGet = (filed: Filed, attachmentId: string, code = filed.followUpCode) =>
    t.app.inject({ method: 'GET', url: `/api/v1/complaints/${filed.number}/attachments/${attachmentId}?code=${code}` })

  it('keeps an anonymous complainant’s PDF with the complaint, records its SHA-256 only and never its name', async () => {
    const filed = await file()
    const res = await attach(filed, samplePdf)
    expect(res.statusCode, res.body).toBe(201)
    const sha256 = createHash('sha256').update(samplePdf).digest('hex')
    expect(res.json()).toMatchObject({ contentType: 'application/pdf', sizeBytes: samplePdf.length, sha256 })
    const id = await idOf(filed.number)
    const [record] = await queryRows<{ details: object; actor_id: string | null }>(
      t.db,
      sql`select details, actor_id from audit_log where action = 'complaint.attachment_added' and entity_id = ${id}`,
    )
    expect(record).toEqual({ details: { sha256 }, actor_id: null })
    const outbox = await queryRows<{ payload: object }>(t.db, sql`select payload from outbox where entity_id = ${id}`)
    const followed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/complaints/${filed.number}?code=${filed.followUpCode}`,
    })
    const seen = await t.app.inject({
      method: 'GET',
      url: `/api/v1/work/complaints/${id}`,
      headers: supervisor.headers,
    })
    expect(followed.json().messages[0].attachments).toEqual([res.json()])
    expect(seen.json().messages[0].attachments).toEqual([res.json()])
    const download = await ownGet(filed, res.json().id)
    expect(download.headers['content-disposition']).toContain(`${filed.number}-lampiran-1.pdf`)
    for (const text of [
      JSON.stringify(record),
      JSON.stringify(outbox),
      followed.body,
      seen.body,
      JSON.stringify(download.headers),
    ])
      expect(text).not.toContain('Rahayu')
  })

  it.each([
    [
      'an executable named .pdf',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00executable'),
      415,
      'documents.type_not_accepted',
    ],
    ['HTML', Buffer.from('<html><script>alert(1)</script></html>'), 415, 'documents.type_not_accepted'],
    ['empty', Buffer.alloc(0), 422, 'documents.empty'],
    ['over 10 MiB', Buffer.concat([samplePdf, Buffer.alloc(10 * 1024 * 1024)]), 413, 'documents.too_large'],
  ])('refuses a file that is %s and keeps nothing', async (_name, content, status, code) => {
    const filed = await file()
    const before = await filesUnder(t.storageDir)
    const res = await attach(filed, content)
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
    expect(await filesUnder(t.storageDir)).toEqual(before)
    const rows = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from complaint_attachments where complaint_id = ${await idOf(filed.number)}`,
    )
    expect(rows[0]!.n).toBe(0)
  })

  it('takes 3 files with the complaint and 3 more with a reply, never a 4th; a wrong code or a closed complaint none', async () => {
    const filed = await file()
    for (const content of [samplePdf, samplePng, samplePdf]) expect((await attach(filed, content)).statusCode).toBe(201)
    const before = await filesUnder(t.storageDir)
    const fourth = await attach(filed, samplePng)
    expect(fourth.statusCode).toBe(409)
    expect(fourth.json().error.code).toBe('complaints.too_many_attachments')
    expect(await filesUnder(t.storageDir)).toEqual(before)
    const wrong = await attach(filed, samplePdf, 'a.pdf', 'WRONGCODE1')
    expect(wrong.statusCode).toBe(404)
    expect(wrong.json().error.code).toBe('complaints.not_found')

    // The complainant answers a minute later: the reply is their newest message.
    clock.advance(60_000)
    const replied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${filed.number}/replies`,
      payload: { code: filed.followUpCode, message: 'Foto layar terlampir.' },
    })
    expect(replied.statusCode, replied.body).toBe(200)
    expect((await attach(filed, samplePng)).statusCode).toBe(201)
    const followed = (
      await t.app.inject({ method: 'GET', url: `/api/v1/complaints/${filed.number}?code=${filed.followUpCode}` })
    ).json()
    expect(followed.messages.map((m: { attachments: unknown[] }) => m.attachments.length)).toEqual([3, 1])

    const id = await idOf(filed.number)
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work/complaints/${id}/steps`,
      headers: supervisor.headers,
      payload: { step: 'close', outcome: 'resolved', message: 'Selesai.' },
    })
    expect(closed.statusCode, closed.body).toBe(200)
    const late = await attach(filed, samplePdf)
    expect(late.statusCode).toBe(409)
    expect(late.json().error.code).toBe('complaints.closed')
  })

  it('lets the supervisor, the auditor and the complainant by code download; anybody else gets 404', async () => {
    const filed = await file()
    const attachment = (await attach(filed, samplePdf)).json()
    const id = await idOf(filed.number)
    for (const who of [supervisor, auditor]) {
      const res = await officerGet(who, id, attachment.id)
      expect(res.statusCode).toBe(200)
      expect(res.rawPayload.equals(samplePdf)).toBe(true)
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
    }
    const reads = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where action = 'complaint.attachment_read' and entity_id = ${id}`,
    )
    expect(reads[0]!.n).toBe(2)
    expect((await ownGet(filed, attachment.id)).rawPayload.equals(samplePdf)).toBe(true)
    expect((await ownGet(filed, attachment.id, 'WRONGCODE1')).statusCode).toBe(404)
    // The attachment of another complaint does not open through this one's number and code.
    const other = await file()
    const res = await ownGet(other, attachment.id)
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('complaints.attachment_not_found')
    expect((await officerGet(stranger, id, attachment.id)).statusCode).toBe(403)
  })

  it('hides the attachment of an extortion report from supervisors (404), not from the auditor', async () => {
    const filed = await file({
      subject: 'officer_conduct',
      pungli: true,
      description: 'Diminta uang pelicin di loket.',
    })
    const attachment = (await attach(filed, samplePng, 'bukti.png')).json()
    const id = await idOf(filed.number)
    const hidden = await officerGet(supervisor, id, attachment.id)
    expect(hidden.statusCode).toBe(404)
    expect(hidden.json().error.code).toBe('complaints.not_found')
    const shown = await officerGet(auditor, id, attachment.id)
    expect(shown.statusCode).toBe(200)
    expect(shown.headers['content-type']).toBe('image/png')
    expect(shown.rawPayload.equals(samplePng)).toBe(true)
  })
})
