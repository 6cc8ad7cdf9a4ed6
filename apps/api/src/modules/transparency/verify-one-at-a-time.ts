import type { LogVerification } from '@pintu/contract'
import { fail } from '../../errors/app-error.ts'

export type LogVerifier = (witnessNotes: readonly string[]) => Promise<LogVerification>

/**
 * The auditor's check reads the whole log and audit table: one at a time per process, so repeating
 * the request (or sending it a hundred times at once) cannot keep the server busy. Another request
 * meanwhile is told to wait (409) rather than queued behind it.
 */
export function verifyOneAtATime(verify: LogVerifier): LogVerifier {
  let running = false
  return async (witnessNotes) => {
    if (running) throw fail('transparency.verify_running')
    running = true
    try {
      return await verify(witnessNotes)
    } finally {
      running = false
    }
  }
}
