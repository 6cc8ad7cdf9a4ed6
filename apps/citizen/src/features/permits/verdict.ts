import type { PermitVerification } from '@pintu/contract'
import type { Tone } from '@/lib/statusTone.ts'

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
