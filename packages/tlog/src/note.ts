// C2SP signed-note: parsing, formatting, opening (verifying) and signing notes.
import {
  bytesToUint32,
  concatBytes,
  fromBase64,
  fromUtf8,
  isWellFormedUnicode,
  toBase64,
  uint32ToBytes,
  utf8,
} from './bytes.ts'
import { isValidKeyName } from './keys.ts'

/**
 * The signed-note spec asks verifiers to cap signatures but accept at least 16. 100 (as
 * sumdb/note does) leaves room for a log, many witnesses and key rotations.
 */
export const MAX_NOTE_SIGNATURES = 100

export interface NoteSignature {
  readonly name: string
  readonly keyId: number
  /** The signature bytes after the 4-byte key ID. */
  readonly signature: Uint8Array
}

export interface ParsedNote {
  /** The note text, including its final newline but not the separating blank line. */
  readonly text: string
  readonly signatures: readonly NoteSignature[]
}

/** A key that can check signatures of one (name, key ID) pair. */
export interface NoteVerifier {
  readonly name: string
  readonly keyId: number
  verify(message: Uint8Array, signature: Uint8Array): Promise<boolean>
}

export interface NoteSigner {
  readonly name: string
  readonly keyId: number
  sign(message: Uint8Array): Promise<Uint8Array>
}

export interface OpenedNote {
  readonly text: string
  /** Signatures from known keys, all verified. */
  readonly verified: readonly NoteSignature[]
  /** Signatures from unknown keys, ignored as the spec requires ("MUST ignore"). */
  readonly unverified: readonly NoteSignature[]
}

export type NoteErrorCode = 'malformed' | 'invalid_signature' | 'no_verified_signature' | 'ambiguous_key'

export class NoteError extends Error {
  constructor(
    readonly code: NoteErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'NoteError'
  }
}

const SIGNATURE_LINE_PREFIX = '\u2014 '
// "MUST NOT contain any ASCII control characters (those below U+0020) other than newline."
// eslint-disable-next-line no-control-regex -- the spec forbids exactly these characters
const FORBIDDEN_CONTROL = /[\u0000-\u0009\u000b-\u001f]/

function noteString(note: string | Uint8Array): string {
  const text = typeof note === 'string' ? note : fromUtf8(note)
  if (text === undefined || !isWellFormedUnicode(text)) throw new NoteError('malformed', 'a note must be valid UTF-8')
  if (FORBIDDEN_CONTROL.test(text)) throw new NoteError('malformed', 'a note must not contain control characters')
  return text
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(SIGNATURE_LINE_PREFIX)) throw new NoteError('malformed', 'a signature line starts with "— "')
  const rest = line.slice(SIGNATURE_LINE_PREFIX.length)
  const space = rest.indexOf(' ')
  const name = rest.slice(0, space)
  const bytes = space > 0 ? fromBase64(rest.slice(space + 1)) : undefined
  // The key ID takes 4 bytes; a signature must carry at least one more.
  if (!bytes || bytes.length < 5 || !isValidKeyName(name)) throw new NoteError('malformed', 'malformed signature line')
  return { name, keyId: bytesToUint32(bytes), signature: bytes.subarray(4) }
}

/**
 * Splits a note into text and signature lines and checks their syntax; verifies nothing. The text
 * is separated from the signatures by the note's last blank line.
 */
export function parseNote(note: string | Uint8Array): ParsedNote {
  const content = noteString(note)
  const split = content.lastIndexOf('\n\n')
  if (split < 0) throw new NoteError('malformed', 'a note needs a blank line before its signatures')
  const text = content.slice(0, split + 1)
  const block = content.slice(split + 2)
  if (block.length === 0 || !block.endsWith('\n')) throw new NoteError('malformed', 'a note ends with signature lines')
  const lines = block.slice(0, -1).split('\n')
  if (lines.length > MAX_NOTE_SIGNATURES) {
    throw new NoteError('malformed', `more than ${MAX_NOTE_SIGNATURES} signatures`)
  }
  return { text, signatures: lines.map(parseSignatureLine) }
}

export function formatSignatureLine(signature: NoteSignature): string {
  const encoded = toBase64(concatBytes(uint32ToBytes(signature.keyId), signature.signature))
  return `${SIGNATURE_LINE_PREFIX}${signature.name} ${encoded}\n`
}

/** Text, blank line, signature lines — checked to parse back to the same text and signatures. */
export function formatNote(text: string, signatures: readonly NoteSignature[]): string {
  if (signatures.length === 0) throw new NoteError('malformed', 'a note has at least one signature')
  const note = `${text}\n${signatures.map(formatSignatureLine).join('')}`
  const parsed = parseNote(note)
  if (parsed.text !== text || parsed.signatures.length !== signatures.length) {
    throw new NoteError('malformed', 'the text cannot be a note text')
  }
  return note
}

const sameKey = (a: { name: string; keyId: number }, b: { name: string; keyId: number }): boolean =>
  a.name === b.name && a.keyId === b.keyId

const sameSignature = (a: NoteSignature, b: NoteSignature): boolean =>
  sameKey(a, b) && a.signature.length === b.signature.length && a.signature.every((byte, i) => byte === b.signature[i])

/**
 * Parses and verifies a note (signed-note "Signatures"): signatures from unknown keys are ignored,
 * even when they share a name or an ID (not both) with a known key; every signature from a known
 * key is verified and any failure rejects the whole note; a note with no verified signature from
 * a known key is rejected. Identical repeated signatures are reported once.
 */
export async function openNote(note: string | Uint8Array, verifiers: readonly NoteVerifier[]): Promise<OpenedNote> {
  const { text, signatures } = parseNote(note)
  const message = utf8(text)
  const verified: NoteSignature[] = []
  const unverified: NoteSignature[] = []
  for (const signature of signatures) {
    const matching = verifiers.filter((verifier) => sameKey(verifier, signature))
    if (matching.length > 1) {
      throw new NoteError('ambiguous_key', `more than one known key is named ${signature.name} with this key ID`)
    }
    const verifier = matching[0]
    const list = verifier ? verified : unverified
    if (list.some((seen) => sameSignature(seen, signature))) continue
    if (verifier && !(await verifier.verify(message, signature.signature))) {
      throw new NoteError('invalid_signature', `the signature by ${signature.name} does not verify`)
    }
    list.push(signature)
  }
  if (verified.length === 0) throw new NoteError('no_verified_signature', 'no signature from a known key')
  return { text, verified, unverified }
}

/**
 * Signs `text` with each signer and returns the note. Signatures in `existing` are kept, except
 * those by a key that signs again now (its new signature replaces the old one).
 */
export async function signNote(
  text: string,
  signers: readonly NoteSigner[],
  existing: readonly NoteSignature[] = [],
): Promise<string> {
  if (!text.endsWith('\n')) throw new NoteError('malformed', 'a note text ends with a newline')
  for (const signer of signers) {
    if (!isValidKeyName(signer.name)) {
      throw new NoteError('malformed', `invalid key name ${JSON.stringify(signer.name)}`)
    }
  }
  const message = utf8(noteString(text))
  const fresh: NoteSignature[] = []
  for (const signer of signers) {
    fresh.push({ name: signer.name, keyId: signer.keyId, signature: await signer.sign(message) })
  }
  const kept = existing.filter((signature) => !signers.some((signer) => sameKey(signer, signature)))
  return formatNote(text, [...kept, ...fresh])
}
