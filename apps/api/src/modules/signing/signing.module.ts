import type { FastifyInstance } from 'fastify'
import type { Executor } from '../../db/transaction.ts'
import { createBsreSigningService, type BsreOptions } from './bsre-signing-service.ts'
import { createPassphraseThrottle } from './passphrase-throttle.ts'
import type { SignatureRequest, SigningService } from './signing-service.ts'
import { createSigningRepository } from './signing.repository.ts'
import { signingRoutesPlugin } from './signing.routes.ts'
import { signForOfficer, simulatorCaReader, type SigningDeps } from './signing.usecases.ts'
import { createSimulatorSigningService } from './simulator-signing-service.ts'

/** Which certified signing service a deployment uses; none keeps permits to their Ed25519 data signature. */
export type SigningConfig = { service: 'none' } | { service: 'simulator' } | ({ service: 'bsre' } & BsreOptions)

/**
 * Certified electronic signatures (PAdES) on permit PDFs: the permits module signs through it while
 * issuing; its routes enrol signers and serve the simulator's certificates and CRL.
 */
export function createSigningModule(
  base: Omit<SigningDeps, 'signers' | 'service' | 'throttle' | 'certificateDays' | 'simulatorCa'>,
  config: SigningConfig & { certificateDays?: number },
) {
  const signers = createSigningRepository()
  const ca = simulatorCaReader({ signers, office: base.office, clock: base.clock })
  const service: SigningService | null =
    config.service === 'simulator'
      ? createSimulatorSigningService({
          officeId: base.office.id,
          now: () => base.clock.now(),
          ca,
        })
      : config.service === 'bsre'
        ? createBsreSigningService(config)
        : null
  const deps: SigningDeps = {
    ...base,
    signers,
    service,
    throttle: createPassphraseThrottle(),
    certificateDays: config.certificateDays ?? 365,
    simulatorCa: ca,
  }
  return {
    kind: service?.kind ?? ('none' as const),
    signPermit: (
      tx: Executor,
      officerId: string,
      passphrase: string | undefined,
      request: Omit<SignatureRequest, 'nik' | 'passphrase'>,
    ) => signForOfficer(deps, tx, officerId, passphrase, request),
    routes: (app: FastifyInstance) => app.register(signingRoutesPlugin, { deps }),
  }
}
export type SigningModule = ReturnType<typeof createSigningModule>
