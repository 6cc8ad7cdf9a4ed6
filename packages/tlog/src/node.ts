// @pintu/tlog/node: the core over node:crypto (server, witness, CLI). Never import from browsers.
import { createPrivateKey, createPublicKey, hash, randomBytes, sign, verify, type KeyObject } from 'node:crypto'
import { concatBytes } from './bytes.ts'
import { ED25519_SIGNATURE_SIZE, type Ed25519 } from './ed25519.ts'
import { createMerkleHasher, type Sha256 } from './hasher.ts'
import type { SignatureType } from './keys.ts'
import {
  generateSignerKey,
  signerFromKey,
  verifierFromKey,
  verifierKeyFromSignerKey,
  type NoteCrypto,
} from './note-keys.ts'

export * from './index.ts'

const asUint8Array = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

export const sha256: Sha256 = (data) => asUint8Array(hash('sha256', data, 'buffer'))

// RFC 8410 DER wrappings of raw Ed25519 keys, the only raw-key import node:crypto offers.
const PKCS8_ED25519_PREFIX = Uint8Array.of(
  0x30,
  0x2e,
  0x02,
  0x01,
  0x00,
  0x30,
  0x05,
  0x06,
  0x03,
  0x2b,
  0x65,
  0x70,
  0x04,
  0x22,
  0x04,
  0x20,
)
const SPKI_ED25519_PREFIX = Uint8Array.of(0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00)
const ED25519_KEY_SIZE = 32

function checkKeySize(key: Uint8Array): void {
  if (key.length !== ED25519_KEY_SIZE) throw new RangeError('Ed25519 keys are 32 bytes')
}

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

export const platform: NoteCrypto = { sha256, ed25519 }
export const hasher = createMerkleHasher(sha256)
export const loadVerifier = (vkey: string) => verifierFromKey(platform, vkey)
export const loadSigner = (skey: string, options?: { readonly now?: () => number }) =>
  signerFromKey(platform, skey, options)
export const generateKeyPair = (name: string, type: SignatureType) => generateSignerKey(platform, name, type)
export const deriveVerifierKey = (skey: string) => verifierKeyFromSignerKey(platform, skey)
