import type { ApplicationDetail, OfficerRole, ServiceDefinition } from '@pintu/contract'
import { fillReadyDraft } from '@pintu/contract/samples'
import { eq } from 'drizzle-orm'
import { applications } from '../../src/modules/applications/applications.table.ts'
import { buildPdf, pageObjects } from './pdf-builder.ts'
import type { TestApp } from './test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/** A real one-page PDF (xref table, trailer, startxref, %%EOF) and a real 1 × 1 PNG: the server proves both. */
export const samplePdf = buildPdf(pageObjects('Pintu'))
export const samplePng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/** A multipart body with one file part, as a browser would send it. */
export function multipart(fileName: string, content: Buffer, fieldName = 'file') {
  const boundary = `----pintu${Math.random().toString(16).slice(2)}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

export function applicationHelpers(t: TestApp) {
  const as = (who: Account) => who.headers

  async function upload(
    who: Account,
    id: string,
    requirementKey: string,
    content = samplePdf,
    fileName = 'dokumen.pdf',
  ) {
    const body = multipart(fileName, content)
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/documents/${requirementKey}`,
      headers: { ...as(who), ...body.headers },
      payload: body.payload,
    })
  }

  /** A draft with every field filled and every mandatory document uploaded, ready to submit. */
  async function readyDraft(applicant: Account, serviceCode: string) {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: as(applicant),
      payload: { serviceCode, applicationKind: 'baru' },
    })
    if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`)
    const draft = created.json()
    return fillReadyDraft(draft as { service: ServiceDefinition }, {
      async fill(data) {
        const filled = await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/applications/${draft.id}/form`,
          headers: as(applicant),
          payload: { version: draft.version, data },
        })
        if (filled.statusCode !== 200) throw new Error(`fill failed: ${filled.body}`)
        return filled.json()
      },
      async upload(req) {
        const pdf = req.acceptedTypes.includes('pdf')
        const res = await upload(
          applicant,
          draft.id,
          req.key,
          pdf ? samplePdf : samplePng,
          pdf ? 'dokumen.pdf' : 'foto.png',
        )
        if (res.statusCode !== 201) throw new Error(`upload ${req.key} failed: ${res.body}`)
      },
    })
  }

  async function act(
    who: Account,
    id: string,
    action: string,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/actions/${action}`,
      headers: { ...as(who), ...headers },
      payload: body,
    })
  }

  async function get(who: Account, id: string) {
    return t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: as(who) })
  }

  async function assigneeId(id: string): Promise<string | null> {
    const [row] = await t.db
      .select({ assigneeId: applications.assigneeId })
      .from(applications)
      .where(eq(applications.id, id))
    return row?.assigneeId ?? null
  }

  return { upload, readyDraft, act, get, assigneeId }
}

/** Two officers per stage role and a supervisor, so separation of duties always has someone eligible. */
export async function officerCrew(t: TestApp) {
  const crew: Record<string, Account> = {}
  const roles: OfficerRole[] = ['frontdesk', 'technical', 'approver', 'signer']
  for (const role of roles) {
    crew[`${role}1`] = await t.account([role])
    crew[`${role}2`] = await t.account([role])
  }
  crew.supervisor = await t.account(['supervisor'])
  crew.auditor = await t.account(['auditor'])
  const byId = (id: string | null) => Object.values(crew).find((a) => a.user.id === id)
  return { crew, byId }
}

/**
 * A counter intake draft a frontdesk officer filled and uploaded every mandatory document to, through the
 * counter routes: what a walk-in (or a paper application back-entered after a closure) starts as.
 * Answers the draft as it now stands (its current version).
 */
export async function counterReadyDraft(t: TestApp, officer: Account, applicantId: string, serviceCode = 'SKP') {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/counter/applications',
    headers: officer.headers,
    payload: { applicantId, serviceCode, applicationKind: 'baru' },
  })
  if (created.statusCode !== 201) throw new Error(`counter create failed: ${created.body}`)
  const draft = created.json() as { id: string; version: number; service: ServiceDefinition }
  await fillCounterDraft(t, officer, draft)
  const current = await t.app.inject({
    method: 'GET',
    url: `/api/v1/counter/applications/${draft.id}`,
    headers: officer.headers,
  })
  return current.json() as ApplicationDetail & { service: ServiceDefinition }
}

/** Fills a counter draft's form and uploads its mandatory documents through the counter routes; answers it filled. */
export async function fillCounterDraft(
  t: TestApp,
  officer: Account,
  draft: { id: string; version: number; service: ServiceDefinition },
) {
  return fillReadyDraft(draft, {
    async fill(data) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/counter/applications/${draft.id}/form`,
        headers: officer.headers,
        payload: { version: draft.version, data },
      })
      if (res.statusCode !== 200) throw new Error(`counter fill failed: ${res.body}`)
      return res.json() as { id: string; version: number }
    },
    async upload(req) {
      const pdf = req.acceptedTypes.includes('pdf')
      const body = multipart(pdf ? 'scan.pdf' : 'scan.png', pdf ? samplePdf : samplePng)
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/counter/applications/${draft.id}/documents/${req.key}`,
        headers: { ...officer.headers, ...body.headers },
        payload: body.payload,
      })
      if (res.statusCode !== 201) throw new Error(`counter upload ${req.key} failed: ${res.body}`)
    },
  })
}
