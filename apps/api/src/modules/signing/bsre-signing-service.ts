import { AppError } from '../../errors/app-error.ts'
import type { SignatureRequest, SigningService } from './signing-service.ts'

export interface BsreOptions {
  /** Base address of the office's signing-service client (BSrE esign-client-service or a PSrE's), e.g. https://esign.example.go.id */
  url: string
  clientId: string
  clientSecret: string
  timeoutMs?: number
}

/**
 * The national signing service (BSrE of BSSN; a licensed PSrE offers the same shape): `POST
 * {url}/api/sign/pdf` as multipart/form-data with the PDF, the signer's NIK and passphrase, with the
 * office's client credentials as HTTP Basic; the answer is the signed PDF. Not reachable from here: the
 * request shape is tested against a local HTTP server. Check the field names against your provider's
 * current documentation before going live (docs/operations.md).
 */
export function createBsreSigningService(options: BsreOptions): SigningService {
  const endpoint = `${options.url.replace(/\/$/, '')}/api/sign/pdf`
  const authorization = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`
  return {
    kind: 'bsre',
    async signPdf(_ex, request: SignatureRequest): Promise<Buffer> {
      const form = new FormData()
      form.set('file', new Blob([new Uint8Array(request.pdf)], { type: 'application/pdf' }), 'permit.pdf')
      form.set('nik', request.nik)
      form.set('passphrase', request.passphrase)
      // Pintu draws the signature block itself (signer, title, Plt./Plh.); the service adds no image.
      form.set('tampilan', 'invisible')
      form.set('reason', request.reason)
      form.set('location', request.location)
      let response: Response
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { authorization },
          body: form,
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        })
      } catch {
        throw new AppError('signing.service_unavailable')
      }
      if (response.ok && response.headers.get('content-type')?.includes('application/pdf'))
        return Buffer.from(await response.arrayBuffer())
      const text = await response.text().catch(() => '')
      // The services answer a wrong passphrase or unknown NIK with a 4xx and a message naming it.
      if (response.status >= 400 && response.status < 500) {
        if (/passphrase/i.test(text)) throw new AppError('signing.wrong_passphrase')
        if (/revoke|dicabut/i.test(text)) throw new AppError('signing.certificate_revoked')
        if (/expire|kedaluwarsa|kadaluarsa/i.test(text)) throw new AppError('signing.certificate_expired')
        if (/nik|not registered|tidak terdaftar/i.test(text)) throw new AppError('signing.not_enrolled')
      }
      throw new AppError('signing.service_unavailable')
    },
  }
}
