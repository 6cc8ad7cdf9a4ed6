import type { DocumentInfo } from '@pintu/contract'
import { conflict, forbidden, notFound } from '../../errors/app-error.ts'
import { fileNameFor } from '../documents/file-content.ts'
import { loadVisible } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import { actorOf, applicantActor } from './change-actors.ts'
import type { UploadedFile } from '../documents/upload-part.ts'
import { storeDocument } from './document-upload.usecases.ts'
import { assertEditable } from './editable.ts'

/** Requirement key under which a technical officer's review attachments are stored; never shown to applicants. */
export const REVIEW_ATTACHMENT = 'technical_review_attachment'
const REVIEW_ATTACHMENT_RULES = { acceptedTypes: ['pdf', 'jpeg', 'png'] as const, maxSizeKb: 10 * 1024 }

/** The applicant's document for one requirement of the pinned version; replaces an earlier upload. */
export async function uploadDocument(
  deps: ApplicationsDeps,
  id: string,
  requirementKey: string,
  file: UploadedFile,
  caller: Caller,
): Promise<DocumentInfo> {
  const app = await loadVisible(deps, deps.db, id, caller.actor)
  assertEditable(app, caller, { requirement: requirementKey })
  const { definition } = (await deps.catalogue.pinnedDefinition(deps.db, app.serviceVersionId))!
  const requirement = definition.requirements.find(
    (r) => r.key === requirementKey && r.appliesTo.includes(app.applicationKind as never),
  )
  if (!requirement) throw notFound('applications.unknown_requirement')
  return storeDocument(
    deps,
    app,
    file,
    { requirementKey, acceptedTypes: requirement.acceptedTypes, maxSizeKb: requirement.maxSizeKb, replaces: true },
    caller,
  )
}

/**
 * An attachment to the technical review report (site photos, inspection minutes), by the assigned technical officer.
 */
export async function uploadReviewAttachment(
  deps: ApplicationsDeps,
  id: string,
  file: UploadedFile,
  caller: Caller,
): Promise<DocumentInfo> {
  const app = await loadVisible(deps, deps.db, id, caller.actor)
  if (app.status !== 'technical_review') throw conflict('applications.not_in_review')
  if (app.assigneeId !== caller.actor.id) throw forbidden('applications.not_assigned')
  return storeDocument(
    deps,
    app,
    file,
    { requirementKey: REVIEW_ATTACHMENT, ...REVIEW_ATTACHMENT_RULES, replaces: false },
    caller,
  )
}

export async function removeDocument(
  deps: ApplicationsDeps,
  id: string,
  documentId: string,
  caller: Caller,
): Promise<void> {
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    const app = await loadVisible(deps, tx, id, caller.actor)
    const doc = await deps.applications.findDocument(tx, app.id, documentId)
    if (!doc || doc.removedAt) throw notFound('applications.document_not_found')
    assertEditable(app, caller, { requirement: doc.requirementKey })
    await deps.applications.removeDocuments(tx, app.id, now, { id: documentId })
    await deps.changes.record(tx, {
      action: 'application.document_removed',
      entity: { type: 'application', id: app.id },
      actor: applicantActor(caller),
      details: { requirementKey: doc.requirementKey },
      requestId: caller.requestId,
    })
  })
}

/** A document's bytes; an officer's read is audited, because documents carry personal data. */
export async function openDocument(deps: ApplicationsDeps, id: string, documentId: string, caller: Caller) {
  const app = await loadVisible(deps, deps.db, id, caller.actor)
  const doc = await deps.applications.findDocument(deps.db, app.id, documentId)
  // Review attachments are the office's working papers, not the applicant's documents.
  if (!doc || (caller.actor.kind === 'applicant' && doc.requirementKey === REVIEW_ATTACHMENT))
    throw notFound('applications.document_not_found')
  if (caller.actor.kind === 'officer') {
    await deps.db.transaction((tx) =>
      deps.changes.record(tx, {
        action: 'application.document_read',
        entity: { type: 'application', id: app.id },
        actor: actorOf(caller),
        details: { documentId },
        requestId: caller.requestId,
      }),
    )
  }
  // Rows from before names followed the content are corrected on the way out too.
  return {
    stream: await deps.storage.open(doc.storageKey),
    contentType: doc.contentType,
    fileName: fileNameFor(doc.fileName, doc.contentType),
    sizeBytes: doc.sizeBytes,
  }
}
