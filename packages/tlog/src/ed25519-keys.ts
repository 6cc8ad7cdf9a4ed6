// Raw Ed25519 keys as both builds (node.ts, browser.ts) import them; internal, not part of the
// package's face (index.ts does not re-export it).

/** RFC 8032 keys (private seeds and public keys alike) are 32 bytes. */
export const ED25519_KEY_SIZE = 32

// RFC 8410 PKCS #8 wrapping of a raw seed: node:crypto imports raw private keys only through it,
// WebCrypto only as pkcs8 or JWK, so both platforms wrap the seed the same way.
export const PKCS8_ED25519_PREFIX = Uint8Array.of(
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

export function checkKeySize(key: Uint8Array): void {
  if (key.length !== ED25519_KEY_SIZE) throw new RangeError('Ed25519 keys are 32 bytes')
}
