import { formatRupiah, type Invoice, type OfficeTimeZone } from '@pintu/contract'
import { createLetter, labelledRows, letterhead, letterTitle } from '../../pdf-letter.ts'

/** What the SKRD and the receipt print besides the invoice: whose levy, for which application. */
export interface InvoicePrint {
  officeName: string
  registrationNo: string
  serviceName: { id: string; en: string }
  payerName: string
  /** The office's time zone: the dates printed are its days. */
  timezone: OfficeTimeZone
}

/** A date as the office reads it on paper: `2026-12-01` → `1 Desember 2026`. */
function paperDate(iso: string, timeZone: OfficeTimeZone): string {
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone }).format(new Date(iso))
}

/** The SKRD (Surat Ketetapan Retribusi Daerah) as a PDF: the amount from the fee rule, where and by when to pay. */
export async function renderInvoicePdf(invoice: Invoice, print: InvoicePrint): Promise<Buffer> {
  const letter = createLetter({ title: `SKRD ${invoice.number}`, author: print.officeName })
  const { doc } = letter
  letterhead(doc, print.officeName)
  letterTitle(
    doc,
    { id: 'Surat Ketetapan Retribusi Daerah (SKRD)', en: 'Regional levy assessment (SKRD)' },
    `Nomor: ${invoice.number}`,
  )
  labelledRows(doc, [
    ['Wajib retribusi', print.payerName],
    ['Nomor registrasi', print.registrationNo],
    ['Layanan', print.serviceName.id],
    ['Jumlah retribusi', formatRupiah(invoice.amount)],
    ['Nomor virtual account', invoice.virtualAccount],
    ['Diterbitkan', paperDate(invoice.issuedAt, print.timezone)],
    ['Jatuh tempo', paperDate(invoice.dueDate, print.timezone)],
    ['Status', invoice.status === 'paid' ? 'Lunas' : 'Belum dibayar'],
  ])
  doc
    .moveDown(1.5)
    .font('Helvetica')
    .fontSize(10)
    .text(
      'Bayar melalui bank ke nomor virtual account di atas, sebesar jumlah retribusi. Petugas tidak menerima uang tunai. ' +
        'Jumlah ini dihitung dari aturan tarif pada standar pelayanan; tidak ada biaya lain.',
      56,
      doc.y,
      { width: 483 },
    )
  return letter.finish()
}

/** The payment receipt (tanda bukti pembayaran) of a paid SKRD, with the bank's reference. */
export async function renderReceiptPdf(invoice: Invoice, print: InvoicePrint): Promise<Buffer> {
  const letter = createLetter({ title: `Tanda bukti pembayaran ${invoice.number}`, author: print.officeName })
  const { doc } = letter
  letterhead(doc, print.officeName)
  letterTitle(doc, { id: 'Tanda bukti pembayaran retribusi', en: 'Levy payment receipt' }, `SKRD: ${invoice.number}`)
  labelledRows(doc, [
    ['Telah diterima dari', print.payerName],
    ['Nomor registrasi', print.registrationNo],
    ['Layanan', print.serviceName.id],
    ['Jumlah', formatRupiah(invoice.amount)],
    ['Nomor virtual account', invoice.virtualAccount],
    ['Dibayar pada', invoice.paidAt ? paperDate(invoice.paidAt, print.timezone) : '-'],
    ['Referensi bank (NTB)', invoice.bankReference ?? '-'],
  ])
  doc
    .moveDown(1.5)
    .font('Helvetica')
    .fontSize(10)
    .text(
      'Pembayaran dikonfirmasi oleh bank melalui notifikasi bertanda tangan dan tercatat dalam log audit.',
      56,
      doc.y,
      {
        width: 483,
      },
    )
  return letter.finish()
}
