// @pintu/tlog/browser: the core over @noble/hashes SHA-256 (synchronous, pure JS) and WebCrypto
// Ed25519 (Chromium and current Firefox/Safari). Imports nothing from Node.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js'
import { concatBytes, fromBase64 } from './bytes.ts'
import { checkKeySize, ED25519_KEY_SIZE, PKCS8_ED25519_PREFIX } from './ed25519-keys.ts'
import { ED25519_SIGNATURE_SIZE, type Ed25519 } from './ed25519.ts'
import type { Sha256 } from './hasher.ts'
import { platformFunctions } from './platform.ts'

export * from './index.ts'

export const sha256: Sha256 = (data) => nobleSha256(data)

const ALGORITHM = { name: 'Ed25519' } as const

/** Copies into a fresh ArrayBuffer-backed array, the BufferSource WebCrypto's types ask for. */
const bufferSource = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes)

function fromBase64Url(text: string): Uint8Array | undefined {
  const standard = text.replaceAll('-', '+').replaceAll('_', '/')
  return fromBase64(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='))
}

export const ed25519: Ed25519 = {
  async signingKey(seed) {
    checkKeySize(seed)
    const pkcs8 = bufferSource(concatBytes(PKCS8_ED25519_PREFIX, seed))
    // WebCrypto derives the public key only through an export, so one extractable import yields
    // it and the key kept for signing is imported again as non-extractable.
    const exportable = await crypto.subtle.importKey('pkcs8', pkcs8, ALGORITHM, true, ['sign'])
    const publicKey = fromBase64Url((await crypto.subtle.exportKey('jwk', exportable)).x ?? '')
    if (!publicKey || publicKey.length !== ED25519_KEY_SIZE) throw new Error('WebCrypto returned no Ed25519 public key')
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, ALGORITHM, false, ['sign'])
    return {
      publicKey,
      sign: async (message) => new Uint8Array(await crypto.subtle.sign(ALGORITHM, key, bufferSource(message))),
    }
  },
  async verifyingKey(publicKey) {
    checkKeySize(publicKey)
    const key = await crypto.subtle.importKey('raw', bufferSource(publicKey), ALGORITHM, false, ['verify'])
    return {
      async verify(message, signature) {
        if (signature.length !== ED25519_SIGNATURE_SIZE) return false
        return crypto.subtle.verify(ALGORITHM, key, bufferSource(signature), bufferSource(message))
      },
    }
  },
  randomSeed: () => crypto.getRandomValues(new Uint8Array(ED25519_KEY_SIZE)),
}

export const { platform, hasher, loadVerifier, loadSigner, generateKeyPair, deriveVerifierKey } = platformFunctions({
  sha256,
  ed25519,
})
