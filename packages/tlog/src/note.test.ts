import { describe, expect, it } from 'vitest'
import * as browser from './browser.ts'
import { toBase64, utf8 } from './bytes.ts'
import { KeyFormatError, parseVerifierKey, SignatureType } from './keys.ts'
import * as node from './node.ts'
import { formatNote, NoteError, openNote, parseNote, signNote, type NoteVerifier } from './note.ts'

// golang.org/x/mod sumdb/note note_test.go and example_test.go.
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz'
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop'
// ExampleSign_add_signatures generates EnochRoot's key from a reader of zeros: an all-zero seed.
const ENOCH_SKEY = `PRIVATE+KEY+EnochRoot+af0cfe78+${toBase64(Uint8Array.of(1, ...new Uint8Array(32)))}`
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
const PETER_SIG =
  '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n'
const ENOCH_SIG =
  '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n'

// C2SP signed-note.md "Example".
const C2SP_VKEY = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'
const C2SP_NOTE =
  'This is an example message.\n\n— example.com/foo ' +
  'Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n'

/** Every substring and every one-character change of a key, as sumdb/note's key tests mangle them. */
function manglings(key: string): string[] {
  const out: string[] = []
  for (let i = 0; i <= key.length; i++) {
    for (let j = i + 1; j <= key.length; j++) if (i !== 0 || j !== key.length) out.push(key.slice(i, j))
  }
  for (let i = 0; i < key.length; i++) {
    out.push(key.slice(0, i) + String.fromCharCode(key.charCodeAt(i) + 1) + key.slice(i + 1))
  }
  return out
}

async function noteError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof NoteError) return error.code
    throw error
  }
  return 'no error'
}

describe.each([
  ['node:crypto', node],
  ['WebCrypto and @noble/hashes', browser],
] as const)('signed notes with %s', (_, platform) => {
  it('parses the sumdb and C2SP verifier keys, checking the key ID against name and key', async () => {
    expect(parseVerifierKey(platform.sha256, PETER_VKEY)).toMatchObject({
      name: 'PeterNeumann',
      keyId: 0xc74f20a3,
      type: SignatureType.ed25519,
    })
    expect((await platform.loadVerifier(C2SP_VKEY)).keyId).toBe(0x530d903a)
  })

  it('signs exactly as sumdb/note does (Ed25519 is deterministic)', async () => {
    const peter = await platform.loadSigner(PETER_SKEY)
    expect(await signNote(TEXT, [peter])).toBe(`${TEXT}\n${PETER_SIG}`)
    const enoch = await platform.loadSigner(ENOCH_SKEY)
    expect(await signNote(TEXT, [peter, enoch])).toBe(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`)
  })

  it('replaces an existing signature by the same key when signing again', async () => {
    const peter = await platform.loadSigner(PETER_SKEY)
    const stale = { name: 'PeterNeumann', keyId: 0xc74f20a3, signature: utf8('BADSIGN') }
    expect(await signNote(TEXT, [peter], [stale])).toBe(`${TEXT}\n${PETER_SIG}`)
    const enochSignature = parseNote(`${TEXT}\n${ENOCH_SIG}`).signatures
    expect(await signNote(TEXT, [peter], enochSignature)).toBe(`${TEXT}\n${ENOCH_SIG}${PETER_SIG}`)
  })

  it('verifies the C2SP example note', async () => {
    const opened = await openNote(C2SP_NOTE, [await platform.loadVerifier(C2SP_VKEY)])
    expect(opened.text).toBe('This is an example message.\n')
    expect(opened.verified.map((signature) => signature.name)).toEqual(['example.com/foo'])
  })

  it('verifies known keys and sets signatures by unknown keys aside', async () => {
    const peter = await platform.loadVerifier(PETER_VKEY)
    const enoch = await platform.loadVerifier(ENOCH_VKEY)
    const note = `${TEXT}\n${PETER_SIG}${ENOCH_SIG}`
    const one = await openNote(note, [peter])
    expect(one.text).toBe(TEXT)
    expect(one.verified.map((s) => s.name)).toEqual(['PeterNeumann'])
    expect(one.unverified.map((s) => [s.name, s.keyId])).toEqual([['EnochRoot', 0xaf0cfe78]])
    const both = await openNote(note, [peter, enoch])
    expect(both.verified.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot'])
    expect(both.unverified).toEqual([])
    expect(await noteError(openNote(note, []))).toBe('no_verified_signature')
  })

  it('ignores a signature sharing only the name, or only the key ID, with a known key', async () => {
    const peter = await platform.loadVerifier(PETER_VKEY)
    const sameName = PETER_SIG.replace('x08go/', 'AAAAA/')
    const sameId = PETER_SIG.replace('PeterNeumann', 'PeterNeuman')
    expect(await noteError(openNote(`${TEXT}\n${sameName}`, [peter]))).toBe('no_verified_signature')
    expect(await noteError(openNote(`${TEXT}\n${sameId}`, [peter]))).toBe('no_verified_signature')
    const opened = await openNote(`${TEXT}\n${sameName}${sameId}${PETER_SIG}`, [peter])
    expect(opened.unverified).toHaveLength(2)
  })

  it('rejects the whole note when any signature by a known key fails, even after a good one', async () => {
    const peter = await platform.loadVerifier(PETER_VKEY)
    const tampered = PETER_SIG.slice(0, 60) + 'ABCD' + PETER_SIG.slice(60)
    expect(await noteError(openNote(`${TEXT}\n${tampered}`, [peter]))).toBe('invalid_signature')
    expect(await noteError(openNote(`${TEXT}\n${PETER_SIG}${tampered}`, [peter]))).toBe('invalid_signature')
    const otherText = TEXT.replace('answer', 'answers')
    expect(await noteError(openNote(`${otherText}\n${PETER_SIG}`, [peter]))).toBe('invalid_signature')
  })

  it('reports repeated identical signatures once, and refuses ambiguous verifier lists', async () => {
    const peter = await platform.loadVerifier(PETER_VKEY)
    const enoch = await platform.loadVerifier(ENOCH_VKEY)
    const tamperedEnoch = ENOCH_SIG.slice(0, 60) + 'ABCD' + ENOCH_SIG.slice(60)
    const note = `${TEXT}\n${PETER_SIG}${PETER_SIG}${ENOCH_SIG}${ENOCH_SIG}${tamperedEnoch}`
    const opened = await openNote(note, [peter])
    expect(opened.verified).toHaveLength(1)
    expect(opened.unverified).toHaveLength(2)
    expect(await noteError(openNote(`${TEXT}\n${ENOCH_SIG}`, [enoch, peter, enoch]))).toBe('ambiguous_key')
    expect((await openNote(`${TEXT}\n${PETER_SIG}`, [enoch, peter, enoch])).verified).toHaveLength(1)
  })

  it('refuses keys that are mangled in any way (sumdb/note TestNewVerifier and TestNewSigner)', async () => {
    for (const key of manglings(PETER_VKEY)) {
      await expect(platform.loadVerifier(key), key).rejects.toBeInstanceOf(KeyFormatError)
    }
    // A wrong-length key and an unknown algorithm, each with its key ID adjusted to match.
    await expect(
      platform.loadVerifier('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=='),
    ).rejects.toBeInstanceOf(KeyFormatError)
    const unknownAlgorithm = 'PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'
    await expect(platform.loadVerifier(unknownAlgorithm)).rejects.toBeInstanceOf(KeyFormatError)
    for (const key of manglings(PETER_SKEY)) {
      await expect(platform.loadSigner(key), key).rejects.toThrow()
    }
  })

  it('generates key pairs that sign and verify each other', async () => {
    const { signerKey, verifierKey } = await platform.generateKeyPair('pintu.example/log', SignatureType.ed25519)
    expect(signerKey).toMatch(/^PRIVATE\+KEY\+pintu\.example\/log\+[0-9a-f]{8}\+A[Q-f]/)
    expect(await platform.deriveVerifierKey(signerKey)).toBe(verifierKey)
    await expect(platform.deriveVerifierKey(signerKey.replace(/\+[0-9a-f]{8}\+/, '+00000000+'))).rejects.toThrow(
      KeyFormatError,
    )
    const note = await signNote('hello\n', [await platform.loadSigner(signerKey)])
    expect((await openNote(note, [await platform.loadVerifier(verifierKey)])).verified).toHaveLength(1)
  })
})

describe('signed note syntax', () => {
  const peterSignature = parseNote(`${TEXT}\n${PETER_SIG}`).signatures[0]!
  const malformed = {
    'no signature block': TEXT,
    'an empty signature block': `${TEXT}\n`,
    'a signature line without its newline': `${TEXT}\n${PETER_SIG.slice(0, -1)}`,
    'a control character': `\u0001${TEXT}\n${PETER_SIG}`,
    'a carriage return': `${TEXT.replace('\n', '\r\n')}\n${PETER_SIG}`,
    'a tab': `\t${TEXT}\n${PETER_SIG}`,
    'a key name with a space': `${TEXT}\n${PETER_SIG.replace('PeterNeumann', 'Bad Name')}`,
    'a line after the signatures': `${TEXT}\n${PETER_SIG}Unexpected line.\n`,
    'a signature of only a key ID': `${TEXT}\n— PeterNeumann ${toBase64(Uint8Array.of(0xc7, 0x4f, 0x20, 0xa3))}\n`,
    'non-canonical base64': `${TEXT}\n${PETER_SIG.replace('M=\n', 'N=\n')}`,
    'base64 without padding': `${TEXT}\n${PETER_SIG.replace('=\n', '\n')}`,
    'a hyphen instead of an em dash': `${TEXT}\n${PETER_SIG.replace('—', '-')}`,
    'a name with a plus': `${TEXT}\n${PETER_SIG.replace('PeterNeumann', 'Peter+Neumann')}`,
    'a name with a no-break space': `${TEXT}\n${PETER_SIG.replace('PeterNeumann', 'Peter\u00a0Neumann')}`,
    'a name with an ideographic space': `${TEXT}\n${PETER_SIG.replace('PeterNeumann', 'Peter\u3000Neumann')}`,
    'a name with a next-line character': `${TEXT}\n${PETER_SIG.replace('PeterNeumann', 'Peter\u0085Neumann')}`,
    'an empty name': `${TEXT}\n${PETER_SIG.replace('PeterNeumann', '')}`,
    'two spaces after the name': `${TEXT}\n${PETER_SIG.replace('PeterNeumann ', 'PeterNeumann  ')}`,
    '101 signatures': `${TEXT}\n${PETER_SIG.repeat(101)}`,
    'a lone surrogate': `\ud800${TEXT}\n${PETER_SIG}`,
  }

  it.each(Object.entries(malformed))('refuses %s', async (_, note) => {
    expect(() => parseNote(note)).toThrow(NoteError)
    const peter = await node.loadVerifier(PETER_VKEY)
    expect(await noteError(openNote(note, [peter]))).toBe('malformed')
  })

  it('refuses invalid UTF-8 and accepts the same note as bytes', () => {
    const bytes = utf8(`${TEXT}\n${PETER_SIG}`)
    expect(parseNote(bytes).text).toBe(TEXT)
    expect(() => parseNote(Uint8Array.of(0xff, ...bytes))).toThrow(NoteError)
    expect(() => parseNote(Uint8Array.of(0xc0, 0x80, ...bytes))).toThrow(NoteError)
  })

  it('accepts 100 signatures and text with blank lines, splitting at the last blank line', () => {
    expect(parseNote(`${TEXT}\n${PETER_SIG.repeat(100)}`).signatures).toHaveLength(100)
    const text = 'first paragraph\n\nsecond paragraph\n'
    expect(parseNote(formatNote(text, [peterSignature])).text).toBe(text)
  })

  it('refuses to sign text that is not a note text', async () => {
    const peter = await node.loadSigner(PETER_SKEY)
    expect(await noteError(signNote('no final newline', [peter]))).toBe('malformed')
    expect(await noteError(signNote('tab\there\n', [peter]))).toBe('malformed')
    const badSigner = { ...peter, name: 'bad name' }
    expect(await noteError(signNote(TEXT, [badSigner]))).toBe('malformed')
    expect(() => formatNote(TEXT, [])).toThrow(NoteError)
  })

  it('treats a known key refusing its signature as an invalid signature, whoever implements the key', async () => {
    const broken: NoteVerifier = { name: 'PeterNeumann', keyId: 0xc74f20a3, verify: async () => false }
    expect(await noteError(openNote(`${TEXT}\n${PETER_SIG}`, [broken]))).toBe('invalid_signature')
  })
})
