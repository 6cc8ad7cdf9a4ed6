import { COMPLAINT_ATTACHMENT_MAX_KB, MAX_COMPLAINT_ATTACHMENTS, type ComplaintAttachment } from '@pintu/contract'
import { randomUUID } from 'node:crypto'
import type { Actor } from '../../plugins/auth.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict, notFound } from '../../errors/app-error.ts'
import { storeCheckedFile } from '../documents/checked-store.ts'
import type { FileToSend } from '../documents/file-reply.ts'
import { fileNameFor } from '../documents/file-content.ts'
import type { UploadedFile } from '../documents/upload-part.ts'
import type { ComplaintsDeps } from './complaints.deps.ts'
import { toAttachment } from './complaints.mappers.ts'
import type { ComplaintAttachmentRow, ComplaintRow } from './complaints.repository.ts'
import { ANONYMOUS, loadVisible, opened } from './complaints.usecases.ts'

const RULES = { acceptedTypes: ['pdf', 'jpeg', 'png'], maxSizeKb: COMPLAINT_ATTACHMENT_MAX_KB } as const

/**
 * The complainant attaches a file to their newest message (the complaint or their last reply),
 * with the follow-up code as the credential, anonymous or not. The file is checked as every upload
 * is; the name it came with is dropped (it may name an anonymous complainant) and the recorded
 * change carries the SHA-256 alone. A refused file leaves nothing on disk and no row.
 */
export async function attach(
  deps: ComplaintsDeps,
  number: string,
  code: string,
  file: UploadedFile,
  requestId: string,
): Promise<ComplaintAttachment> {
  // Checked before the bytes are read, so a closed or full complaint does not cost a stored file.
  const before = await opened(deps, deps.db, number, code)
  await attachable(deps, deps.db, before)
  const id = randomUUID()
  const storageKey = `${deps.office.code}/complaints/${before.id}/${id}`
  const stored = await storeCheckedFile(deps.storage, storageKey, file, RULES)
  try {
    return await deps.db.transaction(async (tx) => {
      // Again under the complaint's lock: two uploads at once cannot make a fourth file.
      const row = await deps.complaints.lock(tx, before.id)
      const messageId = await attachable(deps, tx, row!)
      const attachment = await deps.complaints.insertAttachment(tx, {
        id,
        complaintId: before.id,
        messageId,
        contentType: stored.contentType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        storageKey,
        uploadedAt: deps.clock.now(),
      })
      await deps.changes.record(tx, {
        action: 'complaint.attachment_added',
        entity: { type: 'complaint', id: before.id },
        // Whoever holds the code answers as the public, as a reply does.
        actor: ANONYMOUS,
        details: { sha256: stored.sha256 },
        requestId,
      })
      return toAttachment(attachment)
    })
  } catch (error) {
    await deps.storage.remove(storageKey)
    throw error
  }
}

/** The message a new file would go with; refuses a closed complaint or a message that has its 3 files. */
async function attachable(deps: ComplaintsDeps, ex: Executor, row: ComplaintRow): Promise<string> {
  if (row.status === 'closed') throw conflict('complaints.closed')
  const message = await deps.complaints.latestFromComplainant(ex, row.id)
  const files = (await deps.complaints.attachments(ex, row.id)).filter((a) => a.messageId === message!.id)
  if (files.length >= MAX_COMPLAINT_ATTACHMENTS) throw conflict('complaints.too_many_attachments')
  return message!.id
}

/** The complainant's own file, with the code; a wrong code answers like an unknown number. */
export async function openAttachmentByCode(
  deps: ComplaintsDeps,
  number: string,
  code: string,
  attachmentId: string,
): Promise<FileToSend> {
  const row = await opened(deps, deps.db, number, code)
  return send(deps, row, await found(deps, row, attachmentId))
}

/** An officer's download, of a complaint they may read (pungli: the auditor only); recorded, as a document read is. */
export async function openAttachment(
  deps: ComplaintsDeps,
  id: string,
  attachmentId: string,
  caller: { actor: Actor; requestId: string },
): Promise<FileToSend> {
  const row = await loadVisible(deps, deps.db, id, caller.actor)
  const attachment = await found(deps, row, attachmentId)
  await deps.db.transaction((tx) =>
    deps.changes.record(tx, {
      action: 'complaint.attachment_read',
      entity: { type: 'complaint', id: row.id },
      // Only an auditor sees an extortion report, so a supervisor's read is never of one.
      actor: { id: caller.actor.id, role: caller.actor.roles.includes('auditor') ? 'auditor' : 'supervisor' },
      details: { attachmentId },
      requestId: caller.requestId,
    }),
  )
  return send(deps, row, attachment)
}

async function found(deps: ComplaintsDeps, row: ComplaintRow, attachmentId: string): Promise<ComplaintAttachmentRow> {
  const attachment = await deps.complaints.attachment(deps.db, row.id, attachmentId)
  if (!attachment) throw notFound('complaints.attachment_not_found')
  return attachment
}

/** Served under a name made from the complaint number and the file's place, never the uploaded name. */
async function send(deps: ComplaintsDeps, row: ComplaintRow, attachment: ComplaintAttachmentRow): Promise<FileToSend> {
  const place = (await deps.complaints.attachments(deps.db, row.id)).findIndex((a) => a.id === attachment.id) + 1
  return {
    stream: await deps.storage.open(attachment.storageKey),
    contentType: attachment.contentType,
    fileName: fileNameFor(`${row.number}-lampiran-${place}`, attachment.contentType),
    sizeBytes: attachment.sizeBytes,
  }
}
