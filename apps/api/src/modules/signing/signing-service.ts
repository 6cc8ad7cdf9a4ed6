import type { Executor } from '../../db/transaction.ts'

/**
 * A certified electronic signature service, shaped like Indonesia's national ones (BSrE of BSSN, the
 * licensed PSrE): the signer is identified by NIK and authorises each signature with their own
 * passphrase; the service returns the PDF with its PAdES signature embedded.
 */
export interface SigningService {
  kind: 'simulator' | 'bsre'
  /**
   * The signed PDF, or an AppError: `signing.wrong_passphrase`, `signing.certificate_revoked`,
   * `signing.certificate_expired`, `signing.not_enrolled`, `signing.service_unavailable`.
   * `ex`: the transaction the signature belongs to (the simulator reads its keys through it; a remote
   * service ignores it).
   */
  signPdf(ex: Executor, request: SignatureRequest): Promise<Buffer>
}

export interface SignatureRequest {
  nik: string
  passphrase: string
  pdf: Buffer
  /** Printed in the signature dictionary: who, why and where. */
  signerName: string
  reason: string
  location: string
  signingTime: Date
  /** The visible signature block on the last page, [x1, y1, x2, y2] in PDF points from the bottom left. */
  widgetRect: [number, number, number, number]
}
