import type { DocumentInfo } from '@pintu/contract'

export type ContentType = DocumentInfo['contentType']

/**
 * The type a file claims by its first bytes (magic numbers), never by its name or declared type.
 * This is only the claim: content-check.ts proves it before the file is kept.
 */
export function sniffContentType(head: Buffer): ContentType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf'
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  return null
}

export const contentTypeOf = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const

/** Extensions that already say the truth about each type; the first is the one given to a misnamed file. */
const extensionsOf: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
  'image/png': ['png'],
}

/**
 * C0 and C1 controls and DEL, and the Unicode direction marks, embeddings, overrides and isolates:
 * `invoice\u202Efdp.exe` would show as `invoiceexe.pdf` to the officer who opens it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

const MAX_NAME_LENGTH = 120

/**
 * A file name safe to store and show: refuses names that try to climb directories or carry
 * control or direction characters; keeps letters, digits, spaces, dots, dashes and underscores.
 */
export function safeFileName(name: string | undefined): string | null {
  if (!name || name.length > 255 || /[/\\]/.test(name) || name.includes('..') || CONTROL_OR_BIDI.test(name)) return null
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
  return cleaned && !cleaned.startsWith('.') ? cleaned : null
}

/**
 * The name under which a file of the given (proven) type is stored and served: the base name is
 * kept, the extension follows the content, so a PDF uploaded as `x.html` becomes `x.pdf` and no
 * program on the officer's computer is chosen by a name the uploader picked.
 */
export function fileNameFor(name: string, contentType: string): string {
  const known = extensionsOf[contentType]
  const dot = name.lastIndexOf('.')
  const base = dot > 0 ? name.slice(0, dot) : name
  const extension = dot > 0 ? name.slice(dot + 1) : ''
  if (!known) return truncate(name, MAX_NAME_LENGTH)
  const kept = known.includes(extension.toLowerCase()) ? extension : known[0]!
  return `${truncate(base, MAX_NAME_LENGTH - kept.length - 1).trimEnd()}.${kept}`
}

/** Cuts by code points, so a letter outside the BMP is never split into a lone surrogate. */
function truncate(text: string, max: number): string {
  const points = Array.from(text)
  return points.length <= max ? text : points.slice(0, max).join('')
}
