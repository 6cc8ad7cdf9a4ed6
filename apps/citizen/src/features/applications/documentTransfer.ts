import { applicationRoutes, type DocumentInfo } from '@pintu/contract'
import { buildUrl } from '@pintu/contract/client'
import { i18n } from '@/i18n/index.ts'
import { asAccount } from '@/api.ts'
import { fetchFileAsAccount, saveBlob } from '@/shared/authenticatedDownload.ts'
import { sendUpload } from './uploadDocument.ts'

export function uploadDocument(
  applicationId: string,
  requirementKey: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<DocumentInfo> {
  return asAccount((accessToken) =>
    sendUpload({
      applicationId,
      requirementKey,
      file,
      accessToken,
      locale: i18n.global.locale.value,
      onProgress,
      signal,
    }),
  )
}

/** Opens an uploaded document: fetched with the applicant's token and handed to the browser under its own name. */
export async function downloadDocument(applicationId: string, document: DocumentInfo): Promise<void> {
  const { blob } = await fetchFileAsAccount(
    buildUrl(applicationRoutes.download, { id: applicationId, documentId: document.id }),
  )
  saveBlob(blob, document.fileName)
}
