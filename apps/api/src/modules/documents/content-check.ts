import { checkJpeg, checkPng, type ImageRefusal } from './image-check.ts'
import { checkPdf, type PdfRefusal } from './pdf-check.ts'
import type { ContentType } from './file-content.ts'

export type ContentRefusal = PdfRefusal | ImageRefusal

/** Proves a file is the type its first bytes claim; returns the stable code of why not, or null. */
export function proveContent(bytes: Buffer, contentType: ContentType): ContentRefusal | null {
  switch (contentType) {
    case 'application/pdf':
      return checkPdf(bytes)
    case 'image/png':
      return checkPng(bytes)
    case 'image/jpeg':
      return checkJpeg(bytes)
  }
}
