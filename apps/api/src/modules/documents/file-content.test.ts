import { describe, expect, it } from 'vitest'
import { safeFileName, sniffContentType } from './file-content.ts'

describe('file content', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf')
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg')
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png')
  })

  it('refuses anything else, whatever its name says', () => {
    expect(sniffContentType(Buffer.from('MZ\x90\x00'))).toBeNull()
    expect(sniffContentType(Buffer.from('<html><script>'))).toBeNull()
    expect(sniffContentType(Buffer.from(''))).toBeNull()
  })

  it.each(['../../etc/passwd', '..\\boot.ini', 'a/b.pdf', '.htaccess', 'x\u0000.pdf', '', '..'])('refuses the file name %j', (name) => {
    expect(safeFileName(name)).toBeNull()
  })

  it('keeps ordinary names and replaces odd characters', () => {
    expect(safeFileName('KTP Dewi.pdf')).toBe('KTP Dewi.pdf')
    expect(safeFileName('surat<permohonan>.pdf')).toBe('surat_permohonan_.pdf')
    expect(safeFileName('Akta Pendirian №1.pdf')).toBe('Akta Pendirian _1.pdf')
  })
})
