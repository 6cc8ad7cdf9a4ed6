import { and, desc, eq } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict } from '../../errors/app-error.ts'
import { certificateFromPem } from './cms.ts'
import { signPades } from './pades.ts'
import { openKey } from './passphrase-key.ts'
import { importKey, type CaMaterial } from './simulator-ca.ts'
import { timestamp, timestampRequest } from './simulator-tsa.ts'
import type { SignatureRequest, SigningService } from './signing-service.ts'
import { signers } from './signing.table.ts'

/**
 * The LOCAL CERTIFICATION-AUTHORITY SIMULATOR as a signing service: it finds the signer's certificate by
 * NIK, opens their sealed key with the passphrase they typed, refuses a revoked or expired certificate,
 * and signs PAdES B-T with a token from its own timestamp authority.
 */
export function createSimulatorSigningService(p: {
  officeId: string
  ca: (ex: Executor) => Promise<CaMaterial>
  now: () => Date
}): SigningService {
  return {
    kind: 'simulator',
    async signPdf(ex: Executor, request: SignatureRequest): Promise<Buffer> {
      // The enrolment in force, else the latest one (revoked: it says why it cannot sign).
      const rows = await ex
        .select()
        .from(signers)
        .where(and(eq(signers.officeId, p.officeId), eq(signers.nik, request.nik), eq(signers.service, 'simulator')))
        .orderBy(desc(signers.enrolledAt))
      const enrolled = rows.find((r) => r.revokedAt === null) ?? rows[0]
      if (!enrolled?.certificatePem || !enrolled.sealedKey) throw conflict('signing.not_enrolled')
      if (enrolled.revokedAt) throw conflict('signing.certificate_revoked')
      const now = p.now()
      if (enrolled.validUntil && enrolled.validUntil <= now) throw conflict('signing.certificate_expired')
      const pkcs8 = await openKey(enrolled.sealedKey, request.passphrase)
      if (!pkcs8) throw new AppError('signing.wrong_passphrase')
      const ca = await p.ca(ex)
      return signPades(
        request.pdf,
        {
          certificate: certificateFromPem(enrolled.certificatePem),
          chain: [certificateFromPem(ca.intermediatePem)],
          key: await importKey(pkcs8),
          timestamp: (der) => timestamp(ca, der, p.now()),
          timestampRequest,
        },
        request,
      )
    },
  }
}
