import type { Complaint, ComplaintAttachment, ComplaintFollowUp, ComplaintStep } from '@pintu/contract'
import type { ComplaintDeadlines } from './complaint-clock.ts'
import type { ComplaintAttachmentRow, ComplaintMessageRow, ComplaintRow } from './complaints.repository.ts'

/** What the number and code holder reads: the conversation, never an officer's name. */
export function toFollowUp(
  row: ComplaintRow,
  messages: ComplaintMessageRow[],
  d: ComplaintDeadlines,
  attachments: ComplaintAttachmentRow[] = [],
): ComplaintFollowUp {
  return {
    number: row.number,
    category: row.category,
    subject: row.subject,
    status: row.status,
    outcome: row.outcome,
    filedAt: row.filedAt.toISOString(),
    firstResponseDueDate: d.firstResponseDueDate,
    resolutionDueDate: d.resolutionDueDate,
    paused: row.pausedAt !== null,
    firstRespondedAt: row.firstRespondedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    messages: messages.map((m) => ({
      from: m.from,
      kind: m.kind,
      text: m.text,
      at: m.at.toISOString(),
      attachments: attachments.filter((a) => a.messageId === m.id).map(toAttachment),
    })),
  }
}

/** What the office reads: whether it was anonymous, never who filed it. */
export function toComplaint(
  row: ComplaintRow,
  messages: ComplaintMessageRow[],
  d: ComplaintDeadlines,
  steps: readonly ComplaintStep[],
  attachments: ComplaintAttachmentRow[] = [],
): Complaint {
  return {
    id: row.id,
    ...toFollowUp(row, messages, d, attachments),
    serviceCode: row.serviceCode,
    registrationNo: row.registrationNo,
    pungli: row.pungli,
    anonymous: row.complainantId === null,
    forwardedTo: row.forwardedTo,
    firstResponseOverdue: d.firstResponseOverdue,
    resolutionOverdue: d.resolutionOverdue,
    escalated: row.firstResponseEscalatedAt !== null || row.resolutionEscalatedAt !== null,
    steps: [...steps],
  }
}

/** An attachment as both readers see it: what it is, never the name it came with. */
export function toAttachment(a: ComplaintAttachmentRow): ComplaintAttachment {
  return {
    id: a.id,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    uploadedAt: a.uploadedAt.toISOString(),
  }
}
