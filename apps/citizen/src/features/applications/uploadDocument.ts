import { applicationRoutes, type DocumentInfo } from '@pintu/contract'
import { ApiError, buildUrl } from '@pintu/contract/client'

export interface UploadRequest {
  applicationId: string
  requirementKey: string
  file: File
  accessToken: string
  locale: string
  /** Called with 0…1 as the bytes leave the phone. */
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
  return new ApiError(xhr.status, error?.code ?? 'network.unexpected_response', error?.message ?? xhr.statusText, error?.details)
}

/**
 * Uploads one file for one requirement as multipart (one part named `file`). The typed client
 * speaks JSON through fetch, which cannot report upload progress; XMLHttpRequest can, and a
 * progress bar is what tells someone on a slow connection that the upload is moving (the 2017
 * portal's slow uploads were what sent people to the counter).
 */
export function sendUpload(request: UploadRequest): Promise<DocumentInfo> {
  return new Promise((resolve, reject) => {
    const xhr = request.createRequest?.() ?? new XMLHttpRequest()
    xhr.open('POST', buildUrl(applicationRoutes.upload, { id: request.applicationId, requirementKey: request.requirementKey }))
    xhr.setRequestHeader('Authorization', `Bearer ${request.accessToken}`)
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
    // Same kind of error fetch gives when the network is down, so errorText() says "check your connection".
    xhr.onerror = () => reject(new TypeError('Network request failed'))
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'))
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    const body = new FormData()
    body.append('file', request.file, request.file.name)
    xhr.send(body)
  })
}
