// Personal data of intakes kept while the API cannot be reached is encrypted at rest (AES-GCM) under
// a key generated for this page session, non-extractable and held only in memory: IndexedDB holds
// ciphertext, and a queue left behind by a closed tab, a reload or a logout cannot be read by
// anyone, the officer included (such entries show as locked). So the officer sends before leaving.
import { newIdempotencyKey } from '@pintu/ui/idempotency-key'

export interface SessionKey {
  key: CryptoKey
  /** Names the key in the entries it sealed, so entries of another session show as locked. */
  tag: string
}

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>
  data: ArrayBuffer
}

let current: { owner: string; key: Promise<SessionKey> } | undefined

export const newSessionKey = async (): Promise<SessionKey> => ({
  key: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
  tag: newIdempotencyKey(),
})

/** This page session's key for this officer, made on first use; another officer logging in gets another key. */
export function sessionKey(owner: string): Promise<SessionKey> {
  if (current?.owner !== owner) current = { owner, key: newSessionKey() }
  return current.key
}

/** Forgets the key (logout): what it sealed can no longer be read. */
export function forgetSessionKey(): void {
  current = undefined
}

export async function seal(key: CryptoKey, bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<Sealed> {
  // A fresh 96-bit IV per message: AES-GCM must never reuse one under the same key.
  const iv = crypto.getRandomValues(new Uint8Array(12))
  return { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes) }
}

/** Throws when the key is not the one that sealed it, or the bytes were changed. */
export async function unseal(key: CryptoKey, sealed: Sealed): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data)
}

export const sealJson = (key: CryptoKey, value: unknown) => seal(key, new TextEncoder().encode(JSON.stringify(value)))
export const unsealJson = async <T>(key: CryptoKey, sealed: Sealed): Promise<T> =>
  JSON.parse(new TextDecoder().decode(await unseal(key, sealed))) as T
