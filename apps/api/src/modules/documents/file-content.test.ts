import { describe, expect, it } from 'vitest'
import { fileNameFor, safeFileName, sniffContentType } from './file-content.ts'

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

  it.each(['../../etc/passwd', '..\\boot.ini', 'a/b.pdf', '.htaccess', 'x\u0000.pdf', '', '..'])(
    'refuses the file name %j',
    (name) => {
      expect(safeFileName(name)).toBeNull()
    },
  )

  it.each([
    ['a tab', 'a\tb.pdf'],
    ['a newline', 'a\nb.pdf'],
    ['DEL', 'a\u007fb.pdf'],
    ['a C1 control', 'a\u0085b.pdf'],
    ['CSI', 'a\u009bb.pdf'],
    ['a right-to-left override', 'invoice\u202Efdp.exe'],
    ['a left-to-right embedding', 'a\u202Ab.pdf'],
    ['a pop', 'a\u202Cb.pdf'],
    ['a right-to-left isolate', 'a\u2067b.pdf'],
    ['a first-strong isolate', 'a\u2068b.pdf'],
    ['a pop isolate', 'a\u2069b.pdf'],
    ['a left-to-right mark', 'a\u200Eb.pdf'],
    ['a right-to-left mark', 'a\u200Fb.pdf'],
    ['an Arabic letter mark', 'a\u061Cb.pdf'],
  ])('refuses a name with %s', (_what, name) => {
    expect(safeFileName(name)).toBeNull()
  })

  it('keeps ordinary names and replaces odd characters', () => {
    expect(safeFileName('KTP Dewi.pdf')).toBe('KTP Dewi.pdf')
    expect(safeFileName('surat<permohonan>.pdf')).toBe('surat_permohonan_.pdf')
    expect(safeFileName('Akta Pendirian №1.pdf')).toBe('Akta Pendirian _1.pdf')
  })

  it('gives the name the extension of the proven type, keeping the base name', () => {
    expect(fileNameFor('x.html', 'application/pdf')).toBe('x.pdf')
    expect(fileNameFor('laporan', 'application/pdf')).toBe('laporan.pdf')
    expect(fileNameFor('foto.pdf', 'image/png')).toBe('foto.png')
    expect(fileNameFor('ktp.pdf.exe', 'application/pdf')).toBe('ktp.pdf.pdf')
    expect(fileNameFor('KTP.PDF', 'application/pdf')).toBe('KTP.PDF')
    expect(fileNameFor('Foto.JPEG', 'image/jpeg')).toBe('Foto.JPEG')
    expect(fileNameFor('foto.jpg', 'image/png')).toBe('foto.png')
  })

  it('shortens long names without losing the extension or splitting a letter', () => {
    const long = fileNameFor(`${'a'.repeat(300)}.html`, 'application/pdf')
    expect(long).toHaveLength(120)
    expect(long.endsWith('a.pdf')).toBe(true)
    const astral = fileNameFor(`${'𠀀'.repeat(200)}.pdf`, 'application/pdf')
    expect(astral.endsWith('𠀀.pdf')).toBe(true)
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(astral)).toBe(false) // no lone high surrogate
  })
})
