import type { DocumentInfo } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import {
  canAttachToReview,
  checkReviewAttachment,
  groupDocuments,
  reviewAttachmentAccept,
  reviewAttachmentKey,
  withAttachment,
} from './reviewAttachments.ts'
import { sampleDetail } from './testing/sampleDetail.ts'

const attachment = (id: string, fileName: string): DocumentInfo => ({
  id,
  requirementKey: reviewAttachmentKey,
  fileName,
  contentType: 'image/jpeg',
  sizeBytes: 300_000,
  sha256: 'c'.repeat(64),
  uploadedAt: '2026-03-05T03:00:00.000Z',
})

describe('documents grouped for the work item', () => {
  it('keeps the applicant’s documents apart from the technical review’s attachments, each in the API’s order', () => {
    const [ktp, design] = sampleDetail().documents
    const photo = attachment('00000000-0000-4000-8000-0000000000e1', 'foto-lokasi.jpg')
    const minutes = attachment('00000000-0000-4000-8000-0000000000e2', 'berita-acara.pdf')
    expect(groupDocuments([photo, ktp!, minutes, design!])).toEqual({
      applicant: [ktp, design],
      review: [photo, minutes],
    })
  })

  it('has nothing in either group when there is nothing, and only applicant documents before any review', () => {
    expect(groupDocuments([])).toEqual({ applicant: [], review: [] })
    const { documents } = sampleDetail()
    expect(groupDocuments(documents)).toEqual({ applicant: documents, review: [] })
  })

  it('uses the key the API files attachments under', () => {
    expect(reviewAttachmentKey).toBe('technical_review_attachment')
  })
})

describe('who may attach', () => {
  it('the officer the API lets complete the review, while the file is in technical review', () => {
    expect(canAttachToReview({ status: 'technical_review', availableActions: ['complete_review'] })).toBe(true)
  })

  it('nobody else: another officer on the same file, or the same action name in another status', () => {
    expect(canAttachToReview({ status: 'technical_review', availableActions: [] })).toBe(false)
    expect(canAttachToReview({ status: 'admin_verification', availableActions: ['accept', 'return'] })).toBe(false)
    expect(canAttachToReview({ status: 'decision', availableActions: ['complete_review'] })).toBe(false)
  })
})

describe('an uploaded attachment', () => {
  it('joins the file’s documents once, without changing its version', () => {
    const detail = sampleDetail({ status: 'technical_review', availableActions: ['complete_review'] })
    const photo = attachment('00000000-0000-4000-8000-0000000000e1', 'foto-lokasi.jpg')
    const after = withAttachment(detail, photo)
    expect(after.documents).toEqual([...detail.documents, photo])
    expect(after.version).toBe(detail.version)
    expect(detail.documents).not.toContain(photo)
    expect(withAttachment(after, photo)).toBe(after)
  })
})

describe('checks before uploading an attachment', () => {
  const file = (name: string, size: number, type: string) => ({ name, size, type })

  it('accepts PDF, JPEG and PNG up to 10 MiB', () => {
    expect(checkReviewAttachment(file('berita-acara.pdf', 10 * 1024 * 1024, 'application/pdf'))).toBeNull()
    expect(checkReviewAttachment(file('foto.jpg', 1, 'image/jpeg'))).toBeNull()
    expect(checkReviewAttachment(file('denah.png', 1, 'image/png'))).toBeNull()
    // Some systems give no type: the name decides on the page, the content on the server.
    expect(checkReviewAttachment(file('FOTO.JPEG', 1, ''))).toBeNull()
  })

  it('refuses an empty file, one over 10 MiB, and other types', () => {
    expect(checkReviewAttachment(file('kosong.pdf', 0, 'application/pdf'))).toBe('empty')
    expect(checkReviewAttachment(file('besar.pdf', 10 * 1024 * 1024 + 1, 'application/pdf'))).toBe('too_large')
    expect(
      checkReviewAttachment(
        file('catatan.docx', 10, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      ),
    ).toBe('wrong_type')
    expect(checkReviewAttachment(file('catatan.txt', 10, ''))).toBe('wrong_type')
  })

  it('offers only those types in the file picker', () => {
    expect(reviewAttachmentAccept).toBe('.pdf,application/pdf,.jpg,.jpeg,image/jpeg,.png,image/png')
  })
})
