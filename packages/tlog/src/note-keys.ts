// Turns encoded keys into note signers and verifiers: Ed25519 note signatures (type 0x01) and
// cosignatures (type 0x04), over whichever SHA-256 and Ed25519 the platform provides.
import { createCosignatureVerifier, createCosigner } from './cosignature.ts'
import type { Ed25519 } from './ed25519.ts'
import type { Sha256 } from './hasher.ts'
import {
  computeKeyId,
  formatSignerKey,
  formatVerifierKey,
  KeyFormatError,
  parseSignerKey,
  parseVerifierKey,
  SignatureType,
} from './keys.ts'
import type { NoteSigner, NoteVerifier } from './note.ts'

export interface NoteCrypto {
  readonly sha256: Sha256
  readonly ed25519: Ed25519
}

/** A verifier for a vkey: plain Ed25519 note signatures or cosignatures, as its type byte says. */
export async function verifierFromKey(crypto: NoteCrypto, vkey: string): Promise<NoteVerifier> {
  const info = parseVerifierKey(crypto.sha256, vkey)
  const key = await crypto.ed25519.verifyingKey(info.publicKey)
  if (info.type === SignatureType.cosignatureV1) {
    return createCosignatureVerifier({ name: info.name, publicKey: info.publicKey, key, sha256: crypto.sha256 })
  }
  return { name: info.name, keyId: info.keyId, verify: (message, signature) => key.verify(message, signature) }
}

/**
 * A signer for a signer key. The key ID the encoding claims must match the public key derived from
 * the seed, so a mistyped or tampered key file fails here rather than producing unverifiable notes.
 */
export async function signerFromKey(
  crypto: NoteCrypto,
  skey: string,
  options: { readonly now?: () => number } = {},
): Promise<NoteSigner> {
  const info = parseSignerKey(skey)
  const key = await crypto.ed25519.signingKey(info.seed)
  if (computeKeyId(crypto.sha256, info.name, info.type, key.publicKey) !== info.keyId) {
    throw new KeyFormatError('the key ID does not match the key')
  }
  if (info.type === SignatureType.cosignatureV1) {
    return createCosigner({ name: info.name, key, sha256: crypto.sha256, ...options })
  }
  return { name: info.name, keyId: info.keyId, sign: (message) => key.sign(message) }
}

/** The vkey that verifies what a signer key signs (checking the key ID the signer key claims). */
export async function verifierKeyFromSignerKey(crypto: NoteCrypto, skey: string): Promise<string> {
  const info = parseSignerKey(skey)
  const { publicKey } = await crypto.ed25519.signingKey(info.seed)
  const vkey = formatVerifierKey(crypto.sha256, { name: info.name, type: info.type, publicKey })
  if (parseVerifierKey(crypto.sha256, vkey).keyId !== info.keyId) {
    throw new KeyFormatError('the key ID does not match the key')
  }
  return vkey
}

/** A fresh key pair: the secret signer key and the verifier key to publish. */
export async function generateSignerKey(
  crypto: NoteCrypto,
  name: string,
  type: SignatureType,
): Promise<{ signerKey: string; verifierKey: string }> {
  const seed = crypto.ed25519.randomSeed()
  const { publicKey } = await crypto.ed25519.signingKey(seed)
  return {
    signerKey: formatSignerKey(crypto.sha256, { name, type, seed }, publicKey),
    verifierKey: formatVerifierKey(crypto.sha256, { name, type, publicKey }),
  }
}
