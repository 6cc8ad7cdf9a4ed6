import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildPdf, pageObjects } from '../../../test/support/pdf-builder.ts'
import { hostilePdfs, pdfFromBody, pdfkitPdf, sampleJpeg } from '../../../test/support/sample-files.ts'
import { samplePng } from '../../../test/support/applications.ts'
import { checkPdf } from './pdf-check.ts'

describe('PDF proof', () => {
  it('accepts PDFs as pdfkit writes them: text, a PNG and a JPEG, compressed or not', async () => {
    expect(checkPdf(await pdfkitPdf())).toBeNull()
    expect(checkPdf(await pdfkitPdf({ compress: false }))).toBeNull()
    expect(
      checkPdf(
        await pdfkitPdf({}, (doc) =>
          doc.image(samplePng, 10, 10, { width: 40 }).image(sampleJpeg, 60, 10, { width: 40 }),
        ),
      ),
    ).toBeNull()
    expect(
      checkPdf(await pdfkitPdf({ pdfVersion: '1.7' }, (doc) => doc.text('Halaman 1').addPage().text('Halaman 2'))),
    ).toBeNull()
  })

  it('accepts cross-reference tables, cross-reference streams (with PNG predictors) and object streams', () => {
    expect(checkPdf(buildPdf(pageObjects('tabel')))).toBeNull()
    expect(checkPdf(buildPdf(pageObjects('stream'), { xrefStream: true }))).toBeNull()
    expect(checkPdf(buildPdf(pageObjects('prediktor'), { xrefStream: true, predictor: true }))).toBeNull()
    expect(
      checkPdf(buildPdf(pageObjects('objek'), { xrefStream: true, predictor: true, compressed: [1, 2, 3, 5] })),
    ).toBeNull()
  })

  it('accepts an incremental update, and bytes after %%EOF', () => {
    const first = buildPdf(pageObjects('v1'))
    const firstXref = Number(/startxref\n(\d+)/.exec(first.toString('latin1'))![1])
    const update = `6 0 obj\n<< /Producer (Pintu) >>\nendobj\n`
    const xref = first.length + update.length
    const appended =
      `${update}xref\n0 1\n0000000000 65535 f \n6 1\n${String(first.length).padStart(10, '0')} 00000 n \n` +
      `trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R /Prev ${firstXref} >>\nstartxref\n${xref}\n%%EOF\n`
    expect(checkPdf(Buffer.concat([first, Buffer.from(appended)]))).toBeNull()
    expect(checkPdf(Buffer.concat([first, Buffer.from('\r\n\0\0')]))).toBeNull()
  })

  it('accepts the PDFs a Debian system ships (real-world writers), where present', () => {
    for (const file of [
      '/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf',
      '/usr/share/doc/libtasn1-doc/libtasn1.pdf',
    ]) {
      let bytes: Buffer
      try {
        bytes = readFileSync(file)
      } catch {
        continue
      }
      expect(checkPdf(bytes), file).toBeNull()
    }
  })

  it.each(hostilePdfs())('refuses $name', ({ pdf, code }) => {
    expect(checkPdf(pdf)).toBe(code)
  })

  it('refuses what pdfkit writes with an embedded file or a password', async () => {
    expect(checkPdf(await pdfkitPdf({}, (doc) => doc.text('x').file(Buffer.from('hello'), { name: 'a.txt' })))).toBe(
      'documents.pdf_active_content',
    )
    expect(checkPdf(await pdfkitPdf({ userPassword: 'rahasia' }))).toBe('documents.pdf_encrypted')
  })

  it('refuses every prefix of a valid file', () => {
    const pdf = buildPdf(pageObjects('potong'), { xrefStream: true, compressed: [2, 3] })
    for (let length = 0; length < pdf.length - 1; length += 7)
      expect(checkPdf(pdf.subarray(0, length)), `${length} bytes`).not.toBeNull()
  })

  it('stays linear where strings and objects are read again: nested strings each holding an object', () => {
    // Each entry points into the string of the one before; without a bound, reading them all is quadratic.
    const levels = 3000
    const opens = Array.from({ length: levels - 2 }, (_, i) => `${i + 2} 0 obj [ (`)
    const body = `1 0 obj\n<< /Type /Catalog /T (${opens.join('')}${levels} 0 obj [ ]${') ]'.repeat(levels - 2)}) >>\nendobj\n`
    expect(checkPdf(pdfFromBody(body, levels))).toBe('documents.pdf_uninspectable')
  })
})
