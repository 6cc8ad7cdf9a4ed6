import { deflateSync } from 'node:zlib'

/** One object body: plain syntax, or a dictionary with stream data (its /Length is added). */
export type PdfObjectSpec = string | { dict: string; data: Buffer | string; compress?: boolean }

export interface PdfBuildOptions {
  /** A cross-reference stream (PDF 1.5) instead of a classic table. */
  xrefStream?: boolean
  /** PNG "Up" predictor on the cross-reference stream, as Ghostscript and Word write it. */
  predictor?: boolean
  /** Object numbers (1-based) to put into one compressed object stream; needs xrefStream. */
  compressed?: number[]
  /** Extra trailer entries, e.g. `/Encrypt 9 0 R`. */
  trailer?: string
}

/**
 * A PDF built by hand with a correct cross-reference section, for tests that need real files
 * (and hostile ones: the objects are whatever the test says). Object 1 is the root.
 */
export function buildPdf(objects: PdfObjectSpec[], options: PdfBuildOptions = {}): Buffer {
  const compressed = new Set(options.compressed ?? [])
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let length = parts[0]!.length
  const write = (chunk: Buffer | string) => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk
    parts.push(buffer)
    length += buffer.length
  }
  const offsets = new Map<number, number>()
  const writeObject = (num: number, spec: PdfObjectSpec) => {
    offsets.set(num, length)
    if (typeof spec === 'string') return write(`${num} 0 obj\n${spec}\nendobj\n`)
    const raw = typeof spec.data === 'string' ? Buffer.from(spec.data, 'latin1') : spec.data
    const data = spec.compress ? deflateSync(raw) : raw
    write(
      `${num} 0 obj\n<< ${spec.dict}${spec.compress ? ' /Filter /FlateDecode' : ''} /Length ${data.length} >>\nstream\n`,
    )
    write(data)
    write('\nendstream\nendobj\n')
  }
  objects.forEach((spec, i) => {
    if (!compressed.has(i + 1)) writeObject(i + 1, spec)
  })
  const trailer = `/Root 1 0 R${options.trailer ? ` ${options.trailer}` : ''}`
  if (!options.xrefStream) {
    const size = objects.length + 1
    const rows = Array.from(
      { length: objects.length },
      (_, i) => `${String(offsets.get(i + 1)).padStart(10, '0')} 00000 n \n`,
    )
    const xref = length
    write(
      `xref\n0 ${size}\n0000000000 65535 f \n${rows.join('')}trailer\n<< /Size ${size} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`,
    )
    return Buffer.concat(parts)
  }
  const objStmNum = objects.length + 1
  if (compressed.size > 0) {
    let header = ''
    let body = ''
    for (const num of compressed) {
      const spec = objects[num - 1]
      if (typeof spec !== 'string') throw new Error('streams cannot be compressed into an object stream')
      header += `${num} ${body.length} `
      body += `${spec}\n`
    }
    writeObject(objStmNum, {
      dict: `/Type /ObjStm /N ${compressed.size} /First ${header.length}`,
      data: header + body,
      compress: true,
    })
  }
  const xrefNum = objects.length + 2
  offsets.set(xrefNum, length)
  const rows: Buffer[] = [row(0, 0, 0xffff)]
  for (let num = 1; num < xrefNum; num++) {
    const index = [...compressed].indexOf(num)
    if (index >= 0) rows.push(row(2, objStmNum, index))
    else if (offsets.has(num)) rows.push(row(1, offsets.get(num)!, 0))
    else rows.push(row(0, 0, 0))
  }
  rows.push(row(1, length, 0))
  const table = options.predictor ? upPredicted(rows) : Buffer.concat(rows)
  const params = options.predictor ? ' /DecodeParms << /Predictor 12 /Columns 7 >>' : ''
  const data = deflateSync(table)
  write(
    `${xrefNum} 0 obj\n<< /Type /XRef /Size ${xrefNum + 1} /W [1 4 2] ${trailer} /Filter /FlateDecode${params} /Length ${data.length} >>\nstream\n`,
  )
  write(data)
  write(`\nendstream\nendobj\nstartxref\n${offsets.get(xrefNum)}\n%%EOF\n`)
  return Buffer.concat(parts)
}

function row(type: number, a: number, b: number): Buffer {
  const buffer = Buffer.alloc(7)
  buffer.writeUInt8(type, 0)
  buffer.writeUInt32BE(a, 1)
  buffer.writeUInt16BE(b, 5)
  return buffer
}

function upPredicted(rows: Buffer[]): Buffer {
  return Buffer.concat(
    rows.map((r, i) =>
      Buffer.concat([
        Buffer.from([2]),
        Buffer.from(r.map((byte, j) => (byte - (i > 0 ? rows[i - 1]![j]! : 0)) & 0xff)),
      ]),
    ),
  )
}

/** The objects of a one-page document showing `text`, for buildPdf. */
export function pageObjects(text: string): PdfObjectSpec[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 320 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    { dict: '', data: `BT /F1 18 Tf 24 72 Td (${text}) Tj ET` },
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
}
