// C2SP tlog-cosignature, the Ed25519 type (signature type 0x04, "cosignature/v1").
import { bytesToSafeUint64, concatBytes, uint64ToBytes, utf8 } from './bytes.ts'
import { ED25519_SIGNATURE_SIZE, type Ed25519SigningKey, type Ed25519VerifyingKey } from './ed25519.ts'
import type { Sha256 } from './hasher.ts'
import { computeKeyId, SignatureType } from './keys.ts'
import type { NoteSigner, NoteVerifier } from './note.ts'

const TIMESTAMP_SIZE = 8
/** A timestamped_signature: u64 timestamp || 64-byte Ed25519 signature. */
export const COSIGNATURE_SIZE = TIMESTAMP_SIZE + ED25519_SIGNATURE_SIZE

/**
 * "cosignature/v1\n" "time <timestamp>\n" and then the whole checkpoint note text, extension lines
 * included, ending in its newline. The fixed header keeps these signatures from ever being valid
 * as plain note signatures (domain separation).
 */
export function cosignedMessage(timestamp: number, checkpointText: Uint8Array): Uint8Array {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError(`invalid timestamp ${timestamp}`)
  return concatBytes(utf8(`cosignature/v1\ntime ${timestamp}\n`), checkpointText)
}

/**
 * The POSIX time (seconds) a cosignature claims, or undefined when it is not a cosignature. The
 * spec caps timestamps at 2^63 - 1; this package refuses beyond 2^53 - 1 (year 285 million).
 */
export function cosignatureTimestamp(signature: Uint8Array): number | undefined {
  if (signature.length !== COSIGNATURE_SIZE) return undefined
  return bytesToSafeUint64(signature)
}

export interface CosignerOptions {
  readonly name: string
  readonly key: Ed25519SigningKey
  readonly sha256: Sha256
  /** Milliseconds since the epoch (Date.now by default); injected so tests pick the time. */
  readonly now?: () => number
}

/** A note signer producing cosignature/v1 signatures; sign its checkpoint with signNote. */
export function createCosigner(options: CosignerOptions): NoteSigner {
  const { name, key, sha256, now = Date.now } = options
  return {
    name,
    keyId: computeKeyId(sha256, name, SignatureType.cosignatureV1, key.publicKey),
    async sign(message) {
      const timestamp = Math.floor(now() / 1000)
      // tlog-witness: "The cosignature MUST NOT omit the timestamp, i.e. the timestamp MUST NOT be zero."
      if (timestamp <= 0) throw new RangeError('a cosignature needs a timestamp after the epoch')
      const signed = cosignedMessage(timestamp, message)
      return concatBytes(uint64ToBytes(timestamp), await key.sign(signed))
    },
  }
}

export function createCosignatureVerifier(options: {
  readonly name: string
  readonly publicKey: Uint8Array
  readonly key: Ed25519VerifyingKey
  readonly sha256: Sha256
}): NoteVerifier {
  const { name, publicKey, key, sha256 } = options
  return {
    name,
    keyId: computeKeyId(sha256, name, SignatureType.cosignatureV1, publicKey),
    async verify(message, signature) {
      const timestamp = cosignatureTimestamp(signature)
      if (timestamp === undefined) return false
      const signed = cosignedMessage(timestamp, message)
      return key.verify(signed, signature.subarray(TIMESTAMP_SIZE))
    },
  }
}
