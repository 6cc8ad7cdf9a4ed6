import {
  COMPLAINT_ATTACHMENT_MAX_KB,
  MAX_COMPLAINT_ATTACHMENTS,
  complaintRoutes,
  type ComplaintAttachment,
} from '@pintu/contract'
import { buildUrl } from '@pintu/contract/client'
import { uploadFile, type FileUpload } from '@pintu/contract/upload'
import { acceptAttribute, checkFile, type FileProblem } from '@/features/applications/fileCheck.ts'
import { chosenOffice } from '@/features/office/chosenOffice.ts'

/** What a complaint takes: the server's rules, checked here first so nobody waits for a refused upload. */
export const attachmentRules: { acceptedTypes: ('pdf' | 'jpeg' | 'png')[]; maxSizeKb: number } = {
  acceptedTypes: ['pdf', 'jpeg', 'png'],
  maxSizeKb: COMPLAINT_ATTACHMENT_MAX_KB,
}
export const attachmentAccept = acceptAttribute(attachmentRules)

export type AttachmentProblem = { kind: FileProblem; name: string } | { kind: 'too_many' }

/** The first reason the chosen files cannot go, or null: at most 3, each a PDF, JPEG or PNG within the limit. */
export function checkAttachments(files: readonly Pick<File, 'name' | 'size' | 'type'>[]): AttachmentProblem | null {
  if (files.length > MAX_COMPLAINT_ATTACHMENTS) return { kind: 'too_many' }
  for (const file of files) {
    const kind = checkFile(file, attachmentRules)
    if (kind) return { kind, name: file.name }
  }
  return null
}

/** `application/pdf` → `pdf`: the key of its label (labels.documentType). */
export function attachmentType(attachment: Pick<ComplaintAttachment, 'contentType'>): 'pdf' | 'jpeg' | 'png' {
  return attachment.contentType === 'application/pdf' ? 'pdf' : attachment.contentType === 'image/png' ? 'png' : 'jpeg'
}

export interface SendAttachments extends Pick<FileUpload, 'locale' | 'createRequest'> {
  number: string
  code: string
  files: readonly File[]
}

/**
 * Sends the files one by one, each to the complainant's newest message, with the follow-up code
 * as the credential (no account needed). Stops at the first refusal: `failed` names that file.
 */
export async function sendAttachments(
  request: SendAttachments,
): Promise<{ sent: ComplaintAttachment[]; failed: { name: string; error: unknown } | null }> {
  const sent: ComplaintAttachment[] = []
  for (const file of request.files) {
    try {
      sent.push(
        await uploadFile<ComplaintAttachment>({
          url: buildUrl(complaintRoutes.attach, { number: request.number }, { code: request.code }),
          file,
          accessToken: null,
          locale: request.locale,
          office: chosenOffice.value,
          createRequest: request.createRequest,
        }),
      )
    } catch (error) {
      return { sent, failed: { name: file.name, error } }
    }
  }
  return { sent, failed: null }
}

/** The URL of the complainant's own attachment (fetched, never shown in the address bar: it carries the code). */
export function attachmentUrl(number: string, code: string, attachmentId: string): string {
  return buildUrl(complaintRoutes.followUpAttachment, { number, attachmentId }, { code })
}

/** The number of each message's first attachment, counted through the complaint from 1 (as the server names them). */
export function firstNumbers(messages: readonly { attachments: readonly unknown[] }[]): number[] {
  let next = 1
  return messages.map((m) => {
    const first = next
    next += m.attachments.length
    return first
  })
}
