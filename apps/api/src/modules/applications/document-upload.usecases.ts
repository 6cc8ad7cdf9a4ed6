import type { DocumentInfo } from '@pintu/contract'
import { randomUUID } from 'node:crypto'
import { invalidInput } from '../../errors/app-error.ts'
import { storeCheckedFile } from '../documents/checked-store.ts'
import { fileNameFor, safeFileName } from '../documents/file-content.ts'
import type { UploadedFile } from '../documents/upload-part.ts'
import { toDocument } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { actorOf, onBehalf } from './change-actors.ts'

/**
 * Streams a file into storage and records it, checked as every upload is (documents/checked-store.ts).
 * A refused upload leaves nothing on disk and no row.
 */
export async function storeDocument(
  deps: ApplicationsDeps,
  app: ApplicationRow,
  file: UploadedFile,
  p: {
    requirementKey: string
    acceptedTypes: readonly ('pdf' | 'jpeg' | 'png')[]
    maxSizeKb: number
    replaces: boolean
  },
  caller: Caller,
): Promise<DocumentInfo> {
  const givenName = safeFileName(file.fileName)
  if (!givenName) throw invalidInput([{ field: '/file', code: 'documents.bad_file_name' }])
  const documentId = randomUUID()
  const storageKey = `${deps.office.code}/${app.id}/${documentId}`
  const stored = await storeCheckedFile(deps.storage, storageKey, file, p)
  const contentType = stored.contentType
  const fileName = fileNameFor(givenName, contentType)
  const now = deps.clock.now()
  try {
    const doc = await deps.db.transaction(async (tx) => {
      if (p.replaces) await deps.applications.removeDocuments(tx, app.id, now, { requirementKey: p.requirementKey })
      const row = await deps.applications.insertDocument(tx, {
        id: documentId,
        applicationId: app.id,
        requirementKey: p.requirementKey,
        fileName,
        contentType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        storageKey,
        uploadedAt: now,
        uploadedBy: caller.agent?.actor.id ?? caller.actor.id,
      })
      await deps.changes.record(tx, {
        action: 'application.document_uploaded',
        entity: { type: 'application', id: app.id },
        actor: actorOf(caller),
        details: {
          requirementKey: p.requirementKey,
          sha256: stored.sha256,
          sizeBytes: stored.sizeBytes,
          ...onBehalf(caller),
        },
        requestId: caller.requestId,
      })
      return row
    })
    return toDocument(doc)
  } catch (error) {
    await deps.storage.remove(storageKey)
    throw error
  }
}
