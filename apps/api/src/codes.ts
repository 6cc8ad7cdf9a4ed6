import { createHmac, randomInt } from 'node:crypto'

/** Unambiguous alphabet for codes people read and type: no 0/O, 1/I/L. 10 characters ≈ 49 bits. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/**
 * A code derived from a key and a message (HMAC-SHA-256, read as a number in the alphabet's base): as
 * unguessable as a random one to anyone without the key, and recomputable by whoever holds it.
 */
export function derivedCode(key: Uint8Array, message: string, length = 10): string {
  let n = BigInt(`0x${createHmac('sha256', key).update(message).digest('hex')}`)
  const base = BigInt(ALPHABET.length)
  let code = ''
  for (let i = 0; i < length; i++, n /= base) code += ALPHABET[Number(n % base)]
  return code
}

/** A random code from crypto randomness, for tracking and verification codes. */
export function randomCode(length = 10): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}
