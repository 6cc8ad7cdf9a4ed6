// The add-checkpoint request body of C2SP tlog-witness: an old size line, up to 63 consistency
// proof lines, an empty line, and a checkpoint note, every line ending in a newline.
import { fromBase64, fromUtf8 } from '@pintu/tlog/node'

/** "The client MUST NOT send more than 63 consistency proof lines." */
export const MAX_PROOF_LINES = 63

export interface AddCheckpointRequest {
  readonly oldSize: number
  readonly proof: readonly Uint8Array[]
  readonly note: string
}

const OLD_SIZE_LINE = /^old (0|[1-9][0-9]*)$/

/** Parses the body, or returns a reason it is malformed (answered with 400 Bad Request). */
export function parseAddCheckpointRequest(body: Uint8Array): AddCheckpointRequest | string {
  const text = fromUtf8(body)
  if (text === undefined) return 'the body is not UTF-8'
  // Neither the old size line nor a proof line can be empty, so the first empty line ends them.
  const blank = text.indexOf('\n\n')
  if (blank < 0) return 'no empty line before the checkpoint'
  const lines = text.slice(0, blank).split('\n', MAX_PROOF_LINES + 2)
  if (lines.length > MAX_PROOF_LINES + 1) return `more than ${MAX_PROOF_LINES} consistency proof lines`
  const sizeMatch = OLD_SIZE_LINE.exec(lines[0]!)
  const oldSize = sizeMatch ? Number(sizeMatch[1]) : Number.NaN
  if (!Number.isSafeInteger(oldSize)) return 'the first line must be "old <size>"'
  const proof: Uint8Array[] = []
  for (const line of lines.slice(1)) {
    const hash = fromBase64(line)
    if (!hash || hash.length !== 32) return 'a consistency proof line is not a base64 SHA-256 hash'
    proof.push(hash)
  }
  return { oldSize, proof, note: text.slice(blank + 2) }
}
