import { isRegular, PdfLexer, PdfSyntaxError } from './pdf-syntax.ts'

/**
 * Walks a whole buffer token by token, the way a reader rebuilding a damaged file would, so that
 * every name outside stream data is seen (the lexer reports them) even where no cross-reference
 * entry points. `onObject` is called at each `N G obj` with the offset of N; it returns where
 * the object ended (to jump over its stream data), or null to go on token by token.
 *
 * Never throws on malformed input and stays linear: after an unterminated string the rest is
 * read with parentheses as plain characters, rather than retrying the string at every `(`.
 */
export function scanTokens(lexer: PdfLexer, onObject: (offset: number) => number | null): void {
  const b = lexer.bytes
  let stringsUnbalanced = false
  let hexUnbalanced = false
  // Offsets of the last two tokens if they were integers (N and G before `obj`).
  let before = -1
  let last = -1
  lexer.pos = 0
  for (;;) {
    lexer.skipSpace()
    if (lexer.atEnd) return
    const start = lexer.pos
    const c = b[start]!
    if (c === 0x2f) {
      lexer.readName()
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
    if (c === 0x3c && b[start + 1] !== 0x3c && !hexUnbalanced) {
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
    if (isObjKeyword(b, start, end) && before >= 0 && last >= 0) {
      const next = onObject(before)
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

function isObjKeyword(b: Buffer, start: number, end: number): boolean {
  return end - start === 3 && b[start] === 0x6f && b[start + 1] === 0x62 && b[start + 2] === 0x6a
}
