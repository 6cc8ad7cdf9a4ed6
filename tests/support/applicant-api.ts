// The applicant's side of the end-to-end stories, prepared through the API over HTTP (the typed
// client, as the SPAs call it): the one way these tests file an application they do not walk
// through in a browser. The form values and the documents come from the shared ready-draft
// builder in @pintu/contract/samples, the same the API's integration tests use.
import { applicationRoutes, authRoutes, type ApplicationDetail, type Receipt, type Requirement } from '@pintu/contract'
import { createClient } from '@pintu/contract/client'
import { fillReadyDraft } from '@pintu/contract/samples'
import { samplePdf, samplePng } from './sample-data.ts'

export type Credentials = { email: string; password: string }

/** The typed client of the API at `baseUrl`, as one account (or no one). */
export const apiClient = (baseUrl: string, token: string | null) =>
  createClient({ baseUrl, getAccessToken: () => token })

export async function logIn(baseUrl: string, credentials: Credentials): Promise<string> {
  return (await apiClient(baseUrl, null).call(authRoutes.login, { body: credentials })).accessToken
}

/** Uploads a sample document for one requirement as multipart part `file`, as the citizen SPA does. */
export async function uploadSample(baseUrl: string, token: string, applicationId: string, requirement: Requirement) {
  const pdf = requirement.acceptedTypes.includes('pdf')
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(pdf ? samplePdf(`Pintu: ${requirement.key}`) : samplePng)], {
      type: pdf ? 'application/pdf' : 'image/png',
    }),
    `${requirement.key}.${pdf ? 'pdf' : 'png'}`,
  )
  const response = await fetch(`${baseUrl}/api/v1/applications/${applicationId}/documents/${requirement.key}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  if (response.status !== 201) throw new Error(`upload ${requirement.key}: ${response.status} ${await response.text()}`)
}

/**
 * As the applicant: a new application for the service with every field and mandatory document,
 * submitted. Answers the application (with its pinned service definition, which an action's answer
 * leaves out unless asked with ?include=service) and the receipt.
 */
export async function submitApplication(
  baseUrl: string,
  token: string,
  serviceCode: string,
): Promise<{ detail: ApplicationDetail; receipt: Receipt }> {
  const api = apiClient(baseUrl, token)
  const draft = await api.call(applicationRoutes.create, { body: { serviceCode, applicationKind: 'baru' } })
  await fillReadyDraft(draft, {
    fill: (data) =>
      api.call(applicationRoutes.updateForm, { params: { id: draft.id }, body: { version: draft.version, data } }),
    upload: (requirement) => uploadSample(baseUrl, token, draft.id, requirement),
  })
  const current = await api.call(applicationRoutes.get, { params: { id: draft.id } })
  const result = await api.call(applicationRoutes.act, {
    params: { id: draft.id, action: 'submit' },
    body: { version: current.version },
    idempotencyKey: crypto.randomUUID(),
  })
  return { detail: { ...result.application, service: current.service }, receipt: result.receipt! }
}
