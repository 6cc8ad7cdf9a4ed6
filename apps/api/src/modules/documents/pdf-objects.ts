import { inflateSync, constants as zlib } from 'node:zlib'
import {
  dictOf,
  integerOf,
  nameOf,
  PdfLexer,
  PdfLimitError,
  PdfSyntaxError,
  type PdfDict,
  type PdfValue,
} from './pdf-syntax.ts'

/** An indirect object `N G obj … endobj`: what it is, and where its stream data lies if it has any. */
export interface PdfObject {
  num: number
  gen: number
  isDict: boolean
  stream: { dict: PdfDict; start: number; end: number } | null
  /** Where reading stopped: after `endobj` or `endstream`. */
  end: number
}

const ENDSTREAM = Buffer.from('endstream')

/**
 * Reads the indirect object that starts at `offset`; throws PdfSyntaxError if none does. Its
 * value is only passed over (its names are seen), unless it is a stream's dictionary, which
 * is read again to find the stream's length and type.
 */
export function readObjectAt(lexer: PdfLexer, offset: number): PdfObject {
  const bytes = lexer.bytes
  lexer.pos = offset
  const num = lexer.readInteger()
  const gen = lexer.readInteger()
  if (num === null || gen === null || !lexer.accept('obj')) throw new PdfSyntaxError(`no object at ${offset}`)
  lexer.skipSpace()
  const valueStart = lexer.pos
  const isDict = lexer.skipValue() === 'dict'
  let stream: PdfObject['stream'] = null
  if (isDict && lexer.accept('stream')) {
    lexer.pos = valueStart
    const dict = dictOf(lexer.readValue())!
    lexer.accept('stream')
    // The keyword is followed by CRLF or LF (ISO 32000-1 §7.3.8.1); a lone CR is tolerated.
    let start = lexer.pos
    if (bytes[start] === 0x0d) start++
    if (bytes[start] === 0x0a) start++
    const end = streamDataEnd(bytes, start, integerOf(dict.get('Length')))
    stream = { dict, start, end }
    lexer.pos = bytes.indexOf(ENDSTREAM, end) + ENDSTREAM.length
  }
  lexer.accept('endobj')
  return { num, gen, isDict, stream, end: lexer.pos }
}

/**
 * Where stream data ends: at `/Length` when `endstream` follows there (as a reader honours it),
 * else at the first `endstream` (an indirect or wrong length, as readers then search too).
 */
function streamDataEnd(bytes: Buffer, start: number, length: number | null): number {
  if (length !== null && start + length <= bytes.length) {
    let at = start + length
    while (at < bytes.length && (bytes[at] === 0x0d || bytes[at] === 0x0a || bytes[at] === 0x20)) at++
    if (bytes.subarray(at, at + ENDSTREAM.length).equals(ENDSTREAM)) {
      return start + length
    }
  }
  const found = bytes.indexOf(ENDSTREAM, start)
  if (found < 0) throw new PdfSyntaxError('stream without endstream')
  return found
}

/** Decompressed bytes still allowed for this file: a 1 KiB stream may claim to inflate to gigabytes. */
export interface InflateBudget {
  remaining: number
}

/**
 * The decoded data of a stream whose content must be read (object and cross-reference streams).
 * Only no filter or FlateDecode (with PNG predictors) is decoded; anything else cannot be inspected.
 */
export function decodeStream(bytes: Buffer, stream: NonNullable<PdfObject['stream']>, budget: InflateBudget): Buffer {
  const raw = bytes.subarray(stream.start, stream.end)
  const filters = listOf(stream.dict.get('Filter')).map(nameOf)
  const params = dictOf(listOf(stream.dict.get('DecodeParms'))[0])
  if (filters.length === 0) return raw
  if (filters.length > 1 || (filters[0] !== 'FlateDecode' && filters[0] !== 'Fl')) {
    throw new PdfLimitError(`unsupported filter ${filters.join(', ')}`)
  }
  let inflated: Buffer
  try {
    // Sync flush: a stream cut short still yields what it holds, as readers are lenient there.
    inflated = inflateSync(raw, { maxOutputLength: Math.max(1, budget.remaining), finishFlush: zlib.Z_SYNC_FLUSH })
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new PdfLimitError('decompression bound exceeded')
    throw new PdfLimitError('corrupt compressed stream')
  }
  budget.remaining -= inflated.length
  return params ? unpredict(inflated, params) : inflated
}

function listOf(value: PdfValue | undefined): PdfValue[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** Undoes the PNG predictors (ISO 32000-1 §7.4.4.4) that cross-reference streams commonly use. */
function unpredict(data: Buffer, params: PdfDict): Buffer {
  const predictor = integerOf(params.get('Predictor')) ?? 1
  if (predictor === 1) return data
  if (predictor < 10) throw new PdfLimitError(`unsupported predictor ${predictor}`)
  const colors = integerOf(params.get('Colors')) ?? 1
  const bits = integerOf(params.get('BitsPerComponent')) ?? 8
  const columns = integerOf(params.get('Columns')) ?? 1
  if (colors < 1 || colors > 32 || ![1, 2, 4, 8, 16].includes(bits) || columns < 1 || columns > 1 << 20) {
    throw new PdfSyntaxError('bad predictor parameters')
  }
  const pixelBytes = Math.max(1, Math.ceil((colors * bits) / 8))
  const rowBytes = Math.ceil((colors * bits * columns) / 8)
  const rows = Math.floor(data.length / (rowBytes + 1))
  const out = Buffer.alloc(rows * rowBytes)
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowBytes + 1)]!
    const input = r * (rowBytes + 1) + 1
    const row = r * rowBytes
    for (let i = 0; i < rowBytes; i++) {
      const left = i >= pixelBytes ? out[row + i - pixelBytes]! : 0
      const up = r > 0 ? out[row - rowBytes + i]! : 0
      const upLeft = r > 0 && i >= pixelBytes ? out[row - rowBytes + i - pixelBytes]! : 0
      const x = data[input + i]!
      out[row + i] =
        type === 0
          ? x
          : type === 1
            ? x + left
            : type === 2
              ? x + up
              : type === 3
                ? x + ((left + up) >> 1)
                : type === 4
                  ? x + paeth(left, up, upLeft)
                  : failPredictor(type)
    }
  }
  return out
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

function failPredictor(type: number): never {
  throw new PdfSyntaxError(`bad PNG predictor row type ${type}`)
}
