import type { Path } from './fuzz-schemas.ts'

// How the fuzz generator (fuzz-inputs.ts) writes baseline values as text and puts bytes into them.

/** The size of a value too big for any field. */
export const BIG = 100 * 1024
export const text = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))
/** `insert` put in the middle of the baseline text, so length limits still hold. */
export const middle = (v: unknown, insert: string) => {
  const s = text(v)
  const at = Math.floor(s.length / 2)
  return s.slice(0, at) + insert + s.slice(at)
}
export const enc = encodeURIComponent
/** Percent-encoded text with raw percent-encoded bytes in the middle. */
export const middleRaw = (v: unknown, bytes: string) => {
  const s = text(v)
  const at = Math.floor(s.length / 2)
  return enc(s.slice(0, at)) + bytes + enc(s.slice(at))
}

/** A JSON pointer to a leaf, for case names and failure messages. */
export const pointer = (path: Path) => `/${path.join('/')}`
