import { applicationRoutes, type DocumentInfo } from '@pintu/contract'
import { buildUrl } from '@pintu/contract/client'
import { uploadFile, type FileUpload } from '@pintu/contract/upload'
import { chosenOffice } from '@/features/office/chosenOffice.ts'

export interface UploadRequest extends Omit<FileUpload, 'url'> {
  applicationId: string
  requirementKey: string
}

/** Uploads the applicant's file for one requirement, with progress (see uploadFile in the contract). */
export function sendUpload(request: UploadRequest): Promise<DocumentInfo> {
  return uploadFile<DocumentInfo>({
    office: chosenOffice.value,
    ...request,
    url: buildUrl(applicationRoutes.upload, { id: request.applicationId, requirementKey: request.requirementKey }),
  })
}
