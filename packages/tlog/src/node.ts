// @pintu/tlog/node: the core over node:crypto (server, witness, CLI). Never import from browsers.
import { createPrivateKey, createPublicKey, hash, randomBytes, sign, verify, type KeyObject } from 'node:crypto'
import { concatBytes } from './bytes.ts'
import { checkKeySize, ED25519_KEY_SIZE, PKCS8_ED25519_PREFIX } from './ed25519-keys.ts'
import { ED25519_SIGNATURE_SIZE, type Ed25519 } from './ed25519.ts'
import type { Sha256 } from './hasher.ts'
import { platformFunctions } from './platform.ts'

export * from './index.ts'

const asUint8Array = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

export const sha256: Sha256 = (data) => asUint8Array(hash('sha256', data, 'buffer'))

// RFC 8410 DER wrapping of a raw public key (the seed's is in ed25519-keys.ts): node:crypto's only raw-key import.
const SPKI_ED25519_PREFIX = Uint8Array.of(0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00)

export const ed25519: Ed25519 = {
  async signingKey(seed) {
    checkKeySize(seed)
    const der = Buffer.from(concatBytes(PKCS8_ED25519_PREFIX, seed))
    const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    const spki = asUint8Array(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }))
    return {
      publicKey: spki.slice(SPKI_ED25519_PREFIX.length),
      sign: async (message) => asUint8Array(sign(null, message, privateKey)),
    }
  },
  async verifyingKey(publicKey) {
    checkKeySize(publicKey)
    const der = Buffer.from(concatBytes(SPKI_ED25519_PREFIX, publicKey))
    const key: KeyObject = createPublicKey({ key: der, format: 'der', type: 'spki' })
    return {
      verify: async (message, signature) =>
        signature.length === ED25519_SIGNATURE_SIZE && verify(null, message, key, signature),
    }
  },
  randomSeed: () => asUint8Array(randomBytes(ED25519_KEY_SIZE)),
}

export const { platform, hasher, loadVerifier, loadSigner, generateKeyPair, deriveVerifierKey } = platformFunctions({
  sha256,
  ed25519,
})
