// The Ed25519 operations the note formats need, behind one interface so the server can use
// node:crypto and the browser WebCrypto. Both APIs are asynchronous in the browser, so this is too.

export interface Ed25519SigningKey {
  readonly publicKey: Uint8Array
  sign(message: Uint8Array): Promise<Uint8Array>
}

export interface Ed25519VerifyingKey {
  verify(message: Uint8Array, signature: Uint8Array): Promise<boolean>
}

export interface Ed25519 {
  /** Imports an RFC 8032 32-byte private key seed. */
  signingKey(seed: Uint8Array): Promise<Ed25519SigningKey>
  /** Imports an RFC 8032 32-byte public key. */
  verifyingKey(publicKey: Uint8Array): Promise<Ed25519VerifyingKey>
  /** 32 bytes from the platform's cryptographic random source. */
  randomSeed(): Uint8Array
}

export const ED25519_SIGNATURE_SIZE = 64
