import { applicationKindWordsId, longDateId, validityTextId, type PermitData } from '@pintu/contract'
import QRCode from 'qrcode'
import { createLetter, labelledRows, letterhead, letterTitle } from '../../pdf-letter.ts'

/**
 * Renders the permit as an A4 PDF: what is printed is exactly the signed data, plus a QR code
 * linking to the public verification page and the signature for offline checks.
 */
export async function renderPermitPdf(
  data: PermitData,
  p: {
    verifyUrl: string
    verificationCode: string
    signature: string
    keyId: string
    /** Draws the visible block of a certified electronic signature (PAdES) that signing will add. */
    certified?: boolean
  },
): Promise<{ pdf: Buffer; signatureRect: [number, number, number, number] }> {
  const qr = await QRCode.toBuffer(p.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 180 })
  const letter = createLetter({ title: `${data.serviceName.id} ${data.number}`, author: data.officeName })
  const { doc } = letter
  letterhead(doc, data.officeName)
  letterTitle(doc, data.serviceName, `Nomor: ${data.number}`)

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
  labelledRows(doc, rows)

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
  const blockTop = doc.y + 6
  if (p.certified) certifiedSignatureBlock(doc, data, blockTop)
  doc
    .font('Helvetica')
    .fontSize(7)
    .fillColor('#555')
    .text(`Ditandatangani secara elektronik (Ed25519, kunci ${p.keyId}). Tanda tangan: ${p.signature}`, 56, 760, {
      width: 483,
    })
  // The signature widget sits over the block; PDF user space counts from the bottom of the page.
  const height = doc.page.height
  return {
    pdf: await letter.finish(),
    signatureRect: [300, height - (blockTop + BLOCK_HEIGHT), 539, height - blockTop],
  }
}

const BLOCK_HEIGHT = 62

/**
 * The visible part of the certified signature: who signed, as what, and under which delegation
 * (Plt./Plh.); the cryptographic part is the PAdES signature a PDF reader checks.
 */
function certifiedSignatureBlock(doc: ReturnType<typeof createLetter>['doc'], data: PermitData, top: number) {
  doc.save().lineWidth(0.5).strokeColor('#1f4e79').rect(300, top, 239, BLOCK_HEIGHT).stroke().restore()
  doc
    .font('Helvetica-Bold')
    .fontSize(7.5)
    .fillColor('#1f4e79')
    .text('Ditandatangani secara elektronik (sertifikat elektronik)', 305, top + 4, { width: 229 })
    .font('Helvetica')
    .fillColor('#000')
    .text(`Penanda tangan: ${data.signerName}`, { width: 229 })
    .text(`Jabatan: ${data.signerTitle}`, { width: 229 })
  if (data.delegationId)
    doc.text(`Atas pelimpahan wewenang (${data.signerTitle.split(' ')[0]}) nomor ${data.delegationId}`, { width: 229 })
  doc.fillColor('#000')
}
