import { crc32 } from 'node:zlib'

export type ImageRefusal = 'documents.image_corrupt' | 'documents.image_dimensions'

/** Larger than any phone photo or scan; a bigger claim is a decompression bomb for the viewer. */
export const MAX_IMAGE_SIDE = 20_000

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Bit depths allowed for each PNG colour type (PNG spec §11.2.2). */
const PNG_DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
}

/**
 * Proves a PNG: the signature, IHDR first with sane dimensions and a valid depth and colour type,
 * every chunk whole with a correct CRC, image data present (and a palette where the colour type
 * needs one), and IEND as the very last chunk. Returns why it is refused, or null.
 */
export function checkPng(bytes: Buffer): ImageRefusal | null {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'documents.image_corrupt'
  let pos = 8
  let chunks = 0
  let sawPalette = false
  let sawData = false
  let colorType = -1
  while (pos + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(pos)
    const type = bytes.toString('latin1', pos + 4, pos + 8)
    const dataEnd = pos + 8 + length
    if (length > 0x7fffffff || dataEnd + 4 > bytes.length || !/^[A-Za-z]{4}$/.test(type))
      return 'documents.image_corrupt'
    if (crc32(bytes.subarray(pos + 4, dataEnd)) !== bytes.readUInt32BE(dataEnd)) return 'documents.image_corrupt'
    const data = bytes.subarray(pos + 8, dataEnd)
    if ((chunks === 0) !== (type === 'IHDR')) return 'documents.image_corrupt'
    if (type === 'IHDR') {
      if (length !== 13) return 'documents.image_corrupt'
      const [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)]
      const [depth, color, compression, filter, interlace] = [data[8]!, data[9]!, data[10], data[11], data[12]!]
      if (!PNG_DEPTHS[color]?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1)
        return 'documents.image_corrupt'
      if (!sideOk(width) || !sideOk(height)) return 'documents.image_dimensions'
      colorType = color
    } else if (type === 'PLTE') sawPalette = true
    else if (type === 'IDAT') {
      if (colorType === 3 && !sawPalette) return 'documents.image_corrupt'
      sawData = true
    } else if (type === 'IEND') {
      return length === 0 && sawData && dataEnd + 4 === bytes.length ? null : 'documents.image_corrupt'
    }
    chunks++
    pos = dataEnd + 4
  }
  return 'documents.image_corrupt'
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic): all but DHT C4, JPG C8, DAC CC. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
/** Markers that stand alone, without a length: TEM and the restart markers RST0–7. */
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)

/**
 * Proves a JPEG by walking its markers from SOI: every segment whole, a start-of-frame with sane
 * dimensions and 1–4 components before the first scan, the entropy-coded data of each scan
 * ending at a marker, and EOI reached. Bytes after EOI are tolerated: phones append a second
 * picture or a short video there (MPF, motion photos), and nothing shows them as this image.
 */
export function checkJpeg(bytes: Buffer): ImageRefusal | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'documents.image_corrupt'
  let pos = 2
  let sawFrame = false
  for (;;) {
    // A marker is 0xFF (any number of fill bytes) then a code.
    if (bytes[pos] !== 0xff) return 'documents.image_corrupt'
    while (bytes[pos] === 0xff) pos++
    if (pos >= bytes.length) return 'documents.image_corrupt'
    const marker = bytes[pos++]!
    if (marker === 0xd9) return sawFrame ? null : 'documents.image_corrupt'
    if (isStandalone(marker)) continue
    if (marker === 0x00 || marker === 0xd8 || pos + 2 > bytes.length) return 'documents.image_corrupt'
    const length = bytes.readUInt16BE(pos)
    if (length < 2 || pos + length > bytes.length) return 'documents.image_corrupt'
    if (isStartOfFrame(marker)) {
      if (sawFrame || length < 8) return 'documents.image_corrupt'
      const height = bytes.readUInt16BE(pos + 3)
      const width = bytes.readUInt16BE(pos + 5)
      const components = bytes[pos + 7]!
      if (components < 1 || components > 4 || length !== 8 + 3 * components) return 'documents.image_corrupt'
      if (!sideOk(width) || !sideOk(height)) return 'documents.image_dimensions'
      sawFrame = true
    }
    pos += length
    if (marker === 0xda) {
      if (!sawFrame) return 'documents.image_corrupt'
      pos = endOfEntropyData(bytes, pos)
      if (pos < 0) return 'documents.image_corrupt'
    }
  }
}

/** Where a scan's entropy-coded data ends: the first 0xFF not followed by a stuffed 0x00 or a restart marker. */
function endOfEntropyData(bytes: Buffer, from: number): number {
  // A plain loop: stuffed 0xFF 0x00 pairs can fill the data, and a native search per pair costs more.
  for (let pos = from; pos + 1 < bytes.length; pos++) {
    if (bytes[pos] !== 0xff) continue
    const next = bytes[pos + 1]!
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) pos++
    else if (next !== 0xff) return pos
  }
  return -1
}

const sideOk = (side: number) => side >= 1 && side <= MAX_IMAGE_SIDE
