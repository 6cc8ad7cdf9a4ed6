import { contentChecker, ContentCheckBusy, ContentCheckTimeout } from '../documents/content-check-pool.ts'
import {
  contentTypeOf,
  fileNameFor,
  safeFileName,
  sniffContentType,
  type ContentType,
} from '../documents/file-content.ts'
import type { DocumentInfo, ErrorCode } from '@pintu/contract'
import { randomUUID } from 'node:crypto'
import type { Readable } from 'node:stream'
import { AppError, invalidInput } from '../../errors/app-error.ts'
import { FileTooLargeError } from '../documents/document-storage.ts'
import { toDocument } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { actorOf, onBehalf } from './change-actors.ts'

/** A file as it arrives in an upload request. */
export interface UploadedFile {
  stream: Readable
  fileName: string | undefined
  /** Resolves once the request is known to carry nothing after this file; rejects (a 4xx) otherwise. */
  endOfRequest(): Promise<void>
}

/**
 * Streams a file into storage and records it. The type comes from the bytes, must be one
 * accepted, and is proven by reading the whole file (content-check.ts); the size limit is
 * enforced while streaming. A refused upload leaves nothing on disk and no row.
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
  const accepted = p.acceptedTypes.map((t) => contentTypeOf[t]) as string[]
  // Set by accept, which runs before put resolves.
  const detected: { type?: ContentType } = {}
  let stored
  try {
    stored = await deps.storage.put(storageKey, file.stream, {
      maxBytes: p.maxSizeKb * 1024,
      async accept(candidate) {
        await file.endOfRequest()
        if (candidate.sizeBytes === 0) throw invalidInput([{ field: '/file', code: 'documents.empty' }])
        const contentType = sniffContentType(candidate.head)
        if (!contentType || !accepted.includes(contentType)) {
          throw new AppError('documents.type_not_accepted', { params: { accepted: p.acceptedTypes.join(', ') } })
        }
        detected.type = contentType
        const refusal = await contentChecker.check(candidate.path, candidate.sizeBytes, contentType)
        if (refusal) throw invalidInput([{ field: '/file', code: refusal }])
      },
    })
  } catch (error) {
    if (error instanceof FileTooLargeError)
      throw new AppError('documents.too_large', { params: { maxKb: p.maxSizeKb } })
    if (error instanceof ContentCheckBusy) throw new AppError('documents.busy', { headers: { 'retry-after': '10' } })
    if (error instanceof ContentCheckTimeout) {
      const code: ErrorCode =
        detected.type === 'application/pdf' ? 'documents.pdf_uninspectable' : 'documents.image_corrupt'
      throw invalidInput([{ field: '/file', code }])
    }
    throw error
  }
  const contentType = detected.type!
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
