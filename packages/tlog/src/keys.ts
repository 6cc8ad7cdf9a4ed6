// C2SP signed-note "Signatures" (key names and IDs) and "Verifier keys", plus the signer key
// encoding of golang.org/x/mod/sumdb/note that note tooling shares.
import { bytesToUint32, concatBytes, fromBase64, fromHex, toBase64, toHex, uint32ToBytes, utf8 } from './bytes.ts'
import type { Sha256 } from './hasher.ts'

/** Signature type identifier bytes (signed-note "Signature types"). */
export const SignatureType = {
  /** Ed25519 signatures over the note text (signed-note "Ed25519 signatures"). */
  ed25519: 0x01,
  /** Timestamped Ed25519 checkpoint cosignatures (c2sp.org/tlog-cosignature). */
  cosignatureV1: 0x04,
} as const
export type SignatureType = (typeof SignatureType)[keyof typeof SignatureType]

const ED25519_KEY_SIZE = 32

/**
 * "Key names MUST be non-empty and MUST NOT contain any Unicode spaces or plus (U+002B)
 * characters." Control characters are excluded too, as no note may contain them.
 */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\p{White_Space}+\p{Cc}]/u.test(name) && !/\p{Cs}/u.test(name)
}

/** key ID = SHA-256(key name || 0x0A || signature type || public key)[:4], read as big-endian uint32. */
export function computeKeyId(sha256: Sha256, name: string, type: number, publicKey: Uint8Array): number {
  return bytesToUint32(sha256(concatBytes(utf8(name), Uint8Array.of(0x0a, type), publicKey)))
}

export interface PublicKeyInfo {
  readonly name: string
  readonly keyId: number
  readonly type: SignatureType
  readonly publicKey: Uint8Array
}

export class KeyFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'KeyFormatError'
  }
}

function signatureTypeOf(byte: number | undefined): SignatureType {
  if (byte === SignatureType.ed25519 || byte === SignatureType.cosignatureV1) return byte
  throw new KeyFormatError(`unsupported signature type ${byte}`)
}

const formatKeyId = (keyId: number): string => toHex(uint32ToBytes(keyId))

/** <key name>+hex(32-bit key ID)+base64(signature type || public key) */
export function formatVerifierKey(sha256: Sha256, key: Omit<PublicKeyInfo, 'keyId'>): string {
  if (!isValidKeyName(key.name)) throw new KeyFormatError(`invalid key name ${JSON.stringify(key.name)}`)
  if (key.publicKey.length !== ED25519_KEY_SIZE) throw new KeyFormatError('an Ed25519 public key is 32 bytes')
  const keyId = computeKeyId(sha256, key.name, key.type, key.publicKey)
  return `${key.name}+${formatKeyId(keyId)}+${toBase64(concatBytes(Uint8Array.of(key.type), key.publicKey))}`
}

/** name+keyid+key, where the base64 key may itself contain plus signs (names and IDs cannot). */
function splitKey(encoded: string): { name: string; keyIdHex: string; keyBase64: string } {
  const first = encoded.indexOf('+')
  const second = encoded.indexOf('+', first + 1)
  if (first < 0 || second < 0) throw new KeyFormatError('a key is name+keyid+key')
  return {
    name: encoded.slice(0, first),
    keyIdHex: encoded.slice(first + 1, second),
    keyBase64: encoded.slice(second + 1),
  }
}

interface KeyParts {
  readonly keyId: number
  readonly type: SignatureType
  readonly key: Uint8Array
}

function parseKeyParts(name: string, keyIdHex: string, keyBase64: string): KeyParts {
  if (!isValidKeyName(name)) throw new KeyFormatError('invalid key name')
  const keyIdBytes = keyIdHex.length === 8 ? fromHex(keyIdHex) : undefined
  if (!keyIdBytes) throw new KeyFormatError('the key ID must be 8 lowercase hex digits')
  const material = fromBase64(keyBase64)
  if (!material || material.length === 0) throw new KeyFormatError('the key material is not base64')
  const type = signatureTypeOf(material[0])
  const key = material.subarray(1)
  if (key.length !== ED25519_KEY_SIZE) throw new KeyFormatError('an Ed25519 key is 32 bytes')
  return { keyId: bytesToUint32(keyIdBytes), type, key }
}

/** Parses a vkey, checking its key ID against the name and key ("The key name and ID MUST match"). */
export function parseVerifierKey(sha256: Sha256, vkey: string): PublicKeyInfo {
  const { name, keyIdHex, keyBase64 } = splitKey(vkey)
  const { keyId, type, key } = parseKeyParts(name, keyIdHex, keyBase64)
  if (computeKeyId(sha256, name, type, key) !== keyId) throw new KeyFormatError('the key ID does not match the key')
  return { name, keyId, type, publicKey: key }
}

export interface SignerKeyInfo {
  readonly name: string
  /** The key ID the encoding claims; checked against the derived public key by whoever derives it. */
  readonly keyId: number
  readonly type: SignatureType
  /** The 32-byte Ed25519 private key seed (RFC 8032 §5.1.5). */
  readonly seed: Uint8Array
}

const SIGNER_KEY_PREFIX = 'PRIVATE+KEY+'

/**
 * PRIVATE+KEY+<name>+<hex key ID>+base64(signature type || seed), as sumdb/note encodes signer
 * keys. The prefix keeps a secret from being mistaken for, or pasted as, a verifier key.
 */
export function formatSignerKey(sha256: Sha256, key: Omit<SignerKeyInfo, 'keyId'>, publicKey: Uint8Array): string {
  const vkey = formatVerifierKey(sha256, { name: key.name, type: key.type, publicKey })
  const keyIdHex = vkey.split('+')[1]!
  if (key.seed.length !== ED25519_KEY_SIZE) throw new KeyFormatError('an Ed25519 seed is 32 bytes')
  return `${SIGNER_KEY_PREFIX}${key.name}+${keyIdHex}+${toBase64(concatBytes(Uint8Array.of(key.type), key.seed))}`
}

export function parseSignerKey(skey: string): SignerKeyInfo {
  if (!skey.startsWith(SIGNER_KEY_PREFIX)) throw new KeyFormatError('a signer key starts with PRIVATE+KEY+')
  const { name, keyIdHex, keyBase64 } = splitKey(skey.slice(SIGNER_KEY_PREFIX.length))
  const { keyId, type, key } = parseKeyParts(name, keyIdHex, keyBase64)
  return { name, keyId, type, seed: key }
}
