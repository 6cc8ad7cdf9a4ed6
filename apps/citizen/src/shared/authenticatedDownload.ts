import { ApiError, asAccount } from '@/api.ts'
import { i18n } from '@/i18n/index.ts'
import { officeHeaders } from '@/features/office/chosenOffice.ts'

/** `attachment; filename="izin-510-1.pdf"` → `izin-510-1.pdf`; null when the header names no file. */
export function fileNameFromDisposition(header: string | null): string | null {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header ?? '')
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1].trim())
  } catch {
    return match[1].trim()
  }
}

/**
 * Fetches a file only the logged-in applicant may read. A plain link cannot send the bearer
 * token, so the file comes back as a blob, with the name the server gave it.
 */
export async function fetchFileAsAccount(url: string): Promise<{ blob: Blob; fileName: string | null }> {
  return asAccount(async (accessToken) => {
    const response = await fetch(url, {
      headers: {
        authorization: `Bearer ${accessToken}`,
        'accept-language': i18n.global.locale.value,
        ...officeHeaders(),
      },
    })
    if (!response.ok) {
      const payload = (await response.json().catch(() => null)) as {
        error?: { code?: string; message?: string }
      } | null
      throw new ApiError(
        response.status,
        payload?.error?.code ?? 'network.unexpected_response',
        payload?.error?.message ?? response.statusText,
      )
    }
    return {
      blob: await response.blob(),
      fileName: fileNameFromDisposition(response.headers.get('content-disposition')),
    }
  })
}

/** Hands a blob to the browser as a download under the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = window.document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  window.document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
