import { isRegular, PdfLexer, PdfSyntaxError } from './pdf-syntax.ts'

export interface ScanVisitor {
  /** `N G obj` begins at `offset` (the offset of N). */
  objectStart(offset: number, num: number): void
  /**
   * A `stream` keyword follows the object that began at `objectOffset`: returns where that
   * object's stream ends (to jump over its data), or null to read on token by token.
   */
  stream(objectOffset: number): number | null
}

/**
 * Walks a whole buffer token by token, the way a reader rebuilding a damaged file would, so that
 * every name outside stream data is seen (the lexer reports watched ones) even where no
 * cross-reference entry points. Objects are not parsed here, only noted; stream data is jumped
 * over where the visitor can say how long it is. This is the one pass over every byte, so it
 * allocates nothing per token.
 *
 * Never throws on malformed input and stays linear: after an unterminated string the rest is
 * read with parentheses as plain characters, rather than retrying the string at every `(`.
 * Returns whether that happened (a well-formed file has no string that never ends).
 */
export function scanTokens(lexer: PdfLexer, visitor: ScanVisitor): { unterminated: boolean } {
  const b = lexer.bytes
  let stringsUnbalanced = false
  let hexUnbalanced = false
  // Offsets of the last two tokens if they were integers (N and G before `obj`).
  let before = -1
  let last = -1
  let currentObject = -1
  lexer.pos = 0
  for (;;) {
    lexer.skipSpace()
    if (lexer.atEnd) return { unterminated: stringsUnbalanced || hexUnbalanced }
    const start = lexer.pos
    const c = b[start]!
    if (c === 0x2f) {
      lexer.skipName()
      before = last = -1
      continue
    }
    if (c === 0x28 && !stringsUnbalanced) {
      try {
        lexer.skipLiteralString()
      } catch (error) {
        if (!(error instanceof PdfSyntaxError)) throw error
        stringsUnbalanced = true
        lexer.pos = start + 1
      }
      before = last = -1
      continue
    }
    if (c === 0x3c && b[start + 1] === 0x3c) {
      // `<<` is one token: its second `<` must not be taken for the start of a hex string.
      lexer.pos += 2
      before = last = -1
      continue
    }
    if (c === 0x3c && !hexUnbalanced) {
      try {
        lexer.skipHexString()
      } catch (error) {
        if (!(error instanceof PdfSyntaxError)) throw error
        hexUnbalanced = true
        lexer.pos = start + 1
      }
      before = last = -1
      continue
    }
    if (!isRegular(c)) {
      lexer.pos++
      before = last = -1
      continue
    }
    const end = wordEnd(b, start)
    lexer.pos = end
    if (isKeyword(b, start, end, OBJ) && before >= 0 && last >= 0) {
      currentObject = before
      visitor.objectStart(before, digitsValue(b, before))
      before = last = -1
    } else if (isKeyword(b, start, end, STREAM) && currentObject >= 0) {
      const next = visitor.stream(currentObject)
      if (next !== null && next > start) lexer.pos = next
      before = last = -1
    } else if (isDigits(b, start, end)) {
      before = last
      last = start
    } else {
      before = last = -1
    }
  }
}

function wordEnd(b: Buffer, start: number): number {
  let end = start
  while (end < b.length && isRegular(b[end]!)) end++
  return end
}

function isDigits(b: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (b[i]! < 0x30 || b[i]! > 0x39) return false
  return end - start <= 15
}

const OBJ = Buffer.from('obj')
const STREAM = Buffer.from('stream')

function isKeyword(b: Buffer, start: number, end: number, keyword: Buffer): boolean {
  if (end - start !== keyword.length) return false
  for (let i = 0; i < keyword.length; i++) if (b[start + i] !== keyword[i]) return false
  return true
}

function digitsValue(b: Buffer, start: number): number {
  let value = 0
  for (let i = start; i < b.length && b[i]! >= 0x30 && b[i]! <= 0x39; i++) value = value * 10 + b[i]! - 0x30
  return value
}
