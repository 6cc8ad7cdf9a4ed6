import { decodeStream, readObjectAt, type InflateBudget, type PdfObject } from './pdf-objects.ts'
import { scanTokens, type ScanVisitor } from './pdf-scan.ts'
import { integerOf, nameOf, PdfLexer, PdfLimitError, PdfRef, PdfSyntaxError } from './pdf-syntax.ts'
import { readCrossReference, type CrossReference } from './pdf-xref.ts'

export type PdfRefusal =
  'documents.not_a_pdf' | 'documents.pdf_active_content' | 'documents.pdf_encrypted' | 'documents.pdf_uninspectable'

/**
 * Names that make a PDF do something when opened or clicked rather than only show pages:
 * scripts (/JavaScript, /JS, and forms' /XFA), launching programs (/Launch), files carried inside
 * (/EmbeddedFile(s), and /GoToE that opens them) and /RichMedia (Flash, video). An /OpenAction
 * that shows a page is harmless; one that runs a script names /JavaScript and is caught there.
 */
export const ACTIVE_CONTENT_NAMES: ReadonlySet<string> = new Set([
  'JavaScript',
  'JS',
  'XFA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'GoToE',
  'RichMedia',
])

/**
 * Decompressed object and cross-reference streams allowed per file (a zip bomb stops here). Real
 * files hold far less; reading this much costs a few hundred milliseconds of a worker's time.
 */
const INFLATE_BUDGET_BYTES = 32 * 1024 * 1024

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

function refuseActiveName(name: string): never {
  throw new ActiveContent(name)
}

function inspect(bytes: Buffer) {
  const lexer = new PdfLexer(bytes, ACTIVE_CONTENT_NAMES, refuseActiveName)
  const budget: InflateBudget = { remaining: INFLATE_BUDGET_BYTES }
  const xref = readCrossReference(lexer, budget)
  // Strings and streams of an encrypted file are ciphertext: their content cannot be inspected.
  if (xref.trailers.some((trailer) => trailer.has('Encrypt'))) throw new Encrypted()
  const root = xref.trailers.map((trailer) => trailer.get('Root')).find((value) => value !== undefined)
  if (!(root instanceof PdfRef)) throw new PdfSyntaxError('trailer without /Root')

  const objects = new ObjectReader(lexer)
  if (scanTokens(lexer, objects).unterminated) throw new PdfSyntaxError('a string never ends')
  const compressedDicts = new Map<number, boolean>()
  for (const stream of objectStreams(xref, objects)) checkObjectStream(bytes, stream, budget, compressedDicts)

  const newest = xref.entries.find((entry) => entry.num === root.num)
  const rootIsDict =
    newest === undefined
      ? false
      : 'offset' in newest
        ? objects.at(newest.offset).isDict
        : compressedDicts.get(root.num) === true
  if (!rootIsDict) throw new PdfSyntaxError('/Root is not a dictionary')
}

/**
 * Knows where the linear pass met each `N G obj`, and reads objects only when something about
 * them is needed (a stream's length and type, whether the root is a dictionary). An entry
 * pointing where the pass met its object needs no second look: the pass saw all its names. An
 * entry pointing anywhere else (inside a string or stream data) is read from there, within a
 * budget, so a file cannot make one region be read once per entry pointing into it.
 */
class ObjectReader implements ScanVisitor {
  // The pass meets objects in file order, so their offsets arrive sorted: two plain arrays and a
  // binary search cost far less than a map of hundreds of thousands of entries.
  private readonly startOffsets: number[] = []
  private readonly startNums: number[] = []
  private readonly parsed = new Map<number, PdfObject | null>()
  private readonly streams = new Map<number, StreamOf>()
  private rereadBytes = 0

  constructor(private readonly lexer: PdfLexer) {}

  objectStart(offset: number, num: number): void {
    this.startOffsets.push(offset)
    this.startNums.push(num)
  }

  stream(objectOffset: number): number | null {
    const object = this.tryRead(objectOffset)
    if (!object?.stream) return null
    if (nameOf(object.stream.dict.get('Type')) === 'ObjStm') this.streams.set(object.stream.start, object.stream)
    return object.end
  }

  /** Checks that object `num` is at `offset`, reading it there if the linear pass did not. */
  verify(offset: number, num: number): void {
    if (offset >= this.lexer.bytes.length) throw new PdfSyntaxError(`object ${num} beyond the file`)
    const seen = this.numStartingAt(offset)
    if (seen === undefined) {
      const object = this.read(offset)
      this.rereadBytes += object.end - offset
      if (this.rereadBytes > 2 * this.lexer.bytes.length + (1 << 20))
        throw new PdfLimitError('objects overlap too much')
      if (object.stream && nameOf(object.stream.dict.get('Type')) === 'ObjStm')
        this.streams.set(object.stream.start, object.stream)
    }
    const found = seen ?? this.parsed.get(offset)!.num
    if (found !== num) throw new PdfSyntaxError(`entry for object ${num} points at object ${found}`)
  }

  /** The whole object at offset (already verified to be there). */
  at(offset: number): PdfObject {
    return this.read(offset)
  }

  /** Object streams met so far, by where their data starts. */
  objectStreams(): Map<number, StreamOf> {
    return this.streams
  }

  private numStartingAt(offset: number): number | undefined {
    let low = 0
    let high = this.startOffsets.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const at = this.startOffsets[middle]!
      if (at === offset) return this.startNums[middle]
      if (at < offset) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }

  private tryRead(offset: number): PdfObject | null {
    if (this.parsed.has(offset)) return this.parsed.get(offset)!
    try {
      return this.read(offset)
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error
      this.parsed.set(offset, null)
      return null
    }
  }

  private read(offset: number): PdfObject {
    const cached = this.parsed.get(offset)
    if (cached) return cached
    const object = readObjectAt(this.lexer, offset)
    this.parsed.set(offset, object)
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
  for (const entry of xref.entries) if ('container' in entry) containers.add(entry.container)
  const offsetsOf = new Map<number, number[]>()
  for (const entry of xref.entries) {
    if (!('offset' in entry)) continue
    objects.verify(entry.offset, entry.num)
    if (!containers.has(entry.num)) continue
    const listed = offsetsOf.get(entry.num)
    if (listed) listed.push(entry.offset)
    else offsetsOf.set(entry.num, [entry.offset])
  }
  const streams = objects.objectStreams()
  for (const num of containers) {
    const offsets = offsetsOf.get(num)
    if (!offsets) throw new PdfSyntaxError(`object stream ${num} is not listed`)
    for (const offset of offsets) {
      const { stream } = objects.at(offset)
      if (!stream) throw new PdfSyntaxError(`object ${num} holds compressed objects but is no stream`)
      streams.set(stream.start, stream)
    }
  }
  return [...streams.values()]
}

/**
 * An object stream (§7.5.7) holds plain objects after a header of `number offset` pairs. Each
 * is read where its header says, and the whole is scanned too, so names placed between or
 * inside them are seen whichever way a reader looks.
 */
function checkObjectStream(
  bytes: Buffer,
  stream: StreamOf,
  budget: InflateBudget,
  compressedDicts: Map<number, boolean>,
) {
  const count = integerOf(stream.dict.get('N'))
  const first = integerOf(stream.dict.get('First'))
  if (count === null || first === null) throw new PdfSyntaxError('object stream without /N or /First')
  const data = decodeStream(bytes, stream, budget)
  const lexer = new PdfLexer(data, ACTIVE_CONTENT_NAMES, refuseActiveName)
  // No objects or streams inside an object stream: nothing to note, only names to see.
  if (scanTokens(lexer, { objectStart() {}, stream: () => null }).unterminated)
    throw new PdfSyntaxError('a string never ends')
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
    const kind = lexer.skipValue()
    readBytes += lexer.pos - first - offset
    if (readBytes > 2 * data.length + (1 << 20)) throw new PdfLimitError('compressed objects overlap too much')
    compressedDicts.set(num, kind === 'dict')
  }
}
