import { randomInt } from 'node:crypto'

/** Unambiguous alphabet for codes people read and type: no 0/O, 1/I/L. 10 characters ≈ 49 bits. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A random code from crypto randomness, for tracking and verification codes. */
export function randomCode(length = 10): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}
