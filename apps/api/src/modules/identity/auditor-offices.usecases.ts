import { OFFICE_REGISTRY, officeFacts } from '@pintu/catalogue'
import { PROVINCE_CODE, readsOffice } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import { advisoryXactLock } from '../../db/advisory-lock.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { IdentityRepository, UserWithOffice } from './identity.repository.ts'

/** Arbitrary constant naming the read-offices step among PostgreSQL advisory locks: one operator at a time. */
const READ_OFFICES_LOCK_KEY = 7_303_283

/** What an auditor may read beyond their own office: a whole province, a list of offices, or nothing more. */
export type ReadOfficesScope = { province: string } | { offices: readonly string[] } | { none: true }

export interface AuditorOfficesDeps {
  db: Db
  identity: IdentityRepository
  clock: Clock
  /** Every office the deployment serves (PINTU_OFFICES), as rows. */
  served: readonly Office[]
  /** The change record of an office: the change is recorded at the auditor's own office. */
  changesOf(office: Office): ChangeRecord
}

export type AuditorOfficesOutcome =
  | {
      set: true
      auditor: UserWithOffice
      from: string[]
      to: string[]
      /** The served offices the auditor now reads besides their own. */
      reads: string[]
      /** False when the configuration already was this one: nothing was written. */
      changed: boolean
    }
  | { set: false; reason: 'unknown_province' | 'office_not_served'; code: string }
  | { set: false; reason: 'own_office'; code: string }
  | { set: false; reason: 'nothing_served'; code: string }
  | { set: false; reason: 'not_found' | 'not_auditor' | 'deactivated' }

type ScopeCheck = { scopes: string[] } | Extract<AuditorOfficesOutcome, { code: string }>

/** The scope as stored (province or sorted office codes), or why it cannot be given. */
function checkScope(scope: ReadOfficesScope, home: string, served: readonly Office[]): ScopeCheck {
  if ('none' in scope) return { scopes: [] }
  const servedCodes = served.map((office) => office.code)
  if ('province' in scope) {
    const code = scope.province
    if (!PROVINCE_CODE.test(code) || !OFFICE_REGISTRY.some((office) => office.provinceCode === code))
      return { set: false, reason: 'unknown_province', code }
    // A province none of whose other offices is served would open nothing: a typo more likely than a plan.
    if (!servedCodes.some((office) => office !== home && readsOffice([code], office)))
      return { set: false, reason: 'nothing_served', code }
    return { scopes: [code] }
  }
  const codes = [...new Set(scope.offices)].sort()
  for (const code of codes) {
    if (!officeFacts(code) || !servedCodes.includes(code)) return { set: false, reason: 'office_not_served', code }
    if (code === home) return { set: false, reason: 'own_office', code }
  }
  if (codes.length === 0) return { scopes: [] }
  return { scopes: codes }
}

/**
 * Sets which other offices an auditor may read, for the deployment's operator (`pnpm office:auditor`).
 * Reading rights over other offices are no office's to give: an office's admins govern only their
 * own office, so the operator of the cell, who already holds its database and signing secret, is
 * the one who grants them, on the server and never over the network. The account must be an active
 * auditor (a role its own office's admin gave); the change is recorded at the auditor's office with
 * the operator (no account) as the actor, and ends the auditor's sessions, so no token carries the
 * old scope a moment longer than the session check's cache (a few seconds).
 */
export async function setAuditorOffices(
  deps: AuditorOfficesDeps,
  input: { email: string; scope: ReadOfficesScope },
): Promise<AuditorOfficesOutcome> {
  return deps.db.transaction(async (tx): Promise<AuditorOfficesOutcome> => {
    // Two operators at once: the second waits and sees the first's scope as `from`.
    await advisoryXactLock(tx, READ_OFFICES_LOCK_KEY)
    const auditor = await deps.identity.findByEmail(tx, input.email.trim().toLowerCase())
    const home = auditor && deps.served.find((office) => office.id === auditor.officeId)
    // An officer of an office this deployment no longer serves is not one it can configure.
    if (!auditor || auditor.kind !== 'officer' || !home) return { set: false, reason: 'not_found' }
    if (auditor.deactivatedAt) return { set: false, reason: 'deactivated' }
    if (!auditor.roles.includes('auditor')) return { set: false, reason: 'not_auditor' }
    const checked = checkScope(input.scope, auditor.officeCode, deps.served)
    if ('set' in checked) return checked
    const from = auditor.readOffices ?? []
    const to = checked.scopes
    const reads = deps.served
      .map((office) => office.code)
      .filter((code) => code !== auditor.officeCode && readsOffice(to, code))
    if (from.join(',') === to.join(',')) return { set: true, auditor, from, to, reads, changed: false }
    await deps.identity.setReadOffices(tx, auditor.id, to)
    await deps.identity.endAllSessions(tx, auditor.id, deps.clock.now())
    await deps.changesOf(home).record(tx, {
      action: 'identity.read_offices_set',
      entity: { type: 'user', id: auditor.id },
      actor: { id: null, role: 'operator' },
      details: { from, to },
      requestId: null,
    })
    return { set: true, auditor, from, to, reads, changed: true }
  })
}
