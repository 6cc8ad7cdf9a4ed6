import type { RouteDefinition } from '@pintu/contract'
import { BIG } from './fuzz-text.ts'

// The upload routes' part of the fuzz generator (fuzz-inputs.ts): a valid multipart body and broken ones.

/**
 * Routes whose body is multipart/form-data: the contract says so in the description (it declares no body schema for
 * them).
 */
/** Routes that take a file declare it (`upload` in the contract), whatever their description says. */
export const isMultipartRoute = (route: RouteDefinition) => route.upload !== undefined

/** A small but real PDF: its first bytes are what the server inspects. */
export const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
const BOUNDARY = '----pintufuzz7d1e2a'

function filePart(
  options: { name?: string; fileNameHeader?: Buffer | string; content?: Buffer; boundary?: string } = {},
) {
  const boundary = options.boundary ?? BOUNDARY
  const fileName = options.fileNameHeader ?? 'filename="dokumen.pdf"'
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${options.name ?? 'file'}"; `),
    Buffer.from(fileName),
    Buffer.from('\r\nContent-Type: application/pdf\r\n\r\n'),
    options.content ?? samplePdf,
    Buffer.from('\r\n'),
  ])
}
const closing = (boundary = BOUNDARY) => Buffer.from(`--${boundary}--\r\n`)
const fieldPart = (name: string, value: string) =>
  Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
const withBoundary = `multipart/form-data; boundary=${BOUNDARY}`

/** A well-formed upload with one part named `file`: the body the baseline request carries. */
export function validMultipart() {
  return { payload: Buffer.concat([filePart(), closing()]), contentType: withBoundary }
}

export function multipartMutations(): [string, () => { payload: Buffer; contentType: string | null }][] {
  const valid = () => validMultipart().payload
  return [
    ['no boundary in the content type', () => ({ payload: valid(), contentType: 'multipart/form-data' })],
    ['an empty boundary', () => ({ payload: valid(), contentType: 'multipart/form-data; boundary=' })],
    ['a wrong boundary', () => ({ payload: valid(), contentType: 'multipart/form-data; boundary=----not-the-one' })],
    [
      'truncated inside the file',
      () => ({ payload: valid().subarray(0, Math.floor(valid().length * 0.7)), contentType: withBoundary }),
    ],
    ['truncated inside the part headers', () => ({ payload: valid().subarray(0, 60), contentType: withBoundary })],
    ['no closing boundary', () => ({ payload: filePart(), contentType: withBoundary })],
    ['an empty body', () => ({ payload: Buffer.alloc(0), contentType: withBoundary })],
    ['garbage', () => ({ payload: Buffer.from('\u0000\u0001not multipart at all\r\n--'), contentType: withBoundary })],
    ['two files', () => ({ payload: Buffer.concat([filePart(), filePart(), closing()]), contentType: withBoundary })],
    [
      'a field part before the file',
      () => ({ payload: Buffer.concat([fieldPart('note', 'Budi'), filePart(), closing()]), contentType: withBoundary }),
    ],
    [
      'only a field part',
      () => ({ payload: Buffer.concat([fieldPart('file', 'Budi'), closing()]), contentType: withBoundary }),
    ],
    [
      'a file part named other than `file`',
      () => ({ payload: Buffer.concat([filePart({ name: 'dokumen' }), closing()]), contentType: withBoundary }),
    ],
    [
      'NUL in the file name',
      () => ({
        payload: Buffer.concat([
          filePart({ fileNameHeader: Buffer.from('filename="dok\u0000umen.pdf"', 'latin1') }),
          closing(),
        ]),
        contentType: withBoundary,
      }),
    ],
    [
      'a lone surrogate in the file name (raw bytes ED A0 80)',
      () => ({
        payload: Buffer.concat([
          filePart({
            fileNameHeader: Buffer.concat([
              Buffer.from('filename="dok'),
              Buffer.from([0xed, 0xa0, 0x80]),
              Buffer.from('umen.pdf"'),
            ]),
          }),
          closing(),
        ]),
        contentType: withBoundary,
      }),
    ],
    [
      'NUL in filename* (RFC 5987 %00)',
      () => ({
        payload: Buffer.concat([filePart({ fileNameHeader: "filename*=UTF-8''dok%00umen.pdf" }), closing()]),
        contentType: withBoundary,
      }),
    ],
    [
      'a lone surrogate in filename* (%ED%A0%80)',
      () => ({
        payload: Buffer.concat([filePart({ fileNameHeader: "filename*=UTF-8''dok%ED%A0%80umen.pdf" }), closing()]),
        contentType: withBoundary,
      }),
    ],
    [
      'a 100 KB file name',
      () => ({
        payload: Buffer.concat([filePart({ fileNameHeader: `filename="${'x'.repeat(BIG)}.pdf"` }), closing()]),
        contentType: withBoundary,
      }),
    ],
    [
      'JSON instead of multipart',
      () => ({ payload: Buffer.from('{"file":"JVBERi0xLjQ="}'), contentType: 'application/json' }),
    ],
    ['no content type', () => ({ payload: valid(), contentType: null })],
  ]
}
