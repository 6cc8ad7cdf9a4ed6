import { decodeStream, readObjectAt, type InflateBudget, type PdfObject } from './pdf-objects.ts'
import { scanTokens } from './pdf-scan.ts'
import { dictOf, integerOf, nameOf, PdfLexer, PdfLimitError, PdfRef, PdfSyntaxError } from './pdf-syntax.ts'
import { readCrossReference, type CrossReference } from './pdf-xref.ts'

export type PdfRefusal = 'documents.not_a_pdf' | 'documents.pdf_active_content' | 'documents.pdf_encrypted' | 'documents.pdf_uninspectable'

/**
 * Names that make a PDF do something when opened or clicked rather than only show pages:
 * scripts (/JavaScript, /JS, and forms' /XFA), launching programs (/Launch), files carried inside
 * (/EmbeddedFile(s), and /GoToE that opens them) and /RichMedia (Flash, video). An /OpenAction
 * that shows a page is harmless; one that runs a script names /JavaScript and is caught there.
 */
export const ACTIVE_CONTENT_NAMES: ReadonlySet<string> = new Set([
  'JavaScript', 'JS', 'XFA', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'GoToE', 'RichMedia',
])

/** Decompressed object and cross-reference streams allowed per file (a zip bomb stops here). */
const INFLATE_BUDGET_BYTES = 64 * 1024 * 1024

const HEADER = /^%PDF-(1\.[0-7]|2\.0)/

class ActiveContent extends Error {}
class Encrypted extends Error {}

/**
 * Proves a file is a PDF whose every object can be read and shows nothing active: the header, a
 * cross-reference chain that reaches a trailer with /Root, every indirect object it lists (and
 * every object stream they hold) where it says, and no active-content name anywhere, whether in
 * the listed objects, in object streams or in bytes no entry points at (readers repairing a file
 * find those too). Returns why it is refused, or null.
 *
 * Bounded: one linear pass over the bytes outside stream data, a decompression budget, and
 * reading a region twice only for entries that point where the pass found no object.
 */
export function checkPdf(bytes: Buffer): PdfRefusal | null {
  if (!HEADER.test(bytes.subarray(0, 8).toString('latin1'))) {
    return 'documents.not_a_pdf'
  }
  try {
    inspect(bytes)
    return null
  } catch (error) {
    if (error instanceof ActiveContent) return 'documents.pdf_active_content'
    if (error instanceof Encrypted) return 'documents.pdf_encrypted'
    if (error instanceof PdfLimitError) return 'documents.pdf_uninspectable'
    if (error instanceof PdfSyntaxError) return 'documents.not_a_pdf'
    throw error
  }
}

function refuseActiveNames(name: string) {
  if (ACTIVE_CONTENT_NAMES.has(name)) throw new ActiveContent(name)
}

function inspect(bytes: Buffer) {
  const lexer = new PdfLexer(bytes, refuseActiveNames)
  const budget: InflateBudget = { remaining: INFLATE_BUDGET_BYTES }
  const xref = readCrossReference(lexer, budget)
  // Strings and streams of an encrypted file are ciphertext: their content cannot be inspected.
  if (xref.trailers.some((trailer) => trailer.has('Encrypt'))) throw new Encrypted()
  const root = xref.trailers.map((trailer) => trailer.get('Root')).find((value) => value !== undefined)
  if (!(root instanceof PdfRef)) throw new PdfSyntaxError('trailer without /Root')

  const objects = new ObjectReader(lexer)
  scanTokens(lexer, (offset) => objects.tryAt(offset)?.end ?? null)
  const compressedDicts = new Map<number, boolean>()
  for (const stream of objectStreams(xref, objects)) checkObjectStream(bytes, stream, budget, compressedDicts)

  const newest = xref.entries.find((entry) => entry.num === root.num)
  const rootIsDict =
    newest === undefined ? false
    : 'offset' in newest ? dictOf(objects.at(newest.offset, newest.num).value) !== null
    : compressedDicts.get(root.num) === true
  if (!rootIsDict) throw new PdfSyntaxError('/Root is not a dictionary')
}

/**
 * Reads indirect objects by offset, once each. Offsets the linear pass did not reach as object
 * starts (inside a string or stream data, say) are read again from there, within a budget, so a
 * file cannot make one region be read once per entry pointing into it.
 */
class ObjectReader {
  private readonly byOffset = new Map<number, PdfObject>()
  private rereadBytes = 0

  constructor(private readonly lexer: PdfLexer) {}

  /** The object at offset, or null where there is none (the linear pass then reads on). */
  tryAt(offset: number): PdfObject | null {
    try {
      return this.read(offset)
    } catch (error) {
      if (error instanceof PdfSyntaxError) return null
      throw error
    }
  }

  /** The object a cross-reference entry points at, which must be there and be object `num`. */
  at(offset: number, num: number): PdfObject {
    if (offset >= this.lexer.bytes.length) throw new PdfSyntaxError(`object ${num} beyond the file`)
    let object = this.byOffset.get(offset)
    if (!object) {
      object = this.read(offset)
      this.rereadBytes += object.end - offset
      if (this.rereadBytes > 2 * this.lexer.bytes.length + (1 << 20)) throw new PdfLimitError('objects overlap too much')
    }
    if (object.num !== num) throw new PdfSyntaxError(`entry for object ${num} points at object ${object.num}`)
    return object
  }

  all(): Iterable<PdfObject> {
    return this.byOffset.values()
  }

  private read(offset: number): PdfObject {
    const object = readObjectAt(this.lexer, offset)
    this.byOffset.set(offset, object)
    return object
  }
}

type StreamOf = NonNullable<PdfObject['stream']>

/**
 * The object streams to open: every stream typed /ObjStm, and every container that a compressed
 * entry names (whatever its type says), after checking each listed object is where it says.
 */
function objectStreams(xref: CrossReference, objects: ObjectReader): StreamOf[] {
  const containers = new Set<number>()
  const byNum = new Map<number, PdfObject[]>()
  for (const entry of xref.entries) {
    if ('offset' in entry) {
      const object = objects.at(entry.offset, entry.num)
      byNum.set(entry.num, [...(byNum.get(entry.num) ?? []), object])
    } else containers.add(entry.container)
  }
  const streams = new Map<number, StreamOf>()
  for (const num of containers) {
    const found = byNum.get(num)
    if (!found) throw new PdfSyntaxError(`object stream ${num} is not listed`)
    for (const object of found) {
      if (!object.stream) throw new PdfSyntaxError(`object ${num} holds compressed objects but is no stream`)
      streams.set(object.stream.start, object.stream)
    }
  }
  for (const object of objects.all()) {
    if (object.stream && nameOf(object.stream.dict.get('Type')) === 'ObjStm') streams.set(object.stream.start, object.stream)
  }
  return [...streams.values()]
}

/**
 * An object stream (§7.5.7) holds plain objects after a header of `number offset` pairs. Each
 * is read where its header says, and the whole is scanned too, so names placed between or
 * inside them are seen whichever way a reader looks.
 */
function checkObjectStream(bytes: Buffer, stream: StreamOf, budget: InflateBudget, compressedDicts: Map<number, boolean>) {
  const count = integerOf(stream.dict.get('N'))
  const first = integerOf(stream.dict.get('First'))
  if (count === null || first === null) throw new PdfSyntaxError('object stream without /N or /First')
  const data = decodeStream(bytes, stream, budget)
  const lexer = new PdfLexer(data, refuseActiveNames)
  scanTokens(lexer, () => null)
  // A header pair takes at least four bytes (`1 0 `): a larger /N is a lie, not a loop to run.
  if (first > data.length || count * 4 > first + 1) throw new PdfSyntaxError('object stream header does not fit')
  lexer.pos = 0
  const header: [number, number][] = []
  for (let i = 0; i < count; i++) {
    const num = lexer.readInteger()
    const offset = lexer.readInteger()
    if (num === null || offset === null) throw new PdfSyntaxError('bad object stream header')
    header.push([num, offset])
  }
  let readBytes = 0
  for (const [num, offset] of header) {
    lexer.pos = first + offset
    if (lexer.pos >= data.length) throw new PdfSyntaxError('compressed object beyond its stream')
    const value = lexer.readValue()
    readBytes += lexer.pos - first - offset
    if (readBytes > 2 * data.length + (1 << 20)) throw new PdfLimitError('compressed objects overlap too much')
    compressedDicts.set(num, dictOf(value) !== null)
  }
}
