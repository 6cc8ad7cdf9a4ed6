import { describe, expect, it } from 'vitest'
import { encodeEntryBundle, parseEntryBundle } from './bundles.ts'
import { toHex, utf8 } from './bytes.ts'

describe('entry bundles (C2SP tlog-tiles "Log entries")', () => {
  it('prefixes each entry with its length as a big-endian uint16', () => {
    const bundle = encodeEntryBundle([utf8('ab'), new Uint8Array(0), new Uint8Array(300).fill(7)])
    expect(toHex(bundle.subarray(0, 6))).toBe('000261620000')
    expect(toHex(bundle.subarray(6, 8))).toBe('012c')
    expect(bundle.length).toBe(2 + 2 + 2 + 0 + 2 + 300)
  })

  it('parses back exactly the entries it encoded', () => {
    const entries = Array.from({ length: 256 }, (_, i) => utf8(`entry ${i}`.repeat(i % 5)))
    const parsed = parseEntryBundle(encodeEntryBundle(entries), 256)
    expect(parsed?.map(toHex)).toEqual(entries.map(toHex))
  })

  it('refuses bundles that are truncated, too long, or of another width than expected', () => {
    const bundle = encodeEntryBundle([utf8('one'), utf8('two')])
    expect(parseEntryBundle(bundle, 2)).toHaveLength(2)
    expect(parseEntryBundle(bundle, 1)).toBeUndefined()
    expect(parseEntryBundle(bundle, 3)).toBeUndefined()
    expect(parseEntryBundle(bundle.subarray(0, bundle.length - 1), 2)).toBeUndefined()
    expect(parseEntryBundle(Uint8Array.of(...bundle, 0), 2)).toBeUndefined()
    expect(parseEntryBundle(new Uint8Array(0), 1)).toBeUndefined()
  })

  it('refuses to encode what the format cannot hold', () => {
    expect(() => encodeEntryBundle([])).toThrow(RangeError)
    expect(() => encodeEntryBundle(Array.from({ length: 257 }, () => new Uint8Array(1)))).toThrow(RangeError)
    expect(() => encodeEntryBundle([new Uint8Array(65_536)])).toThrow(RangeError)
    expect(encodeEntryBundle([new Uint8Array(65_535)]).length).toBe(65_537)
  })
})
