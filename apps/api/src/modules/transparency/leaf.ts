// One recorded change as one public log entry. Entries are public forever, so what goes in is
// chosen here, field by field: ids, codes, numbers, dates and hashes. Free text (a reason typed by
// an officer, a bank reference) goes in as its SHA-256, so whoever holds the text can prove it was
// recorded while nobody learns it from the log; people are pseudonyms (an HMAC of their account
// id under a key only the cell holds), never names, NIK, phone or email. The cell's one log holds
// every office it serves, so each entry names its office.
import { canonicalJson } from '@pintu/contract'
import { MAX_ENTRY_SIZE } from '@pintu/tlog'
import { createHash, createHmac } from 'node:crypto'

export interface RecordedChange {
  /** The Kemendagri code of the office the change belongs to. */
  officeCode: string
  auditId: number
  occurredAt: Date
  actorId: string | null
  actorRole: string | null
  action: string
  entityType: string
  entityId: string
  details: Record<string, unknown>
}

/** Detail fields that hold free text or bank identifiers: committed to by hash, never shown. */
const HASHED_FIELDS = new Set(['reason', 'returnReasons', 'legalReason', 'virtualAccount', 'bankReference'])
/** Detail fields that hold an account id: pseudonymised like the actor. */
const ACCOUNT_FIELDS = new Set(['assigneeId', 'requestedBy', 'delegateId', 'officerId', 'onBehalfOf'])

export interface LeafEncoder {
  /** The entry's bytes: canonical JSON (RFC 8785) in UTF-8. */
  encode(change: RecordedChange): Uint8Array
  /** The public pseudonym of an account id. */
  pseudonym(accountId: string): string
}

/**
 * One encoder for the cell. Pseudonyms are an HMAC of the account id alone, not of the office too:
 * account ids are UUIDs, unique across offices, so two people never share one; and an applicant
 * (national, SPEC §3) who files at two offices of a cell had one pseudonym in both before the logs
 * were merged as well (one key per deployment), so nothing is linkable now that was not before.
 */
export function createLeafEncoder(options: { pseudonymKey: Uint8Array }): LeafEncoder {
  const pseudonym = (accountId: string) =>
    createHmac('sha256', options.pseudonymKey).update(accountId).digest('hex').slice(0, 32)
  const commitment = (value: unknown) =>
    `sha256:${createHash('sha256')
      .update(typeof value === 'string' ? value : canonicalJson(value))
      .digest('hex')}`

  function publicDetails(details: Record<string, unknown>): Record<string, unknown> {
    const shown: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(details)) {
      if (value === undefined || value === null) shown[key] = value
      else if (HASHED_FIELDS.has(key)) shown[key] = commitment(value)
      else if (ACCOUNT_FIELDS.has(key) && typeof value === 'string') shown[key] = pseudonym(value)
      else shown[key] = value
    }
    return shown
  }

  return {
    pseudonym,
    encode(change) {
      const entry = {
        v: 1,
        office: change.officeCode,
        at: change.occurredAt.toISOString(),
        action: change.action,
        entity: {
          type: change.entityType,
          id: change.entityType === 'user' ? pseudonym(change.entityId) : change.entityId,
        },
        actor: { role: change.actorRole, id: change.actorId === null ? null : pseudonym(change.actorId) },
        audit: change.auditId,
        details: publicDetails(change.details),
      }
      const bytes = new TextEncoder().encode(canonicalJson(entry))
      if (bytes.length <= MAX_ENTRY_SIZE) return bytes
      // An entry bundle holds entries of up to 65,535 bytes: larger details are committed to, not shown.
      return new TextEncoder().encode(canonicalJson({ ...entry, details: { sha256: commitment(entry.details) } }))
    },
  }
}
