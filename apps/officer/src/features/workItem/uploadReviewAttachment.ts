import { applicationRoutes, type DocumentInfo } from '@pintu/contract'
import { buildUrl } from '@pintu/contract/client'
import { uploadFile, type FileUpload } from '@pintu/contract/upload'

export interface AttachmentUpload extends Omit<FileUpload, 'url'> {
  applicationId: string
}

/** Uploads one attachment to the technical review, with progress (site photos are large). */
export function sendReviewAttachment(request: AttachmentUpload): Promise<DocumentInfo> {
  return uploadFile<DocumentInfo>({
    ...request,
    url: buildUrl(applicationRoutes.uploadReviewAttachment, { id: request.applicationId }),
  })
}
