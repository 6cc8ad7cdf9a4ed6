import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { samplePng } from '../../../test/support/applications.ts'
import { sampleJpeg } from '../../../test/support/sample-files.ts'
import { checkJpeg, checkPng } from './image-check.ts'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const framed = Buffer.alloc(body.length + 8)
  framed.writeUInt32BE(data.length, 0)
  body.copy(framed, 4)
  framed.writeUInt32BE(crc32(body), body.length + 4)
  return framed
}

function ihdr(width: number, height: number, depth = 8, color = 2): Buffer {
  const data = Buffer.alloc(13)
  data.writeUInt32BE(width, 0)
  data.writeUInt32BE(height, 4)
  data.set([depth, color, 0, 0, 0], 8)
  return chunk('IHDR', data)
}

/** A 2 × 2 RGB PNG built chunk by chunk, with any chunks swapped in by the test. */
function png(
  chunks: Buffer[] = [ihdr(2, 2), chunk('IDAT', deflateSync(Buffer.alloc(2 * 7))), chunk('IEND', Buffer.alloc(0))],
): Buffer {
  return Buffer.concat([SIGNATURE, ...chunks])
}

describe('PNG proof', () => {
  it('accepts real PNGs', () => {
    expect(checkPng(samplePng)).toBeNull()
    expect(checkPng(png())).toBeNull()
  })

  it.each([
    ['a bare signature', SIGNATURE],
    ['a signature and a lone IHDR', png([ihdr(1, 1)])],
    ['no image data', png([ihdr(2, 2), chunk('IEND', Buffer.alloc(0))])],
    [
      'a chunk before IHDR',
      png([
        chunk('tEXt', Buffer.from('a\0b')),
        ihdr(2, 2),
        chunk('IDAT', Buffer.alloc(4)),
        chunk('IEND', Buffer.alloc(0)),
      ]),
    ],
    [
      'a wrong CRC',
      (() => {
        const bad = png()
        bad.writeUInt8(bad.readUInt8(bad.length - 20) ^ 0xff, bad.length - 20)
        return bad
      })(),
    ],
    ['bytes after IEND', Buffer.concat([png(), Buffer.from('<script>')])],
    ['a cut-short file', png().subarray(0, 40)],
    ['an impossible bit depth', png([ihdr(2, 2, 3), chunk('IDAT', Buffer.alloc(4)), chunk('IEND', Buffer.alloc(0))])],
    [
      'a palette image without a palette',
      png([ihdr(2, 2, 8, 3), chunk('IDAT', Buffer.alloc(4)), chunk('IEND', Buffer.alloc(0))]),
    ],
  ])('refuses %s as corrupt', (_name, bytes) => {
    expect(checkPng(bytes)).toBe('documents.image_corrupt')
  })

  it.each([
    [0, 10],
    [10, 0],
    [20_001, 10],
    [10, 0x7fffffff],
  ])('refuses %i × %i pixels', (width, height) => {
    expect(checkPng(png([ihdr(width, height), chunk('IDAT', Buffer.alloc(4)), chunk('IEND', Buffer.alloc(0))]))).toBe(
      'documents.image_dimensions',
    )
  })
})

describe('JPEG proof', () => {
  it('accepts a real JPEG, and bytes after its end (phones append pictures and video there)', () => {
    expect(checkJpeg(sampleJpeg)).toBeNull()
    expect(checkJpeg(Buffer.concat([sampleJpeg, Buffer.from('ftypmp42')]))).toBeNull()
  })

  it('refuses a bare SOI, every cut-short copy, and a scan before any frame header', () => {
    expect(checkJpeg(Buffer.from([0xff, 0xd8, 0xff]))).toBe('documents.image_corrupt')
    expect(checkJpeg(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBe('documents.image_corrupt')
    for (let length = 0; length < sampleJpeg.length - 1; length++) {
      expect(checkJpeg(sampleJpeg.subarray(0, length)), `${length} bytes`).toBe('documents.image_corrupt')
    }
    const scanFirst = Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34, 0xff, 0xd9])
    expect(checkJpeg(scanFirst)).toBe('documents.image_corrupt')
  })

  it('refuses a frame larger than 20,000 pixels a side', () => {
    const at = sampleJpeg.indexOf(Buffer.from([0xff, 0xc0]))
    const huge = Buffer.from(sampleJpeg)
    huge.writeUInt16BE(30_000, at + 7) // width
    expect(checkJpeg(huge)).toBe('documents.image_dimensions')
  })
})
