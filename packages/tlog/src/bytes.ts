// Byte helpers on plain Uint8Array (never Buffer), so the same code runs in browsers.

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0
  for (const part of parts) length += part.length
  const out = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!
  return difference === 0
}

const HEX_DIGITS = '0123456789abcdef'

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += HEX_DIGITS[byte >> 4]! + HEX_DIGITS[byte & 15]!
  return out
}

/** Lowercase hex only: C2SP signed-note defines hex as "fixed length lowercase Base 16". */
export function fromHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) return undefined
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16)
  return out
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUES = new Map([...BASE64_ALPHABET].map((char, value) => [char, value]))

/** RFC 4648 §4 standard base64 with padding, the encoding every C2SP text format uses. */
export function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!
    const b1 = bytes[i + 1]
    const b2 = bytes[i + 2]
    out += BASE64_ALPHABET[b0 >> 2]!
    out += BASE64_ALPHABET[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)]!
    out += b1 === undefined ? '=' : BASE64_ALPHABET[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)]!
    out += b2 === undefined ? '=' : BASE64_ALPHABET[b2 & 63]!
  }
  return out
}

/**
 * Strict decoding: padding required and only the canonical encoding accepted (no whitespace, no
 * non-zero trailing bits). Two different strings must never decode to the same signature or hash,
 * or a parser could be made to disagree with what was signed.
 */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  let byteIndex = 0
  for (let i = 0; i < text.length; i += 4) {
    let group = 0
    for (let j = 0; j < 4; j++) {
      const char = text[i + j]!
      const isPaddingPosition = i + 4 === text.length && j >= 4 - padding
      const value = isPaddingPosition ? (char === '=' ? 0 : undefined) : BASE64_VALUES.get(char)
      if (value === undefined) return undefined
      group = (group << 6) | value
    }
    const groupBytes = [(group >> 16) & 255, (group >> 8) & 255, group & 255]
    for (const byte of groupBytes) if (byteIndex < out.length) out[byteIndex++] = byte
  }
  return toBase64(out) === text ? out : undefined
}

const encoder = new TextEncoder()
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/** Decodes UTF-8, or undefined when the bytes are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes)
  } catch {
    return undefined
  }
}

/** True when the string has no lone surrogate, i.e. it can be encoded as UTF-8 without loss. */
export function isWellFormedUnicode(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
}

export function uint32ToBytes(value: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, value, false)
  return out
}

export function bytesToUint32(bytes: Uint8Array, offset = 0): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, false)
}

/** Big-endian uint64 from a safe integer (RFC 8446 §3.3 byte order, as tlog-cosignature asks). */
export function uint64ToBytes(value: number): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, BigInt(value), false)
  return out
}

/** Reads a big-endian uint64; undefined when it does not fit in a safe integer. */
export function bytesToSafeUint64(bytes: Uint8Array, offset = 0): number | undefined {
  const value = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset, false)
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined
}
