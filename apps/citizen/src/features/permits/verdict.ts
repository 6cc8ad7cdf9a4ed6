import type { PermitVerification } from '@pintu/contract'
import type { Tone } from '@/shared/statusTone.ts'

export type PermitStatus = PermitVerification['status']

/**
 * How each verification answer looks: green only when the permit may be relied on, red when it
 * must not be (revoked, or its record fails the signature check), amber when it was genuine but
 * has run out, grey when there is no such permit. The words always say it too; the symbol and
 * colour only repeat them.
 */
export function verdictTone(status: PermitStatus): Tone {
  switch (status) {
    case 'valid':
      return 'green'
    case 'revoked':
    case 'invalid':
      return 'red'
    case 'expired':
      return 'yellow'
    case 'unknown':
      return 'grey'
  }
}

export function verdictSymbol(status: PermitStatus): string {
  switch (status) {
    case 'valid':
      return '✓'
    case 'revoked':
    case 'invalid':
      return '✕'
    case 'expired':
      return '!'
    case 'unknown':
      return '?'
  }
}

/** Whether the printed data is worth showing: not when there is none, nor when the record was altered. */
export function showsPrintedData(verification: Pick<PermitVerification, 'status' | 'permit'>): boolean {
  return verification.permit !== null && verification.status !== 'invalid'
}

/** Whether the facts shown by number alone are worth showing: not for an unknown number nor an altered record. */
export function showsSummary(verification: Pick<PermitVerification, 'status' | 'summary'>): boolean {
  return verification.summary !== null && verification.status !== 'invalid'
}

/**
 * What the page says about the holder's details: `shown` with the matching code, `wrongCode` when
 * the code given is not this permit's, `needsCode` when none was given, `none` when there is no
 * permit to speak of (unknown, or an altered record).
 */
export function holderDetails(verification: Pick<PermitVerification, 'status' | 'permit' | 'summary' | 'codeMatches'>) {
  if (!showsSummary(verification)) return 'none'
  if (verification.codeMatches === false) return 'wrongCode'
  return showsPrintedData(verification) ? 'shown' : 'needsCode'
}
