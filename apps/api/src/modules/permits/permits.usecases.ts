import { factsOf } from '../offices/office-facts.ts'
import { createHash, timingSafeEqual } from 'node:crypto'
import {
  canonicalJson,
  officeDays,
  type EntryProofs,
  permitParticulars,
  type PermitData,
  type PermitPreview,
  type PermitVerification,
  type PublicKey,
  type ServiceDefinition,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict, forbidden, notFound } from '../../errors/app-error.ts'
import { randomCode } from '../../codes.ts'
import type { ActingSigner, Caller } from '../applications/applications.deps.ts'
import type { ApplicationsModule } from '../applications/applications.module.ts'
import type { ApplicationRow } from '../applications/applications.repository.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { HistoryReader } from '../changes/changes.module.ts'
import type { People } from '../identity/people.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { CatalogueRepository } from '../catalogue/catalogue.repository.ts'
import type { SigningModule } from '../signing/signing.module.ts'
import type { PermitKeys } from './permit-keys.ts'
import { formatPermitNumber, validUntil } from './permit-number.ts'
import { renderPermitPdf } from './permit-pdf.ts'
import type { PermitRow, PermitsRepository } from './permits.repository.ts'

/** What issuing a permit needs: it runs as an effect of the transition into issued. */
export interface PermitIssuingDeps {
  clock: Clock
  office: Office
  permits: PermitsRepository
  people: People
  history: Pick<HistoryReader, 'history'>
  actingSigner: ActingSigner
  changes: ChangeRecord
  keys: PermitKeys
  /** Certified electronic signatures (PAdES) on the PDF, when the deployment has a signing service. */
  signing: Pick<SigningModule, 'signPermit'>
  /** Where citizens open the verification page, e.g. https://pintu.bandung.go.id */
  publicUrl: string
}

export interface PermitsDeps extends PermitIssuingDeps {
  db: Db
  applications: Pick<ApplicationsModule, 'loadVisible'>
  /** The permit's entries in the transparency log with their proofs; null before the first checkpoint. */
  logEntries(entity: { type: 'permit'; id: string }): Promise<EntryProofs | null>
  catalogue: Pick<CatalogueRepository, 'pinnedDefinition'>
}

/** The page a permit's QR code opens; the code in it shows the printed data, the number alone only validity. */
export const verifyUrl = (publicUrl: string, number: string, code: string) =>
  `${publicUrl.replace(/\/$/, '')}/verifikasi?nomor=${encodeURIComponent(number)}&kode=${code}`

/**
 * The data a permit prints and signs, as it would be issued now by `signerId`: used by issuing and
 * by the signer's preview, so the preview is exactly what is signed. `sequence` null: not yet numbered.
 */
export async function printedData(
  deps: Omit<PermitIssuingDeps, 'permits' | 'changes' | 'keys' | 'publicUrl' | 'signing'>,
  tx: Executor,
  app: ApplicationRow,
  definition: ServiceDefinition,
  signerId: string,
  sequence: number | null,
): Promise<PermitData> {
  const issuedOn = officeDays(deps.office.timezone).dateOf(deps.clock.now())
  const holder = await deps.people.find(tx, app.applicantId)
  const signer = await deps.people.find(tx, signerId)
  // Signed under a delegation when the signer is today's acting official (Plt./Plh.).
  const acting = await deps.actingSigner(tx, issuedOn)
  const deemed = (await deps.history.history(tx, app.id)).some((e) => e.action === 'deem_approve')
  const delegation = acting?.delegateId === signerId ? acting : undefined
  return {
    number: sequence === null ? '' : formatPermitNumber(definition.permitNumberFormat, { sequence, issuedOn }),
    registrationNo: app.registrationNo!,
    serviceCode: app.serviceCode,
    serviceName: definition.name,
    applicationKind: app.applicationKind as PermitData['applicationKind'],
    holderName: holder!.fullName,
    issuedOn,
    validUntil: validUntil(issuedOn, definition.validity.months),
    validityNote: definition.validity.note,
    particulars: permitParticulars(definition, app.formData),
    signerName: signer!.fullName,
    // The head of office signs; a delegated Plt./Plh. signature prefixes the title.
    signerTitle: delegation
      ? `${delegation.kind === 'plt' ? 'Plt.' : 'Plh.'} ${factsOf(deps.office).headTitle}`
      : factsOf(deps.office).headTitle,
    delegationId: delegation?.id ?? null,
    approvalBasis: deemed ? 'deemed_by_law' : 'decision',
    officeCode: deps.office.code,
    officeName: factsOf(deps.office).name.id,
  }
}

/**
 * Issues the permit inside the signing transaction: gapless number, printed data, Ed25519 signature,
 * and, with a signing service, the PDF signed as PAdES by the signer's own certificate with the
 * passphrase they just typed. A refused signature throws: the whole transaction, number included, rolls back.
 */
export async function issuePermit(
  deps: PermitIssuingDeps,
  tx: Executor,
  app: ApplicationRow,
  definition: ServiceDefinition,
  signerId: string,
  requestId: string | null,
  passphrase?: string,
): Promise<PermitRow> {
  const now = deps.clock.now()
  const year = Number(officeDays(deps.office.timezone).dateOf(now).slice(0, 4))
  const sequence = await deps.permits.nextSequence(tx, deps.office.id, year)
  const printed = await printedData(deps, tx, app, definition, signerId, sequence)
  const signature = deps.keys.sign(canonicalJson(printed))
  const verificationCode = randomCode()
  const certified = await certifiedPdf(deps, tx, printed, { signature, verificationCode, signerId, passphrase, now })
  const permit = await deps.permits.insert(tx, {
    officeId: deps.office.id,
    applicationId: app.id,
    number: printed.number,
    year,
    sequence,
    printed,
    signature,
    keyId: deps.keys.keyId,
    signerId,
    issuedAt: now,
    verificationCode,
    signedPdf: certified?.pdf ?? null,
    pades: certified?.pades ?? null,
  })
  await deps.changes.record(tx, {
    action: 'permit.issued',
    entity: { type: 'permit', id: permit.id },
    actor: { id: signerId, role: 'signer' },
    requestId,
    applicationId: app.id,
    // The log entry commits to exactly what was signed: its hash, so the public can tie one to the other.
    details: {
      number: printed.number,
      applicationId: app.id,
      keyId: deps.keys.keyId,
      sha256: createHash('sha256').update(canonicalJson(printed)).digest('hex'),
      ...(certified && { pdfSha256: createHash('sha256').update(certified.pdf).digest('hex') }),
    },
  })
  return permit
}

/** The permit PDF with its visible signature block, signed by the signing service; null without one. */
async function certifiedPdf(
  deps: PermitIssuingDeps,
  tx: Executor,
  printed: PermitData,
  p: { signature: string; verificationCode: string; signerId: string; passphrase?: string; now: Date },
) {
  const { pdf, signatureRect } = await renderPermitPdf(printed, {
    verifyUrl: verifyUrl(deps.publicUrl, printed.number, p.verificationCode),
    verificationCode: p.verificationCode,
    signature: p.signature,
    keyId: deps.keys.keyId,
    certified: true,
  })
  return deps.signing.signPermit(tx, p.signerId, p.passphrase, {
    pdf,
    signerName: printed.signerName,
    reason: `Penerbitan izin ${printed.number}`,
    location: 'Bandung',
    signingTime: p.now,
    widgetRect: signatureRect,
  })
}

/**
 * The verification answer. `full`: the printed data too (the holder's name) — for whoever holds the
 * code printed on the permit, or the applicant and officers who may open the file.
 */
function verification(
  deps: PermitIssuingDeps,
  permit: PermitRow | undefined,
  full: boolean,
  codeMatches: boolean | null = null,
): Omit<PermitVerification, 'log'> {
  if (!permit)
    return {
      status: 'unknown',
      summary: null,
      permit: null,
      codeMatches,
      revoked: null,
      verifyUrl: null,
      signature: null,
      pades: null,
    }
  const valid = permit.keyId === deps.keys.keyId && deps.keys.verify(canonicalJson(permit.printed), permit.signature)
  const today = officeDays(deps.office.timezone).dateOf(deps.clock.now())
  const status = !valid
    ? 'invalid'
    : permit.revokedAt
      ? 'revoked'
      : permit.printed.validUntil && permit.printed.validUntil < today
        ? 'expired'
        : 'valid'
  const { number, serviceCode, serviceName, issuedOn, validUntil: until, officeName } = permit.printed
  return {
    status,
    summary: { number, serviceCode, serviceName, issuedOn, validUntil: until, officeName },
    permit: full ? permit.printed : null,
    codeMatches,
    revoked: permit.revokedAt ? { at: permit.revokedAt.toISOString(), reason: permit.revokeReason ?? '' } : null,
    verifyUrl: full ? verifyUrl(deps.publicUrl, permit.number, permit.verificationCode) : null,
    signature: { algorithm: 'Ed25519', keyId: permit.keyId, value: permit.signature, valid },
    pades: permit.pades ? { ...permit.pades, actingAs: actingAs(permit.printed) } : null,
  }
}

/**
 * A delegate signs with their own certificate, whose title is their own: the capacity they signed in
 * (Plt./Plh. for the head of office) is on the printed permit, so the PAdES summary repeats it.
 */
function actingAs(printed: PermitData): NonNullable<PermitVerification['pades']>['actingAs'] {
  if (!printed.delegationId) return null
  const kind = printed.signerTitle.startsWith('Plh.') ? 'plh' : 'plt'
  return { kind, title: printed.signerTitle, delegationId: printed.delegationId }
}

/** The verification answer with the permit's log entries and their proofs. */
async function verificationWithLog(
  deps: PermitsDeps,
  permit: PermitRow | undefined,
  full: boolean,
  codeMatches: boolean | null = null,
): Promise<PermitVerification> {
  const log = permit ? await deps.logEntries({ type: 'permit', id: permit.id }) : null
  return { ...verification(deps, permit, full, codeMatches), log }
}

/** Public verification: by number alone validity, service and dates; with the printed code everything printed. */
export async function verifyPermit(deps: PermitsDeps, number: string, code?: string): Promise<PermitVerification> {
  const permit = await deps.permits.byNumber(deps.db, number)
  const codeMatches = code === undefined || !permit ? null : sameCode(permit.verificationCode, code)
  return verificationWithLog(deps, permit, codeMatches === true, codeMatches)
}

function sameCode(expected: string, given: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(given.toUpperCase())
  return a.length === b.length && timingSafeEqual(a, b)
}

export function publicKey(deps: PermitsDeps): PublicKey {
  return { algorithm: 'Ed25519', keyId: deps.keys.keyId, publicKeyPem: deps.keys.publicKeyPem }
}

async function permitFor(deps: PermitsDeps, applicationId: string, caller: Caller): Promise<PermitRow> {
  const app = await deps.applications.loadVisible(deps.db, applicationId, caller.actor)
  const permit = await deps.permits.byApplication(deps.db, app.id)
  if (!permit) throw notFound('permits.not_issued')
  return permit
}

export async function permitOfApplication(
  deps: PermitsDeps,
  applicationId: string,
  caller: Caller,
): Promise<PermitVerification> {
  return verificationWithLog(deps, await permitFor(deps, applicationId, caller), true)
}

export async function permitPdf(
  deps: PermitsDeps,
  applicationId: string,
  caller: Caller,
): Promise<{ pdf: Buffer; fileName: string }> {
  const permit = await permitFor(deps, applicationId, caller)
  const fileName = `izin-${permit.number.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`
  // A PAdES-signed permit is served byte for byte as signed; one issued without is rendered as before.
  if (permit.signedPdf) return { pdf: Buffer.from(permit.signedPdf), fileName }
  const { pdf } = await renderPermitPdf(permit.printed, {
    verifyUrl: verifyUrl(deps.publicUrl, permit.number, permit.verificationCode),
    verificationCode: permit.verificationCode,
    signature: permit.signature,
    keyId: permit.keyId,
  })
  return { pdf, fileName }
}

/**
 * The signer's preview: the data signing would print and sign now, with the caller as signer. Only
 * the holder of the signing stage may ask; the read is audited (it carries the holder's name).
 */
export async function previewPermit(deps: PermitsDeps, applicationId: string, caller: Caller): Promise<PermitPreview> {
  const app = await deps.applications.loadVisible(deps.db, applicationId, caller.actor)
  if (app.status !== 'signing') throw conflict('permits.not_signing')
  if (app.assigneeId !== caller.actor.id) throw forbidden('applications.not_assigned')
  const { definition } = (await deps.catalogue.pinnedDefinition(deps.db, app.serviceVersionId))!
  return deps.db.transaction(async (tx) => {
    const printed = await printedData(deps, tx, app, definition, caller.actor.id, null)
    await deps.changes.record(tx, {
      action: 'application.personal_data_read',
      entity: { type: 'application', id: app.id },
      actor: { id: caller.actor.id, role: caller.actor.roles.join('+') },
      details: { purpose: 'permit_preview' },
      requestId: caller.requestId,
    })
    const numberPreview = formatPermitNumber(definition.permitNumberFormat.replaceAll('{seq}', '…'), {
      sequence: 0,
      issuedOn: printed.issuedOn,
    })
    return { printed, numberPreview }
  })
}

export async function revokePermit(
  deps: PermitsDeps,
  number: string,
  reason: string,
  caller: Caller,
): Promise<PermitVerification> {
  await deps.db.transaction(async (tx) => {
    const permit = await deps.permits.byNumber(tx, number)
    if (!permit || permit.officeId !== deps.office.id) throw notFound('permits.not_found')
    if (permit.revokedAt) throw conflict('permits.already_revoked')
    const now = deps.clock.now()
    await deps.permits.revoke(tx, permit.id, { revokedAt: now, revokedBy: caller.actor.id, revokeReason: reason })
    await deps.changes.record(tx, {
      action: 'permit.revoked',
      entity: { type: 'permit', id: permit.id },
      actor: { id: caller.actor.id, role: 'signer' },
      requestId: caller.requestId,
      applicationId: permit.applicationId,
      details: { number, reason },
    })
  })
  return verificationWithLog(deps, await deps.permits.byNumber(deps.db, number), true)
}
