/**
 * A small lexer and value reader for PDF syntax (ISO 32000-1 §7.2–7.3): enough to read
 * cross-reference sections, trailers and object dictionaries, and to see every name in them.
 * It never interprets content streams. Every name it meets that is one of `watched` (after
 * decoding `#xx` escapes) is reported to `onWatched`, which is how the active-content check
 * sees names wherever they are. Values can be read (`readValue`) or only passed over
 * (`skipValue`, which allocates nothing), so most of a large file costs no memory.
 */

/** The file is not well-formed PDF where it must be. */
export class PdfSyntaxError extends Error {}

/** The file is beyond what is inspected (a decompression bound, an unsupported filter, too many objects). */
export class PdfLimitError extends Error {}

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A keyword that is not a value (`obj`, `endobj`, `stream`, `R` out of place, …). */
export class PdfKeyword {
  constructor(readonly word: string) {}
}

/** Strings are skipped, not decoded: nothing here needs their text. */
export const PDF_STRING = Symbol('pdf string')

export type PdfDict = Map<string, PdfValue>
export type PdfValue =
  number | boolean | null | typeof PDF_STRING | PdfName | PdfRef | PdfKeyword | PdfDict | PdfValue[]

/** Deeper nesting than any real document uses; bounds the recursion of a hostile `[[[[…`. */
const MAX_DEPTH = 64

const WHITESPACE = new Uint8Array(256)
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITESPACE[c] = 1
const DELIMITER = new Uint8Array(256)
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1

export const isWhitespace = (c: number) => WHITESPACE[c] === 1
export const isRegular = (c: number) => WHITESPACE[c] === 0 && DELIMITER[c] === 0
const isDigit = (c: number) => c >= 0x30 && c <= 0x39

const STRUCTURE_KEYWORDS = new Set(['obj', 'endobj', 'stream', 'endstream', 'xref', 'trailer', 'startxref'])

export class PdfLexer {
  pos = 0
  /** Lengths of the watched names: a name of another length and without escapes needs no string. */
  private readonly watchedLengths: ReadonlySet<number>

  constructor(
    readonly bytes: Buffer,
    private readonly watched: ReadonlySet<string>,
    private readonly onWatched: (name: string) => void,
  ) {
    this.watchedLengths = new Set([...watched].map((name) => name.length))
  }

  get atEnd() {
    return this.pos >= this.bytes.length
  }

  /** Skips whitespace and comments. */
  skipSpace(): void {
    const b = this.bytes
    while (this.pos < b.length) {
      const c = b[this.pos]!
      if (WHITESPACE[c]) this.pos++
      else if (c === 0x25 /* % */) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++
      } else return
    }
  }

  /** A run of regular characters at the current position ('' at a delimiter). */
  readWord(): string {
    const b = this.bytes
    let word = ''
    while (this.pos < b.length && isRegular(b[this.pos]!)) word += String.fromCharCode(b[this.pos++]!)
    return word
  }

  /** The next word if it is a non-negative integer; otherwise leaves the position alone. */
  readInteger(): number | null {
    const start = this.pos
    this.skipSpace()
    const b = this.bytes
    const digitsStart = this.pos
    let value = 0
    while (this.pos < b.length && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x39)
      value = value * 10 + b[this.pos++]! - 0x30
    const digits = this.pos - digitsStart
    if (digits > 0 && digits <= 15 && (this.pos >= b.length || !isRegular(b[this.pos]!))) return value
    this.pos = start
    return null
  }

  /** Consumes `keyword` if it is the next word. */
  accept(keyword: string): boolean {
    const start = this.pos
    this.skipSpace()
    const b = this.bytes
    let i = 0
    while (i < keyword.length && b[this.pos + i] === keyword.charCodeAt(i)) i++
    const end = this.pos + i
    if (i === keyword.length && (end >= b.length || !isRegular(b[end]!))) {
      this.pos = end
      return true
    }
    this.pos = start
    return false
  }

  /** A name after its `/`, with `#xx` escapes decoded (PDF 1.2+). */
  readName(): string {
    const b = this.bytes
    this.pos++ // the slash
    let name = ''
    while (this.pos < b.length && isRegular(b[this.pos]!)) {
      const c = b[this.pos]!
      const hex = c === 0x23 /* # */ ? hexPair(b[this.pos + 1], b[this.pos + 2]) : -1
      name += String.fromCharCode(hex >= 0 ? hex : c)
      this.pos += hex >= 0 ? 3 : 1
    }
    if (this.watched.has(name)) this.onWatched(name)
    return name
  }

  /** Passes over a name, decoding it only when it could be a watched one. */
  skipName(): void {
    const b = this.bytes
    const start = this.pos
    let escaped = false
    this.pos++
    while (this.pos < b.length && isRegular(b[this.pos]!)) {
      if (b[this.pos] === 0x23) escaped = true
      this.pos++
    }
    if (!escaped && !this.watchedLengths.has(this.pos - start - 1)) return
    this.pos = start
    this.readName()
  }

  /** Skips a literal string `( … )`, honouring nested parentheses and backslash escapes. */
  skipLiteralString(): void {
    const b = this.bytes
    let depth = 0
    while (this.pos < b.length) {
      const c = b[this.pos++]!
      if (c === 0x5c /* \ */) this.pos++
      else if (c === 0x28) depth++
      else if (c === 0x29 && --depth === 0) return
    }
    throw new PdfSyntaxError('unterminated string')
  }

  skipHexString(): void {
    const end = this.bytes.indexOf(0x3e, this.pos + 1)
    if (end < 0) throw new PdfSyntaxError('unterminated hex string')
    this.pos = end + 1
  }

  /**
   * Passes over one value as readValue would read it, seeing its names but building nothing.
   * Says whether it was a dictionary (the only thing a caller needs to know of most objects).
   */
  skipValue(): 'dict' | 'other' {
    const b = this.bytes
    let depth = 0
    let kind: 'dict' | 'other' | null = null
    for (;;) {
      this.skipSpace()
      if (this.atEnd) throw new PdfSyntaxError('unexpected end of file')
      const c = b[this.pos]!
      if (c === 0x2f) this.skipName()
      else if (c === 0x28) this.skipLiteralString()
      else if (c === 0x3c && b[this.pos + 1] === 0x3c) {
        this.pos += 2
        depth++
        kind ??= 'dict'
      } else if (c === 0x3c) this.skipHexString()
      else if (c === 0x5b) {
        this.pos++
        depth++
      } else if ((c === 0x3e && b[this.pos + 1] === 0x3e) || c === 0x5d) {
        if (depth === 0) throw new PdfSyntaxError(`unexpected ${String.fromCharCode(c)}`)
        this.pos += c === 0x5d ? 1 : 2
        depth--
      } else if (isRegular(c)) {
        const integer = depth === 0 ? this.readInteger() : null
        if (integer !== null) this.referenceOr(integer)
        else this.skipWord(depth)
      } else throw new PdfSyntaxError(`unexpected ${String.fromCharCode(c)}`)
      if (depth > MAX_DEPTH) throw new PdfSyntaxError('nesting too deep')
      kind ??= 'other'
      if (depth === 0) return kind
    }
  }

  /** Passes over a number or keyword; a structure keyword inside a value means it was never closed. */
  private skipWord(depth: number): void {
    const b = this.bytes
    const start = this.pos
    while (this.pos < b.length && isRegular(b[this.pos]!)) this.pos++
    const length = this.pos - start
    if (depth > 0 && length >= 3 && length <= 9 && !isDigit(b[start]!)) {
      const word = b.toString('latin1', start, this.pos)
      if (STRUCTURE_KEYWORDS.has(word)) throw new PdfSyntaxError(`${word} inside a value`)
    }
  }

  /** One value: a number, name, string, array, dictionary, reference, boolean, null or a bare keyword. */
  readValue(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('nesting too deep')
    this.skipSpace()
    const b = this.bytes
    if (this.atEnd) throw new PdfSyntaxError('unexpected end of file')
    const c = b[this.pos]!
    if (c === 0x2f) return new PdfName(this.readName())
    if (c === 0x28) {
      this.skipLiteralString()
      return PDF_STRING
    }
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) return this.readDict(depth)
      this.skipHexString()
      return PDF_STRING
    }
    if (c === 0x5b) {
      this.pos++
      const items: PdfValue[] = []
      for (;;) {
        this.skipSpace()
        if (this.atEnd) throw new PdfSyntaxError('unterminated array')
        if (b[this.pos] === 0x5d) {
          this.pos++
          return items
        }
        items.push(this.readValue(depth + 1))
      }
    }
    if (!isRegular(c)) throw new PdfSyntaxError(`unexpected ${String.fromCharCode(c)}`)
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const integer = this.readInteger()
      if (integer !== null) return this.referenceOr(integer)
      const number = this.readReal()
      if (number !== null) return number
    }
    const word = this.readWord()
    if (word === 'true') return true
    if (word === 'false') return false
    if (word === 'null') return null
    // Inside an array or dictionary these mean the value was never closed: stop here rather than
    // read on through the next objects (which would also make repeated attempts quadratic).
    if (depth > 0 && STRUCTURE_KEYWORDS.has(word)) throw new PdfSyntaxError(`${word} inside a value`)
    return new PdfKeyword(word)
  }

  /** A signed or fractional number (`-3`, `.5`, `+1.25`), read from the bytes without making a string. */
  private readReal(): number | null {
    const b = this.bytes
    let i = this.pos
    const negative = b[i] === 0x2d
    if (b[i] === 0x2b || b[i] === 0x2d) i++
    let whole = 0
    let digits = 0
    while (i < b.length && isDigit(b[i]!)) {
      whole = whole * 10 + b[i++]! - 0x30
      digits++
    }
    let fraction = 0
    let scale = 1
    if (b[i] === 0x2e) {
      i++
      while (i < b.length && isDigit(b[i]!)) {
        // Digits past double precision change nothing; stop scaling before it overflows.
        if (scale < 1e15) {
          fraction = fraction * 10 + b[i]! - 0x30
          scale *= 10
        }
        i++
        digits++
      }
    }
    if (digits === 0 || (i < b.length && isRegular(b[i]!))) return null
    this.pos = i
    const value = whole + fraction / scale
    return negative ? -value : value
  }

  private readDict(depth: number): PdfDict {
    this.pos += 2
    const dict: PdfDict = new Map()
    for (;;) {
      this.skipSpace()
      if (this.atEnd) throw new PdfSyntaxError('unterminated dictionary')
      const b = this.bytes
      if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
        this.pos += 2
        return dict
      }
      if (b[this.pos] !== 0x2f) throw new PdfSyntaxError('dictionary key is not a name')
      const key = this.readName()
      dict.set(key, this.readValue(depth + 1))
    }
  }

  /** `12 0 R` is a reference; a lone integer stays a number. */
  referenceOr(num: number): number | PdfRef {
    const start = this.pos
    const gen = this.readInteger()
    if (gen !== null && this.accept('R')) return new PdfRef(num, gen)
    this.pos = start
    return num
  }
}

function hexPair(a: number | undefined, b: number | undefined): number {
  const h = (c: number | undefined) =>
    c === undefined
      ? -1
      : c >= 0x30 && c <= 0x39
        ? c - 0x30
        : c >= 0x41 && c <= 0x46
          ? c - 0x37
          : c >= 0x61 && c <= 0x66
            ? c - 0x57
            : -1
  const hi = h(a)
  const lo = h(b)
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo
}

export const dictOf = (value: PdfValue | undefined): PdfDict | null => (value instanceof Map ? value : null)
export const nameOf = (value: PdfValue | undefined): string | null => (value instanceof PdfName ? value.name : null)
export const integerOf = (value: PdfValue | undefined): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null
