import { readFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import PDFDocument from 'pdfkit'
import { buildPdf, pageObjects, type PdfObjectSpec } from './pdf-builder.ts'

/** A 3 × 2 pixel baseline JPEG as Chromium's encoder writes it (with its ICC profile). */
export const sampleJpeg = readFileSync(new URL('../fixtures/sample.jpg', import.meta.url))

/** A PDF written by pdfkit (the library the permits use), after `draw` adds to its page. */
export function pdfkitPdf(
  options: PDFKit.PDFDocumentOptions = {},
  draw: (doc: PDFKit.PDFDocument) => void = (doc) => doc.text('Halo'),
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options)
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })
}

/** The page objects with the catalogue replaced and more objects appended (numbered from 6). */
function withCatalog(catalog: string, ...more: PdfObjectSpec[]): PdfObjectSpec[] {
  const objects = pageObjects('Dokumen')
  objects[0] = catalog
  return [...objects, ...more]
}

/**
 * A classic-table PDF around a hand-written body, each listed object's entry pointing at the
 * first `N 0 obj` in the body: where that is inside a string or a stream, a reader still goes there.
 */
export function pdfFromBody(body: string, objectCount: number): Buffer {
  const head = '%PDF-1.7\n'
  const text = head + body
  const rows = Array.from({ length: objectCount }, (_, i) => {
    const at = text.search(new RegExp(`(?<![0-9])${i + 1} 0 obj`))
    if (at < 0) throw new Error(`object ${i + 1} is not in the body`)
    return `${String(at).padStart(10, '0')} 00000 n \n`
  })
  const trailer = `trailer\n<< /Size ${objectCount + 1} /Root 1 0 R >>\nstartxref\n${text.length}\n%%EOF\n`
  return Buffer.from(`${text}xref\n0 ${objectCount + 1}\n0000000000 65535 f \n${rows.join('')}${trailer}`, 'latin1')
}

const script = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>'
const hidden = `2 0 obj\n${script}\nendobj\n`

/** Hostile and broken PDFs, each named by what it does; every one must be refused with `code`. */
export function hostilePdfs(): { name: string; pdf: Buffer; code: string }[] {
  const good = buildPdf(pageObjects('Dokumen'))
  return [
    {
      name: 'JavaScript run by /OpenAction',
      pdf: buildPdf(withCatalog('<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>', script)),
      code: 'documents.pdf_active_content',
    },
    {
      name: 'JavaScript under a #-escaped name',
      pdf: buildPdf(withCatalog('<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (x) >> >>')),
      code: 'documents.pdf_active_content',
    },
    {
      name: 'JavaScript hidden in a compressed object stream',
      pdf: buildPdf(withCatalog('<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>', script), {
        xrefStream: true,
        compressed: [1, 2, 6],
      }),
      code: 'documents.pdf_active_content',
    },
    {
      name: 'an embedded file',
      pdf: buildPdf(
        withCatalog(
          '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 6 0 R >> >>',
          '<< /Names [(a.exe) 7 0 R] >>',
          {
            dict: '/Type /EmbeddedFile',
            data: 'MZ',
          },
        ),
      ),
      code: 'documents.pdf_active_content',
    },
    {
      name: 'a /Launch action',
      pdf: buildPdf(withCatalog('<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>')),
      code: 'documents.pdf_active_content',
    },
    {
      name: 'an XFA form',
      pdf: buildPdf(withCatalog('<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 6 0 R >> >>', '[]')),
      code: 'documents.pdf_active_content',
    },
    {
      name: 'a script in an object no entry lists (a reader repairing the file finds it)',
      pdf: pdfFromBody(`1 0 obj\n<< /Type /Catalog >>\nendobj\n99 0 obj\n${script}\nendobj\n`, 1),
      code: 'documents.pdf_active_content',
    },
    {
      name: "a script object whose entry points inside another object's stream data",
      pdf: pdfFromBody(
        `1 0 obj\n<< /Type /Catalog >>\nendobj\n3 0 obj\n<< /Length ${hidden.length} >>\nstream\n${hidden}\nendstream\nendobj\n`,
        3,
      ),
      code: 'documents.pdf_active_content',
    },
    {
      name: 'a script object whose entry points inside a string',
      pdf: pdfFromBody(
        `1 0 obj\n<< /Type /Catalog /Title (2 0 obj ${script.replace(/[()]/g, '')} endobj) >>\nendobj\n`,
        2,
      ),
      code: 'documents.pdf_active_content',
    },
    {
      name: 'an encrypted file',
      pdf: buildPdf(withCatalog('<< /Type /Catalog /Pages 2 0 R >>', '<< /Filter /Standard /V 2 /R 3 >>'), {
        trailer: '/Encrypt 6 0 R',
      }),
      code: 'documents.pdf_encrypted',
    },
    { name: 'only "%PDF-"', pdf: Buffer.from('%PDF-'), code: 'documents.not_a_pdf' },
    {
      name: 'a header then garbage',
      pdf: Buffer.from(`%PDF-1.4\n${'garbage '.repeat(100)}\n%%EOF\n`),
      code: 'documents.not_a_pdf',
    },
    {
      name: 'a header, a trailer and %%EOF but no cross-reference',
      pdf: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
      code: 'documents.not_a_pdf',
    },
    { name: 'cut short', pdf: good.subarray(0, Math.floor(good.length / 2)), code: 'documents.not_a_pdf' },
    {
      name: 'a trailer without /Root',
      pdf: Buffer.from(good.toString('latin1').replace('/Root 1 0 R', '/Info 1 0 R'), 'latin1'),
      code: 'documents.not_a_pdf',
    },
    {
      name: 'a wrong cross-reference offset',
      pdf: Buffer.from(good.toString('latin1').replace(/0000000015 00000 n/, '0000000016 00000 n'), 'latin1'),
      code: 'documents.not_a_pdf',
    },
    {
      name: 'nesting deeper than any document',
      pdf: buildPdf(withCatalog(`<< /Type /Catalog /Pages 2 0 R /X ${'['.repeat(5000)}${']'.repeat(5000)} >>`)),
      code: 'documents.not_a_pdf',
    },
    {
      name: 'a zip bomb in an object stream',
      pdf: buildPdf(
        withCatalog('<< /Type /Catalog /Pages 2 0 R /Extra 6 0 R >>', {
          dict: '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
          data: deflateSync(Buffer.alloc(70 * 1024 * 1024, 0x20)),
        }),
      ),
      code: 'documents.pdf_uninspectable',
    },
    {
      name: 'an object stream in a filter that is not inspected',
      pdf: buildPdf(
        withCatalog('<< /Type /Catalog /Pages 2 0 R /Extra 6 0 R >>', {
          dict: '/Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode',
          data: Buffer.from(`6 0 ${script}`).toString('hex'),
        }),
      ),
      code: 'documents.pdf_uninspectable',
    },
  ]
}
