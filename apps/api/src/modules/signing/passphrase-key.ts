import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto'

/** A private key sealed with its holder's passphrase: AES-256-GCM under a scrypt-derived key. */
export interface SealedKey {
  kdf: 'scrypt'
  /** scrypt cost; kept with the key so it can be raised for new keys without breaking old ones. */
  N: number
  r: number
  p: number
  salt: string
  iv: string
  tag: string
  /** The PKCS#8 DER of the key, encrypted. */
  data: string
}

// 2^15 × 8 × 128 B = 32 MiB and ~0.1 s per try: cheap for one signature, costly for a guesser holding a database dump.
const COST = { N: 2 ** 15, r: 8, p: 1 }

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r * 2 }
  return new Promise((resolve, reject) =>
    scryptCb(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  )
}

export async function sealKey(pkcs8: Buffer, passphrase: string): Promise<SealedKey> {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', await derive(passphrase, salt, COST), iv)
  const data = Buffer.concat([cipher.update(pkcs8), cipher.final()])
  return {
    kdf: 'scrypt',
    ...COST,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  }
}

/** The PKCS#8 DER, or null for a wrong passphrase (the GCM tag does not match). */
export async function openKey(sealed: SealedKey, passphrase: string): Promise<Buffer | null> {
  const key = await derive(passphrase, Buffer.from(sealed.salt, 'base64'), sealed)
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'))
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()])
  } catch {
    return null
  }
}
