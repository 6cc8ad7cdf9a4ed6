import { describe, expect, it } from 'vitest'
import { toBase64, utf8 } from './bytes.ts'
import { CheckpointFormatError, formatCheckpoint, parseCheckpoint } from './checkpoint.ts'
import { hasher } from './node.ts'

// C2SP tlog-checkpoint.md example body.
const SPEC_EXAMPLE = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'
// golang.org/x/mod sumdb/tlog note_test.go: the root is RecordHash("hello world"), a leaf hash.
const SUMDB_TREE = 'go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n'

describe('checkpoints (C2SP tlog-checkpoint)', () => {
  it('parses the spec example and formats it back byte for byte', () => {
    const checkpoint = parseCheckpoint(SPEC_EXAMPLE)
    expect(checkpoint.origin).toBe('example.com/behind-the-sofa')
    expect(checkpoint.size).toBe(20_852_163)
    expect(toBase64(checkpoint.rootHash)).toBe('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=')
    expect(checkpoint.extensions).toEqual([])
    expect(formatCheckpoint(checkpoint)).toBe(SPEC_EXAMPLE)
  })

  it('reads the sumdb tree note the same way sumdb/tlog does', () => {
    const checkpoint = parseCheckpoint(SUMDB_TREE)
    expect(checkpoint.size).toBe(123_456_789_012)
    expect(toBase64(checkpoint.rootHash)).toBe(toBase64(hasher.leafHash(utf8('hello world'))))
  })

  it('keeps extension lines, in order, as part of the text', () => {
    const text = `${SPEC_EXAMPLE}ext one\n— not a signature, just text\n`
    const checkpoint = parseCheckpoint(text)
    expect(checkpoint.extensions).toEqual(['ext one', '— not a signature, just text'])
    expect(formatCheckpoint(checkpoint)).toBe(text)
  })

  it('accepts the empty tree with size 0', () => {
    const empty = { origin: 'pintu.example/log', size: 0, rootHash: hasher.emptyRoot, extensions: [] }
    expect(parseCheckpoint(formatCheckpoint(empty)).size).toBe(0)
  })

  it.each([
    ['no final newline', SPEC_EXAMPLE.slice(0, -1)],
    ['two lines', 'example.com/log\n1\n'],
    ['an empty origin', SPEC_EXAMPLE.replace('example.com/behind-the-sofa', '')],
    ['a hexadecimal size', SPEC_EXAMPLE.replace('20852163', '0xabcdef')],
    ['a size with a leading zero', SPEC_EXAMPLE.replace('20852163', '020852163')],
    ['a negative size', SPEC_EXAMPLE.replace('20852163', '-1')],
    ['a size with a plus sign', SPEC_EXAMPLE.replace('20852163', '+1')],
    ['a size with a space', SPEC_EXAMPLE.replace('20852163', ' 20852163')],
    ['an empty size', SPEC_EXAMPLE.replace('20852163', '')],
    ['a size beyond 2^53 - 1', SPEC_EXAMPLE.replace('20852163', '9007199254740992')],
    ['a size in exponent notation', SPEC_EXAMPLE.replace('20852163', '1e3')],
    ['a root hash too long', SUMDB_TREE.replace('HmuwBb0=', 'HmuwBTOOBIG=')],
    ['a 31-byte root hash', `example.com/log\n1\n${toBase64(new Uint8Array(31))}\n`],
    ['a root hash in non-canonical base64', SPEC_EXAMPLE.replace('jxq2I=', 'jxq2J=')],
    ['a root hash without padding', SPEC_EXAMPLE.replace('2I=', '2I')],
    ['an empty extension line', `${SPEC_EXAMPLE}\n`],
    ['an empty line between extensions', `${SPEC_EXAMPLE}one\n\ntwo\n`],
  ])('refuses %s', (_, text) => {
    expect(() => parseCheckpoint(text)).toThrow(CheckpointFormatError)
  })

  it('refuses to format what it could not parse back', () => {
    const valid = parseCheckpoint(SPEC_EXAMPLE)
    expect(() => formatCheckpoint({ ...valid, origin: '' })).toThrow(CheckpointFormatError)
    expect(() => formatCheckpoint({ ...valid, origin: 'two\nlines' })).toThrow(CheckpointFormatError)
    expect(() => formatCheckpoint({ ...valid, size: -1 })).toThrow(CheckpointFormatError)
    expect(() => formatCheckpoint({ ...valid, size: 2 ** 53 })).toThrow(CheckpointFormatError)
    expect(() => formatCheckpoint({ ...valid, rootHash: new Uint8Array(33) })).toThrow(CheckpointFormatError)
    expect(() => formatCheckpoint({ ...valid, extensions: [''] })).toThrow(CheckpointFormatError)
  })
})
