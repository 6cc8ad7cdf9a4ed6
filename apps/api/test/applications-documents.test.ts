import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, multipart, officerCrew, samplePdf } from './support/applications.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'
import { sql } from 'drizzle-orm'

/** Every file under a directory, ignoring empty folders. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

describe('document uploads', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  let draft: {
    id: string
    version: number
    service: { requirements: { key: string; maxSizeKb: number; acceptedTypes: string[] }[] }
  }
  let pdfRequirement: { key: string; maxSizeKb: number }
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    applicant = await t.account(['applicant'])
    draft = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: applicant.headers,
        payload: { serviceCode: 'SKP', applicationKind: 'baru' },
      })
    ).json()
    pdfRequirement = draft.service.requirements.find((r) => r.acceptedTypes.includes('pdf'))!
  })
  afterAll(() => t.close())

  it('stores an accepted file with its SHA-256, decided type and sanitised name', async () => {
    const res = await h.upload(applicant, draft.id, pdfRequirement.key, samplePdf, 'Surat Permohonan.pdf')
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      requirementKey: pdfRequirement.key,
      fileName: 'Surat Permohonan.pdf',
      contentType: 'application/pdf',
      sizeBytes: samplePdf.length,
    })
    expect(res.json().sha256).toMatch(/^[0-9a-f]{64}$/)
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${draft.id}/documents/${res.json().id}`,
      headers: applicant.headers,
    })
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.rawPayload.equals(samplePdf)).toBe(true)
  })

  it('replaces the earlier file of the same requirement and keeps its record', async () => {
    const again = await h.upload(
      applicant,
      draft.id,
      pdfRequirement.key,
      Buffer.concat([samplePdf, Buffer.from('% v2\n')]),
      'v2.pdf',
    )
    expect(again.statusCode).toBe(201)
    const current = (await h.get(applicant, draft.id))
      .json()
      .documents.filter((d: { requirementKey: string }) => d.requirementKey === pdfRequirement.key)
    expect(current).toHaveLength(1)
    expect(current[0].fileName).toBe('v2.pdf')
    const rows = await queryRows(
      t.db,
      sql`select id from application_documents where application_id = ${draft.id} and requirement_key = ${pdfRequirement.key}`,
    )
    expect(rows.length).toBe(2)
  })

  it.each([
    [
      'too large',
      () => Buffer.concat([samplePdf, Buffer.alloc(pdfRequirement.maxSizeKb * 1024)]),
      'besar.pdf',
      413,
      'documents.too_large',
    ],
    [
      'an executable named .pdf',
      () => Buffer.from('MZ\x90\x00\x03\x00\x00\x00executable'),
      'ktp.pdf',
      415,
      'documents.type_not_accepted',
    ],
    [
      'HTML named .pdf',
      () => Buffer.from('<html><script>alert(1)</script></html>'),
      'ktp.pdf',
      415,
      'documents.type_not_accepted',
    ],
    ['empty', () => Buffer.alloc(0), 'kosong.pdf', 422, 'documents.empty'],
    ['a path-traversal name', () => samplePdf, '../../etc/passwd.pdf', 422, 'documents.bad_file_name'],
    ['a Windows path-traversal name', () => samplePdf, '..\\..\\boot.pdf', 422, 'documents.bad_file_name'],
  ])('refuses a file that is %s and leaves nothing on disk', async (_name, content, fileName, status, code) => {
    const before = await filesUnder(t.storageDir)
    const res = await h.upload(applicant, draft.id, pdfRequirement.key, content(), fileName)
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
    expect(await filesUnder(t.storageDir)).toEqual(before)
  })

  it('refuses a body that is not multipart, a missing file, and an unknown requirement', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/documents/${pdfRequirement.key}`,
      headers: applicant.headers,
      payload: { file: 'x' },
    })
    expect(json.statusCode).toBe(415)
    expect(json.json().error.code).toBe('request.unsupported_media_type')
    expect((await h.upload(applicant, draft.id, 'no_such_requirement')).json().error.code).toBe(
      'applications.unknown_requirement',
    )
  })

  it('lets an officer read documents only of files they hold, and audits every read', async () => {
    const team = await officerCrew(t)
    const ready = await h.readyDraft(applicant, 'SKP')
    await h.act(applicant, ready.id, 'submit', { version: ready.version })
    const officer = team.byId(await h.assigneeId(ready.id))!
    const docId = (await h.get(applicant, ready.id)).json().documents[0].id
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${ready.id}/documents/${docId}`,
      headers: officer.headers,
    })
    expect(read.statusCode).toBe(200)
    const personal = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${ready.id}/applicant`,
      headers: officer.headers,
    })
    expect(personal.json()).toMatchObject({ nik: expect.any(String), phone: '+6281234567890' })
    await h.get(officer, ready.id)
    const audited = await queryRows<{ action: string; actor_id: string }>(
      t.db,
      sql`select action, actor_id from audit_log where entity_id = ${ready.id} and action in ('application.document_read', 'application.personal_data_read', 'application.opened')`,
    )
    expect(audited.map((a) => a.action).sort()).toEqual([
      'application.document_read',
      'application.opened',
      'application.personal_data_read',
    ])
    expect(audited.every((a) => a.actor_id === officer.user.id)).toBe(true)
    const stranger = [team.crew.frontdesk1!, team.crew.frontdesk2!].find((o) => o.user.id !== officer.user.id)!
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/applications/${ready.id}/applicant`,
          headers: stranger.headers,
        })
      ).statusCode,
    ).toBe(403)
  })

  it('stops accepting documents once submitted', async () => {
    const ready = await h.readyDraft(applicant, 'SKP')
    await h.act(applicant, ready.id, 'submit', { version: ready.version })
    const res = await h.upload(applicant, ready.id, pdfRequirement.key)
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('applications.not_editable')
  })
})

describe('technical review attachments', () => {
  it('lets only the assigned technical officer attach files, during the review, and hides them from the applicant', async () => {
    const t = await createTestApp()
    try {
      const h = applicationHelpers(t)
      const team = await officerCrew(t)
      const applicant = await t.account(['applicant'])
      const draft = await h.readyDraft(applicant, 'IUI')
      const submitted = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
      const attach = (who: Awaited<ReturnType<TestApp['account']>>) => {
        const body = multipart('foto-lokasi.pdf', samplePdf)
        return t.app.inject({
          method: 'POST',
          url: `/api/v1/applications/${draft.id}/review-attachments`,
          headers: { ...who.headers, ...body.headers },
          payload: body.payload,
        })
      }
      expect((await attach(team.crew.technical1!)).statusCode).toBe(403)
      await h.act(team.byId(await h.assigneeId(draft.id))!, draft.id, 'accept', { version: submitted.version })
      const assigned = team.byId(await h.assigneeId(draft.id))!
      const other = [team.crew.technical1!, team.crew.technical2!].find((o) => o.user.id !== assigned.user.id)!
      expect((await attach(other)).json().error.code).toBe('applications.not_assigned')
      const res = await attach(assigned)
      expect(res.statusCode).toBe(201)
      const officerView = (await h.get(assigned, draft.id)).json()
      expect(officerView.documents.map((d: { id: string }) => d.id)).toContain(res.json().id)
      const applicantView = (await h.get(applicant, draft.id)).json()
      expect(applicantView.documents.map((d: { id: string }) => d.id)).not.toContain(res.json().id)
      const download = await t.app.inject({
        method: 'GET',
        url: `/api/v1/applications/${draft.id}/documents/${res.json().id}`,
        headers: applicant.headers,
      })
      expect(download.statusCode).toBe(404)
      await h.act(assigned, draft.id, 'complete_review', {
        version: officerView.version,
        report: 'Lokasi sesuai rencana tata ruang.',
      })
      expect((await attach(assigned)).json().error.code).toBe('applications.not_in_review')
    } finally {
      await t.close()
    }
  })
})
