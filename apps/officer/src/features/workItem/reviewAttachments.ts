import type { ApplicationDetail, DocumentInfo } from '@pintu/contract'

/**
 * Attachments to the technical review (site photos, inspection minutes) come back with the
 * applicant's documents under this requirement key; the API shows them to officers only.
 * It is not a requirement of any service, so the page lists them apart.
 */
export const reviewAttachmentKey = 'technical_review_attachment'

export function isReviewAttachment(doc: Pick<DocumentInfo, 'requirementKey'>): boolean {
  return doc.requirementKey === reviewAttachmentKey
}

/**
 * The file's documents split into what the applicant uploaded and what the review attached, each in the API's order.
 */
export function groupDocuments<D extends Pick<DocumentInfo, 'requirementKey'>>(
  documents: readonly D[],
): { applicant: D[]; review: D[] } {
  const applicant: D[] = []
  const review: D[] = []
  for (const doc of documents) (isReviewAttachment(doc) ? review : applicant).push(doc)
  return { applicant, review }
}

/**
 * Whether this officer may attach files now: while the file is in technical review and the API
 * offers them the review's completion (it does so only to the assigned technical officer).
 */
export function canAttachToReview(detail: Pick<ApplicationDetail, 'status' | 'availableActions'>): boolean {
  return detail.status === 'technical_review' && detail.availableActions.includes('complete_review')
}

/** The file after an attachment was uploaded (an upload does not change the file's version). */
export function withAttachment(detail: ApplicationDetail, doc: DocumentInfo): ApplicationDetail {
  return detail.documents.some((known) => known.id === doc.id)
    ? detail
    : { ...detail, documents: [...detail.documents, doc] }
}

/** What the API accepts as an attachment: PDF, JPEG or PNG, at most 10 MiB. */
export const reviewAttachmentRules = {
  types: { 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] } as Record<
    DocumentInfo['contentType'],
    readonly string[]
  >,
  maxBytes: 10 * 1024 * 1024,
}

/** The `accept` attribute of the file picker. */
export const reviewAttachmentAccept = Object.entries(reviewAttachmentRules.types)
  .flatMap(([mime, extensions]) => [...extensions, mime])
  .join(',')

export type AttachmentProblem = 'empty' | 'too_large' | 'wrong_type'

/**
 * Checks a chosen file before sending it, so nobody waits for a large upload only to be refused.
 * The server still decides the type from the content.
 */
export function checkReviewAttachment(file: Pick<File, 'name' | 'size' | 'type'>): AttachmentProblem | null {
  if (file.size === 0) return 'empty'
  if (file.size > reviewAttachmentRules.maxBytes) return 'too_large'
  const name = file.name.toLowerCase()
  const fits = Object.entries(reviewAttachmentRules.types).some(
    ([mime, extensions]) => file.type === mime || (!file.type && extensions.some((ext) => name.endsWith(ext))),
  )
  return fits ? null : 'wrong_type'
}
