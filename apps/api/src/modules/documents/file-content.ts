import type { DocumentInfo } from '@pintu/contract'

export type ContentType = DocumentInfo['contentType']

/** The type of a file from its first bytes (magic numbers), never from its name or declared type. */
export function sniffContentType(head: Buffer): ContentType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf'
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  return null
}

export const contentTypeOf = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const

/**
 * A file name safe to store and show: refuses names that try to climb directories or carry
 * control characters; keeps letters, digits, spaces, dots, dashes and underscores.
 */
export function safeFileName(name: string | undefined): string | null {
  if (!name || name.length > 255 || /[/\\]/.test(name) || name.includes('..') || /[\u0000-\u001f\u007f]/.test(name)) return null
  const cleaned = name.normalize('NFC').replace(/[^\p{L}\p{N} ._-]/gu, '_').replace(/\s+/g, ' ').trim()
  return cleaned && !cleaned.startsWith('.') ? cleaned.slice(0, 120) : null
}
