// What each build (node.ts, browser.ts) offers over its platform's SHA-256 and Ed25519: one wiring,
// so the two builds cannot drift apart (entry-points.test.ts checks they export the same names).
import type { Ed25519 } from './ed25519.ts'
import { createMerkleHasher, type Sha256 } from './hasher.ts'
import type { SignatureType } from './keys.ts'
import {
  generateSignerKey,
  signerFromKey,
  verifierFromKey,
  verifierKeyFromSignerKey,
  type NoteCrypto,
} from './note-keys.ts'

export function platformFunctions(platform: { sha256: Sha256; ed25519: Ed25519 }) {
  const crypto: NoteCrypto = platform
  return {
    platform: crypto,
    hasher: createMerkleHasher(platform.sha256),
    loadVerifier: (vkey: string) => verifierFromKey(crypto, vkey),
    loadSigner: (skey: string, options?: { readonly now?: () => number }) => signerFromKey(crypto, skey, options),
    generateKeyPair: (name: string, type: SignatureType) => generateSignerKey(crypto, name, type),
    deriveVerifierKey: (skey: string) => verifierKeyFromSignerKey(crypto, skey),
  }
}
