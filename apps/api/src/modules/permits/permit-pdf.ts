import { applicationKindWordsId, longDateId, validityTextId, type PermitData } from '@pintu/contract'
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'

/**
 * Renders the permit as an A4 PDF: what is printed is exactly the signed data, plus a QR code
 * linking to the public verification page and the signature for offline checks.
 */
export async function renderPermitPdf(
  data: PermitData,
  p: { verifyUrl: string; verificationCode: string; signature: string; keyId: string },
): Promise<Buffer> {
  const qr = await QRCode.toBuffer(p.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 180 })
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${data.serviceName.id} ${data.number}`, Author: data.officeName },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))

  doc.font('Helvetica-Bold').fontSize(12).text(`PEMERINTAH KOTA BANDUNG`, { align: 'center' })
  doc.fontSize(13).text(data.officeName.toUpperCase(), { align: 'center' })
  doc.moveDown(0.3).moveTo(56, doc.y).lineTo(539, doc.y).stroke().moveDown(1)
  doc.fontSize(15).text(data.serviceName.id.toUpperCase(), { align: 'center' })
  doc.font('Helvetica').fontSize(10).fillColor('#444').text(data.serviceName.en, { align: 'center' }).fillColor('black')
  doc.fontSize(11).text(`Nomor: ${data.number}`, { align: 'center' }).moveDown(1.5)

  const rows: [string, string][] = [
    ['Nomor registrasi', data.registrationNo],
    ['Kode layanan', data.serviceCode],
    ['Jenis permohonan', applicationKindWordsId[data.applicationKind] ?? data.applicationKind],
    ['Diberikan kepada', data.holderName],
    // The service's key data (the catalogue's permitFields), inside the signed data.
    ...(data.particulars ?? []).map((item): [string, string] => [item.label.id, item.value]),
    ['Tanggal terbit', longDateId(data.issuedOn)],
    ['Masa berlaku', validityTextId(data.validUntil)],
    ...(data.validityNote ? [['Ketentuan masa berlaku', data.validityNote.id] as [string, string]] : []),
    ...(data.approvalBasis === 'deemed_by_law'
      ? [
          [
            'Dasar persetujuan',
            'Dianggap dikabulkan secara hukum (UU 30/2014 Pasal 53 sebagaimana diubah UU 6/2023)',
          ] as [string, string],
        ]
      : []),
  ]
  for (const [label, value] of rows) {
    const y = doc.y
    doc.font('Helvetica').fontSize(10.5).text(label, 56, y, { width: 150 })
    const labelBottom = doc.y
    doc.font('Helvetica-Bold').text(`: ${value}`, 210, y, { width: 329 })
    // A label that wraps further than its value must not run into the next row.
    doc.y = Math.max(doc.y, labelBottom)
    doc.moveDown(0.3)
  }

  doc.moveDown(2)
  const signY = doc.y
  doc.image(qr, 56, signY, { width: 110 })
  doc
    .font('Helvetica')
    .fontSize(8)
    .text('Pindai untuk memeriksa keaslian', 56, signY + 114, { width: 120 })
  // Verification by number alone shows only validity; this code (also in the QR link) shows the printed data.
  doc.text(`Kode verifikasi: ${p.verificationCode}`, 56, doc.y + 2, { width: 160 })
  doc.fontSize(11).text(`Bandung, ${longDateId(data.issuedOn)}`, 300, signY, { width: 239 })
  doc.text(data.signerTitle, 300, doc.y, { width: 239 }).moveDown(2)
  doc.font('Helvetica-Bold').text(data.signerName, 300, doc.y, { width: 239 })
  doc
    .font('Helvetica')
    .fontSize(7)
    .fillColor('#555')
    .text(`Ditandatangani secara elektronik (Ed25519, kunci ${p.keyId}). Tanda tangan: ${p.signature}`, 56, 760, {
      width: 483,
    })
  doc.end()
  return done
}
