import { applicationRoutes, type DocumentInfo } from '@pintu/contract'
import { ApiError, buildUrl } from '@pintu/contract/client'
import { i18n } from '@/i18n/index.ts'
import { useSession } from '@/stores/session.ts'
import { sendUpload } from './uploadDocument.ts'

async function token(): Promise<string> {
  const accessToken = await useSession().ensureAccessToken()
  if (!accessToken) throw new ApiError(401, 'auth.unauthenticated', 'Not logged in')
  return accessToken
}

/** Runs a request as the logged-in applicant, refreshing the token once if it expired on the way (as callAsAccount does). */
async function asAccount<T>(run: (accessToken: string) => Promise<T>): Promise<T> {
  try {
    return await run(await token())
  } catch (error) {
    if (error instanceof ApiError && error.code === 'auth.token_expired' && (await useSession().refresh())) return run(await token())
    throw error
  }
}

export function uploadDocument(applicationId: string, requirementKey: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<DocumentInfo> {
  return asAccount((accessToken) => sendUpload({ applicationId, requirementKey, file, accessToken, locale: i18n.global.locale.value, onProgress, signal }))
}

/**
 * Opens an uploaded document. The download needs the bearer token, which a plain link cannot
 * send, so the file is fetched, kept as a blob and handed to the browser under its own name.
 */
export async function downloadDocument(applicationId: string, document: DocumentInfo): Promise<void> {
  const blob = await asAccount(async (accessToken) => {
    const response = await fetch(buildUrl(applicationRoutes.download, { id: applicationId, documentId: document.id }), {
      headers: { authorization: `Bearer ${accessToken}`, 'accept-language': i18n.global.locale.value },
    })
    if (!response.ok) {
      const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null
      throw new ApiError(response.status, payload?.error?.code ?? 'network.unexpected_response', payload?.error?.message ?? response.statusText)
    }
    return response.blob()
  })
  const url = URL.createObjectURL(blob)
  const link = window.document.createElement('a')
  link.href = url
  link.download = document.fileName
  link.rel = 'noopener'
  window.document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
