import type { Multipart } from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import { finished, PassThrough, type Readable } from 'node:stream'
import { AppError } from '../../errors/app-error.ts'

/** A file as it arrives in an upload request. */
export interface UploadedFile {
  stream: Readable
  fileName: string | undefined
  /** Resolves once the request is known to carry nothing after this file; rejects (a 4xx) otherwise. */
  endOfRequest(): Promise<void>
}

/** The largest file any upload route takes (the contract caps a requirement's maxSizeKb at 20 MiB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

/**
 * @fastify/multipart's options for a route plugin with upload routes. preservePath: see the raw
 * file name, so a name that tries to climb directories is refused, not quietly trimmed. One part
 * is all an upload may have (singleFilePart refuses a second); small header and field bounds.
 */
export const uploadMultipartOptions = {
  preservePath: true,
  limits: { fileSize: MAX_UPLOAD_BYTES, parts: 1, fieldSize: 1024, fieldNameSize: 100, headerPairs: 16 },
}

/**
 * The file of an upload request, which the contract defines as multipart/form-data with exactly
 * one part: a file named `file`. A field, a file under another name or a second part is refused;
 * the second part can only be seen after the first, so `endOfRequest` says whether one came.
 */
export async function singleFilePart(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new AppError('request.unsupported_media_type')
  const parts = request.parts()[Symbol.asyncIterator]()
  const first = await nextPart(parts)
  if (first.done || first.value.type !== 'file' || first.value.fieldname !== 'file') {
    throw new AppError('documents.no_file')
  }
  const part = first.value
  return {
    stream: translatingErrors(part.file),
    fileName: part.filename,
    async endOfRequest() {
      const next = await nextPart(parts)
      if (!next.done) throw new AppError('documents.one_file_only')
    },
  }
}

async function nextPart(parts: AsyncIterator<Multipart>): Promise<IteratorResult<Multipart>> {
  try {
    return await parts.next()
  } catch (error) {
    throw asMultipartError(error)
  }
}

/**
 * @fastify/multipart's own errors carry an FST_ code (mapped in plugins/errors.ts). Busboy's are
 * plain Errors — "Multipart: Boundary not found", "Unexpected end of multipart data", "Part
 * terminated early…" — and a part destroyed before its end is a premature close: all mean a
 * body that is not the multipart it says it is, a 400, never a 500.
 */
function asMultipartError(error: unknown): Error {
  if (error instanceof AppError) return error
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && code.startsWith('FST_')) return error as Error
  return new AppError('request.malformed_multipart')
}

/** The part's bytes, with busboy's errors made into ours, and its size-limit flag kept for the storage meter. */
function translatingErrors(file: Readable & { truncated?: boolean }): Readable {
  const out = new PassThrough()
  // The body may break before anyone reads the part (a cut-short upload arrives at once): keep the
  // error for the reader, as pipeline() reports it later, rather than crash on an unheard 'error'.
  out.on('error', () => {})
  // finished() also reports a part that was already errored or destroyed when we got it: busboy
  // parses ahead, so by now the part may have broken without anyone listening.
  finished(file, (error) => {
    if (error) out.destroy(asMultipartError(error))
  })
  file.pipe(out)
  Object.defineProperty(out, 'truncated', { get: () => file.truncated })
  return out
}
