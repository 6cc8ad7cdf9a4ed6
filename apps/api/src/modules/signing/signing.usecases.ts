import {
  mayActAsSigner,
  type EnrolSignerBody,
  type PadesSummary,
  type Signer,
  type SignerList,
  type SimulatorCa,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, fail, notFound } from '../../errors/app-error.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { People } from '../identity/people.ts'
import type { Office } from '../offices/offices.repository.ts'
import { certificateFromPem } from './cms.ts'
import { readPades } from './pades-reader.ts'
import { sealKey } from './passphrase-key.ts'
import {
  createCaMaterial,
  createCrl,
  exportKey,
  generateKeys,
  issueOfficerCertificate,
  type CaMaterial,
} from './simulator-ca.ts'
import type { SignatureRequest, SigningService } from './signing-service.ts'
import type { SignerRow, SigningRepository } from './signing.repository.ts'
import { createPassphraseThrottle } from './passphrase-throttle.ts'
import { isTimestampQuery, timestamp } from './simulator-tsa.ts'
import { serialHex } from './x509-build.ts'

export interface SigningDeps {
  db: Db
  clock: Clock
  office: Office
  signers: SigningRepository
  people: People
  changes: ChangeRecord
  /** Null: permits carry only the Ed25519 signature over their data. */
  service: SigningService | null
  publicUrl: string
  /** How long the simulator's officer certificates are valid. */
  certificateDays: number
  throttle: ReturnType<typeof createPassphraseThrottle>
  /** The simulator's CA material (`simulatorCaReader`). */
  simulatorCa: (ex: Executor) => Promise<CaMaterial>
}

export const crlUrl = (publicUrl: string) => `${publicUrl.replace(/\/$/, '')}/api/v1/signing-simulator/crl`

/** The simulator's CA, made on first use and then read from memory (it never changes). */
export function simulatorCaReader(p: Pick<SigningDeps, 'signers' | 'office' | 'clock'>) {
  let cached: CaMaterial | undefined
  return async (ex: Executor): Promise<CaMaterial> => {
    if (cached) return cached
    let material = await p.signers.simulatorCa(ex, p.office.id)
    if (!material) {
      await p.signers.insertSimulatorCa(ex, p.office.id, await createCaMaterial(p.clock.now()), p.clock.now())
      material = (await p.signers.simulatorCa(ex, p.office.id))!
    }
    cached = material
    return material
  }
}

function toSigner(row: SignerRow, officerName: string): Signer {
  return {
    id: row.id,
    officerId: row.officerId,
    officerName,
    nip: row.nip,
    title: row.title,
    service: row.service,
    certificateSerial: row.certificateSerial,
    validUntil: row.validUntil?.toISOString() ?? null,
    enrolledAt: row.enrolledAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokeReason: row.revokeReason,
  }
}

export async function listSigners(deps: SigningDeps): Promise<SignerList> {
  const rows = await deps.signers.list(deps.db, deps.office.id)
  return { service: deps.service?.kind ?? 'none', items: rows.map((r) => toSigner(r.signer, r.officerName)) }
}

/**
 * Enrols an officer who may sign. With the simulator: a new key pair, its certificate from the
 * intermediate, and the key sealed under the passphrase the signer typed (which is then forgotten).
 */
export async function enrolSigner(deps: SigningDeps, body: EnrolSignerBody, caller: Caller): Promise<Signer> {
  const service = deps.service
  if (!service) throw conflict('signing.not_configured')
  if (service.kind === 'simulator' && !body.passphrase) throw fail('signing.passphrase_required')
  const officer = await deps.people.find(deps.db, body.officerId)
  if (!officer || officer.kind !== 'officer' || officer.officeId !== deps.office.id || officer.deactivatedAt)
    throw fail('signing.unknown_officer')
  if (!mayActAsSigner(officer.roles)) throw fail('signing.not_a_signer')
  const now = deps.clock.now()
  // The slow part (key, certificate, scrypt) before the transaction, so it holds no lock meanwhile.
  let simulator: {
    certificatePem: string
    serial: string
    validUntil: Date
    sealedKey: Awaited<ReturnType<typeof sealKey>>
  } | null = null
  if (service.kind === 'simulator') {
    const ca = await deps.simulatorCa(deps.db)
    const keys = await generateKeys()
    const certificatePem = await issueOfficerCertificate(
      ca,
      { name: officer.fullName, nip: body.nip, title: body.title },
      keys.publicKey,
      { now, validDays: deps.certificateDays, crlUrl: crlUrl(deps.publicUrl) },
    )
    const cert = certificateFromPem(certificatePem)
    simulator = {
      certificatePem,
      serial: serialHex(cert),
      validUntil: cert.notAfter.value,
      sealedKey: await sealKey(await exportKey(keys.privateKey), body.passphrase!),
    }
  }
  return deps.db.transaction(async (tx) => {
    const current = await deps.signers.ofOfficer(tx, deps.office.id, officer.id)
    if (current && !current.revokedAt) throw conflict('signing.already_enrolled')
    const row = await deps.signers.insert(tx, {
      officeId: deps.office.id,
      officerId: officer.id,
      service: service.kind,
      nik: body.nik,
      nip: body.nip,
      title: body.title,
      certificatePem: simulator?.certificatePem ?? null,
      certificateSerial: simulator?.serial ?? null,
      sealedKey: simulator?.sealedKey ?? null,
      validUntil: simulator?.validUntil ?? null,
      enrolledAt: now,
      enrolledBy: caller.actor.id,
    })
    // No NIK in the record: its details reach the public transparency log.
    await deps.changes.record(tx, {
      action: 'signer.enrolled',
      entity: { type: 'signer', id: row.id },
      actor: { id: caller.actor.id, role: 'admin' },
      requestId: caller.requestId,
      details: { officerId: officer.id, service: service.kind, certificateSerial: row.certificateSerial },
    })
    return toSigner(row, officer.fullName)
  })
}

export async function revokeSigner(deps: SigningDeps, id: string, reason: string, caller: Caller): Promise<Signer> {
  return deps.db.transaction(async (tx) => {
    const found = await deps.signers.byId(tx, deps.office.id, id)
    if (!found) throw notFound('signing.signer_not_found')
    const row = await deps.signers.revoke(tx, id, {
      revokedAt: deps.clock.now(),
      revokedBy: caller.actor.id,
      revokeReason: reason,
    })
    if (!row) throw conflict('signing.certificate_revoked')
    await deps.changes.record(tx, {
      action: 'signer.revoked',
      entity: { type: 'signer', id },
      actor: { id: caller.actor.id, role: 'admin' },
      requestId: caller.requestId,
      details: { officerId: row.officerId, certificateSerial: row.certificateSerial, reason },
    })
    return toSigner(row, found.officerName)
  })
}

export async function simulatorCertificates(deps: SigningDeps): Promise<SimulatorCa> {
  if (deps.service?.kind !== 'simulator') throw notFound('signing.no_simulator')
  const ca = await deps.simulatorCa(deps.db)
  return {
    notice:
      'Simulator otoritas sertifikat lokal untuk uji dan demo: bukan PSrE, tidak dipercaya siapa pun. / Local certification-authority simulator for tests and demos: not a PSrE, trusted by nobody.',
    rootPem: ca.rootPem,
    intermediatePem: ca.intermediatePem,
    tsaPem: ca.tsaPem,
    crlUrl: crlUrl(deps.publicUrl),
  }
}

export async function simulatorCrl(deps: SigningDeps): Promise<Buffer> {
  if (deps.service?.kind !== 'simulator') throw notFound('signing.no_simulator')
  const ca = await deps.simulatorCa(deps.db)
  const revoked = await deps.signers.revokedSerials(deps.db, deps.office.id)
  return createCrl(
    ca,
    revoked.map((r) => ({ serial: r.serial!, at: r.at! })),
    deps.clock.now(),
  )
}

/** The simulator TSA over HTTP: a DER TimeStampReq in, a DER TimeStampResp out (RFC 3161 §3.4). */
export async function simulatorTimestamp(deps: SigningDeps, body: unknown): Promise<Buffer> {
  if (deps.service?.kind !== 'simulator') throw notFound('signing.no_simulator')
  if (!Buffer.isBuffer(body) || !isTimestampQuery(body)) throw new AppError('signing.bad_timestamp_query')
  return timestamp(await deps.simulatorCa(deps.db), body, deps.clock.now())
}

/**
 * Signs a permit PDF for `officerId` in the issuing transaction, with their own enrolment and the
 * passphrase they typed now. Null without a signing service. Any refusal throws, so the transaction
 * (the permit, its number, the status change) rolls back and nothing is signed.
 */
export async function signForOfficer(
  deps: SigningDeps,
  tx: Executor,
  officerId: string,
  passphrase: string | undefined,
  request: Omit<SignatureRequest, 'nik' | 'passphrase'>,
): Promise<{ pdf: Buffer; pades: PadesSummary } | null> {
  const service = deps.service
  if (!service) return null
  const enrolled = await deps.signers.ofOfficer(tx, deps.office.id, officerId)
  if (!enrolled || enrolled.service !== service.kind) throw conflict('signing.not_enrolled')
  if (enrolled.revokedAt) throw conflict('signing.certificate_revoked')
  if (!passphrase) throw fail('signing.passphrase_required')
  const now = deps.clock.now()
  if (deps.throttle.blocked(officerId, now)) throw fail('signing.too_many_attempts')
  let pdf: Buffer
  try {
    pdf = await service.signPdf(tx, { ...request, nik: enrolled.nik, passphrase })
  } catch (error) {
    if (error instanceof AppError && error.code === 'signing.wrong_passphrase') deps.throttle.failed(officerId, now)
    throw error
  }
  deps.throttle.succeeded(officerId)
  const pades = readPades(pdf, service.kind)
  if (!pades) throw fail('signing.service_unavailable')
  return { pdf, pades }
}
