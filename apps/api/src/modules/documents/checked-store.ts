import type { ErrorCode } from '@pintu/contract'
import { AppError, invalidInput } from '../../errors/app-error.ts'
import { contentChecker, ContentCheckBusy, ContentCheckTimeout } from './content-check-pool.ts'
import { FileTooLargeError, type DocumentStorage, type StoredFile } from './document-storage.ts'
import { contentTypeOf, sniffContentType, type ContentType } from './file-content.ts'
import type { UploadedFile } from './upload-part.ts'

/** What an upload may be: the types accepted and the size limit. */
export interface UploadRules {
  acceptedTypes: readonly (keyof typeof contentTypeOf)[]
  maxSizeKb: number
}

/** A file kept under its key, its type proven from its bytes. */
export interface CheckedFile extends StoredFile {
  contentType: ContentType
}

/**
 * Streams an uploaded file into storage under `key`, the one way every upload is kept. The type
 * comes from the bytes, must be one accepted, and is proven by reading the whole file
 * (content-check.ts); the size limit is enforced while streaming. A refused file leaves nothing on
 * disk; the caller removes `key` if what it records afterwards fails.
 */
export async function storeCheckedFile(
  storage: DocumentStorage,
  key: string,
  file: UploadedFile,
  rules: UploadRules,
): Promise<CheckedFile> {
  const accepted = rules.acceptedTypes.map((t) => contentTypeOf[t]) as string[]
  // Set by accept, which runs before put resolves.
  const detected: { type?: ContentType } = {}
  try {
    const stored = await storage.put(key, file.stream, {
      maxBytes: rules.maxSizeKb * 1024,
      async accept(candidate) {
        await file.endOfRequest()
        if (candidate.sizeBytes === 0) throw invalidInput([{ field: '/file', code: 'documents.empty' }])
        const contentType = sniffContentType(candidate.head)
        if (!contentType || !accepted.includes(contentType)) {
          throw new AppError('documents.type_not_accepted', { params: { accepted: rules.acceptedTypes.join(', ') } })
        }
        detected.type = contentType
        const refusal = await contentChecker.check(candidate.path, candidate.sizeBytes, contentType)
        if (refusal) throw invalidInput([{ field: '/file', code: refusal }])
      },
    })
    return { ...stored, contentType: detected.type! }
  } catch (error) {
    if (error instanceof FileTooLargeError)
      throw new AppError('documents.too_large', { params: { maxKb: rules.maxSizeKb } })
    if (error instanceof ContentCheckBusy) throw new AppError('documents.busy', { headers: { 'retry-after': '10' } })
    if (error instanceof ContentCheckTimeout) {
      const code: ErrorCode =
        detected.type === 'application/pdf' ? 'documents.pdf_uninspectable' : 'documents.image_corrupt'
      throw invalidInput([{ field: '/file', code }])
    }
    throw error
  }
}
