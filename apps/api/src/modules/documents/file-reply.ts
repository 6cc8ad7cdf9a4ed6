import type { FastifyReply } from 'fastify'
import type { Readable } from 'node:stream'

/** A kept file on its way out. */
export interface FileToSend {
  stream: Readable
  contentType: string
  fileName: string
  sizeBytes: number
}

/**
 * Types a browser shows itself without running anything from the file (the officer's viewer frames PDFs and images).
 */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg'])

function contentDisposition(fileName: string, contentType: string) {
  const disposition = INLINE_TYPES.has(contentType) ? 'inline' : 'attachment'
  return `${disposition}; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/**
 * A document is the uploader's bytes: opened directly it may run nothing, load nothing, and is
 * put in a sandbox (no scripts, no forms, an opaque origin), whatever a browser makes of it.
 */
const DOCUMENT_CSP = "default-src 'none'; sandbox"

/** Sends an uploaded file with the headers every download of one carries. */
export function sendUploadedFile(reply: FastifyReply, file: FileToSend) {
  return reply
    .type(file.contentType)
    .header('content-length', file.sizeBytes)
    .header('content-disposition', contentDisposition(file.fileName, file.contentType))
    .header('content-security-policy', DOCUMENT_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.stream as never)
}
