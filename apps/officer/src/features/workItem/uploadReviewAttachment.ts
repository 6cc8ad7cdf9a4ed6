import { applicationRoutes, type DocumentInfo } from '@pintu/contract'
import { ApiError, buildUrl } from '@pintu/contract/client'

export interface AttachmentUpload {
  applicationId: string
  file: File
  accessToken: string | null
  locale: string
  /** Called with 0…1 as the bytes leave the machine. */
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  /** Tests pass a fake; the browser's XMLHttpRequest otherwise. */
  createRequest?: () => XMLHttpRequest
}

type ErrorPayload = { error?: { code?: string; message?: string; details?: ApiError['details'] } } | null

function errorFrom(xhr: XMLHttpRequest): ApiError {
  let payload: ErrorPayload = null
  try {
    payload = JSON.parse(xhr.responseText) as ErrorPayload
  } catch {
    // not JSON (a proxy's error page): fall back to the status text
  }
  const error = payload?.error
  return new ApiError(xhr.status, error?.code ?? 'network.unexpected_response', error?.message ?? xhr.statusText, error?.details ?? [])
}

/**
 * Uploads one attachment to the technical review as multipart (one part named `file`). The typed
 * client speaks JSON through fetch, which cannot report upload progress; XMLHttpRequest can, and
 * site photos are large.
 */
export function sendReviewAttachment(request: AttachmentUpload): Promise<DocumentInfo> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) return reject(new DOMException('Upload cancelled', 'AbortError'))
    const xhr = request.createRequest?.() ?? new XMLHttpRequest()
    xhr.open('POST', buildUrl(applicationRoutes.uploadReviewAttachment, { id: request.applicationId }))
    if (request.accessToken) xhr.setRequestHeader('Authorization', `Bearer ${request.accessToken}`)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Accept-Language', request.locale)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) request.onProgress?.(Math.min(1, event.loaded / event.total))
    }
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        request.onProgress?.(1)
        resolve(JSON.parse(xhr.responseText) as DocumentInfo)
      } else reject(errorFrom(xhr))
    }
    // The same kind of error fetch gives when the network is down, so the page says "check your connection".
    xhr.onerror = () => reject(new TypeError('Network request failed'))
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'))
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    const body = new FormData()
    body.append('file', request.file, request.file.name)
    xhr.send(body)
  })
}
