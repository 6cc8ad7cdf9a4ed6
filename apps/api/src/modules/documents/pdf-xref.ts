import { decodeStream, readObjectAt, type InflateBudget } from './pdf-objects.ts'
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

/** Where an object lives: at a byte offset, or as the `index`-th object of an object stream. */
export type XrefEntry = { num: number; offset: number } | { num: number; container: number; index: number }

export interface CrossReference {
  /** Every in-use entry of every section, newest section first; an object may appear more than once. */
  entries: XrefEntry[]
  /** Trailer dictionaries (or cross-reference stream dictionaries), newest first. */
  trailers: PdfDict[]
}

/** Incremental updates chain sections with /Prev; real files have a handful. */
const MAX_SECTIONS = 256
/** A 20 MiB file cannot hold more honest entries (20 bytes each in a table). */
const MAX_ENTRIES = 2_000_000
/** Readers look for the end-of-file marker within the last KiB (Adobe's implementation note). */
const TAIL_BYTES = 1024

/**
 * Reads the cross-reference chain the way a reader starts a file: `startxref` near `%%EOF`, then
 * each section (a classic `xref` table with its trailer, or a cross-reference stream) and the
 * sections it points back to. Throws PdfSyntaxError when the chain is missing or broken.
 */
export function readCrossReference(lexer: PdfLexer, budget: InflateBudget): CrossReference {
  const bytes = lexer.bytes
  const tailStart = Math.max(0, bytes.length - TAIL_BYTES)
  const eof = bytes.lastIndexOf('%%EOF')
  if (eof < tailStart) throw new PdfSyntaxError('no %%EOF at the end')
  const startxref = bytes.subarray(0, eof).lastIndexOf('startxref')
  if (startxref < 0) throw new PdfSyntaxError('no startxref')
  lexer.pos = startxref + 'startxref'.length
  const first = lexer.readInteger()
  if (first === null) throw new PdfSyntaxError('startxref without an offset')

  const result: CrossReference = { entries: [], trailers: [] }
  const queue = [first]
  const seen = new Set<number>()
  while (queue.length > 0) {
    const offset = queue.shift()!
    if (seen.has(offset)) continue
    if (seen.size >= MAX_SECTIONS) throw new PdfLimitError('too many cross-reference sections')
    if (offset >= bytes.length) throw new PdfSyntaxError('cross-reference offset beyond the file')
    seen.add(offset)
    lexer.pos = offset
    const trailer = lexer.accept('xref') ? readTable(lexer, result) : readXrefStream(lexer, offset, result, budget)
    result.trailers.push(trailer)
    // A hybrid file's table points at a stream holding its compressed objects (§7.5.8.4).
    for (const key of ['XRefStm', 'Prev']) {
      const next = integerOf(trailer.get(key))
      if (next !== null) queue.push(next)
    }
    if (result.entries.length > MAX_ENTRIES) throw new PdfLimitError('too many objects')
  }
  return result
}

/** A classic table: subsections of `first count` then `offset generation n|f` lines, then `trailer <<…>>`. */
function readTable(lexer: PdfLexer, result: CrossReference): PdfDict {
  for (;;) {
    if (lexer.accept('trailer')) break
    const start = lexer.readInteger()
    const count = lexer.readInteger()
    if (start === null || count === null) throw new PdfSyntaxError('bad cross-reference subsection')
    // Each entry takes at least 18 bytes: a count beyond that is a lie, not a loop to run.
    if (count * 18 > lexer.bytes.length - lexer.pos) throw new PdfSyntaxError('cross-reference subsection too long')
    for (let i = 0; i < count; i++) {
      const offset = lexer.readInteger()
      const gen = lexer.readInteger()
      const inUse = lexer.accept('n')
      if (offset === null || gen === null || (!inUse && !lexer.accept('f')))
        throw new PdfSyntaxError('bad cross-reference entry')
      if (inUse) result.entries.push({ num: start + i, offset })
    }
  }
  const trailer = dictOf(lexer.readValue())
  if (!trailer) throw new PdfSyntaxError('trailer is not a dictionary')
  return trailer
}

/** A cross-reference stream (PDF 1.5, §7.5.8): binary rows of /W widths, its dictionary doubling as trailer. */
function readXrefStream(lexer: PdfLexer, offset: number, result: CrossReference, budget: InflateBudget): PdfDict {
  const object = readObjectAt(lexer, offset)
  if (!object.stream || nameOf(object.stream.dict.get('Type')) !== 'XRef')
    throw new PdfSyntaxError('no cross-reference at startxref')
  const dict = object.stream.dict
  const widths = integers(dict.get('W'))
  if (widths.length !== 3 || widths.some((w) => w > 8)) throw new PdfSyntaxError('bad /W')
  const size = integerOf(dict.get('Size'))
  if (size === null) throw new PdfSyntaxError('cross-reference stream without /Size')
  const index = dict.has('Index') ? integers(dict.get('Index')) : [0, size]
  if (index.length % 2 !== 0) throw new PdfSyntaxError('bad /Index')
  const data = decodeStream(lexer.bytes, object.stream, budget)
  const rowBytes = widths[0]! + widths[1]! + widths[2]!
  if (rowBytes === 0) throw new PdfSyntaxError('bad /W')
  let row = 0
  for (let i = 0; i < index.length; i += 2) {
    const first = index[i]!
    const count = index[i + 1]!
    if ((row + count) * rowBytes > data.length)
      throw new PdfSyntaxError('cross-reference stream shorter than its /Index')
    if (result.entries.length + count > MAX_ENTRIES) throw new PdfLimitError('too many objects')
    for (let k = 0; k < count; k++, row++) {
      let at = row * rowBytes
      const field = (width: number, fallback: number) => {
        if (width === 0) return fallback
        let value = 0
        for (let j = 0; j < width; j++) value = value * 256 + data[at++]!
        return value
      }
      const type = field(widths[0]!, 1)
      const a = field(widths[1]!, 0)
      const b = field(widths[2]!, 0)
      if (type === 1) result.entries.push({ num: first + k, offset: a })
      else if (type === 2) result.entries.push({ num: first + k, container: a, index: b })
    }
  }
  return dict
}

function integers(value: PdfValue | undefined): number[] {
  if (!Array.isArray(value)) throw new PdfSyntaxError('expected an array of integers')
  return value.map((item) => {
    const n = integerOf(item)
    if (n === null) throw new PdfSyntaxError('expected an integer')
    return n
  })
}
