import PDFDocument from 'pdfkit'

/** An A4 letter of the office (pdfkit, pure JS); the permit, the SKRD and the payment receipt share its layout. */
export function createLetter(info: { title: string; author: string }) {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: info.title, Author: info.author } })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  return {
    doc,
    /** Ends the document and gives its bytes. */
    finish(): Promise<Buffer> {
      doc.end()
      return done
    },
  }
}

type Doc = ReturnType<typeof createLetter>['doc']

/** The city's letterhead: the government, the office, a rule. */
export function letterhead(doc: Doc, officeName: string) {
  doc.font('Helvetica-Bold').fontSize(12).text('PEMERINTAH KOTA BANDUNG', { align: 'center' })
  doc.fontSize(13).text(officeName.toUpperCase(), { align: 'center' })
  doc.moveDown(0.3).moveTo(56, doc.y).lineTo(539, doc.y).stroke().moveDown(1)
}

/** A title in Bahasa Indonesia, its English beneath, and a number line. */
export function letterTitle(doc: Doc, title: { id: string; en: string }, numberLine: string) {
  doc.font('Helvetica-Bold').fontSize(15).text(title.id.toUpperCase(), { align: 'center' })
  doc.font('Helvetica').fontSize(10).fillColor('#444').text(title.en, { align: 'center' }).fillColor('black')
  doc.fontSize(11).text(numberLine, { align: 'center' }).moveDown(1.5)
}

/** Label : value rows, the label column 150 pt wide. */
export function labelledRows(doc: Doc, rows: readonly (readonly [string, string])[]) {
  for (const [label, value] of rows) {
    const y = doc.y
    doc.font('Helvetica').fontSize(10.5).text(label, 56, y, { width: 150 })
    const labelBottom = doc.y
    doc.font('Helvetica-Bold').text(`: ${value}`, 210, y, { width: 329 })
    // A label that wraps further than its value must not run into the next row.
    doc.y = Math.max(doc.y, labelBottom)
    doc.moveDown(0.3)
  }
}
