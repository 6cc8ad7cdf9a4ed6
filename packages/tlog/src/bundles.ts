// C2SP tlog-tiles "Log entries": entry bundles are big-endian uint16 length-prefixed entries, one
// per hash of the matching level-0 tile.
import { TILE_WIDTH } from './tiles.ts'

/** A uint16 length prefix caps each entry at 65,535 bytes. */
export const MAX_ENTRY_SIZE = 0xffff

export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  if (entries.length === 0 || entries.length > TILE_WIDTH) throw new RangeError('a bundle holds 1 to 256 entries')
  let length = 0
  for (const entry of entries) {
    if (entry.length > MAX_ENTRY_SIZE) throw new RangeError(`entry of ${entry.length} bytes exceeds ${MAX_ENTRY_SIZE}`)
    length += 2 + entry.length
  }
  const out = new Uint8Array(length)
  let offset = 0
  for (const entry of entries) {
    out[offset] = entry.length >> 8
    out[offset + 1] = entry.length & 0xff
    out.set(entry, offset + 2)
    offset += 2 + entry.length
  }
  return out
}

/**
 * Splits a bundle into its entries, or undefined when it is truncated, has trailing bytes or does
 * not hold exactly `expectedWidth` entries (the width its path or the tree size implies).
 */
export function parseEntryBundle(bundle: Uint8Array, expectedWidth: number): Uint8Array[] | undefined {
  const entries: Uint8Array[] = []
  let offset = 0
  while (offset < bundle.length) {
    if (entries.length === expectedWidth || offset + 2 > bundle.length) return undefined
    const length = (bundle[offset]! << 8) | bundle[offset + 1]!
    const end = offset + 2 + length
    if (end > bundle.length) return undefined
    entries.push(bundle.subarray(offset + 2, end))
    offset = end
  }
  return entries.length === expectedWidth ? entries : undefined
}
