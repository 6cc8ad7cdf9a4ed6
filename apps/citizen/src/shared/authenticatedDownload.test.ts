import { describe, expect, it } from 'vitest'
import { fileNameFromDisposition } from './authenticatedDownload.ts'

describe('file name of a download', () => {
  it('reads the quoted name the API sends', () => {
    expect(fileNameFromDisposition('attachment; filename="izin-510-1-ITPMB-DPMPTSP-XI-2026.pdf"')).toBe(
      'izin-510-1-ITPMB-DPMPTSP-XI-2026.pdf',
    )
  })
  it('reads an RFC 5987 name and an unquoted one', () => {
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''izin%20baru.pdf")).toBe('izin baru.pdf')
    expect(fileNameFromDisposition('attachment; filename=izin.pdf')).toBe('izin.pdf')
  })
  it('is null without a name', () => {
    expect(fileNameFromDisposition(null)).toBeNull()
    expect(fileNameFromDisposition('inline')).toBeNull()
  })
})
