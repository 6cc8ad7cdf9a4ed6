import { ApiError } from './client.ts'
import { OFFICE_HEADER } from './office-header.ts'

export interface FileUpload {
  /** Where to POST, e.g. buildUrl(applicationRoutes.upload, { id, requirementKey }). */
  url: string
  file: File
  accessToken: string | null
  locale: string
  /** The office to send it to (X-Pintu-Office), when the deployment serves several and one was chosen. */
  office?: string | null
  /** Called with 0…1 as the bytes leave the device. */
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
  const retryAfter = Number(xhr.getResponseHeader?.('retry-after'))
  return new ApiError(
    xhr.status,
    error?.code ?? 'network.unexpected_response',
    error?.message ?? xhr.statusText,
    error?.details ?? [],
    retryAfter > 0 ? retryAfter : null,
  )
}

/**
 * Uploads one file as multipart (one part named `file`) with progress. The typed client speaks
 * JSON through fetch, which cannot report upload progress; XMLHttpRequest can, and a moving
 * progress bar is what keeps someone on a slow connection online (the 2017 portal's slow uploads
 * were what sent people to the counter). Errors are the same ApiError the typed client throws.
 */
export function uploadFile<T>(request: FileUpload): Promise<T> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) return reject(new DOMException('Upload cancelled', 'AbortError'))
    const xhr = request.createRequest?.() ?? new XMLHttpRequest()
    xhr.open('POST', request.url)
    if (request.accessToken) xhr.setRequestHeader('Authorization', `Bearer ${request.accessToken}`)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Accept-Language', request.locale)
    if (request.office) xhr.setRequestHeader(OFFICE_HEADER, request.office)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) request.onProgress?.(Math.min(1, event.loaded / event.total))
    }
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        request.onProgress?.(1)
        resolve(JSON.parse(xhr.responseText) as T)
      } else reject(errorFrom(xhr))
    }
    // The same kind of error fetch gives when the network is down, so pages say "check your connection".
    xhr.onerror = () => reject(new TypeError('Network request failed'))
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'))
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    const body = new FormData()
    body.append('file', request.file, request.file.name)
    xhr.send(body)
  })
}
