// Measures what proving a 20 MiB upload costs: CPU time of each check on the calling thread, and
// how long the event loop stalls when the same check runs through the worker pool instead.
// Run: pnpm --filter @pintu/api exec tsx scripts/measure-content-check.ts
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { crc32 } from 'node:zlib'
import { createContentChecker } from '../src/modules/documents/content-check-pool.ts'
import { proveContent } from '../src/modules/documents/content-check.ts'
import type { ContentType } from '../src/modules/documents/file-content.ts'
import { buildPdf, pageObjects, type PdfObjectSpec } from '../test/support/pdf-builder.ts'

const MiB = 1024 * 1024
const TARGET = 20 * MiB

function pdfWith(extra: PdfObjectSpec[], options = {}): Buffer {
  return buildPdf([...pageObjects('ukur'), ...extra], options)
}

function samples(): { name: string; type: ContentType; bytes: Buffer }[] {
  const dict =
    '<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /Border [0 0 0] /A << /S /URI /URI (https://x.id) >> >>'
  const manyObjects = Array.from({ length: Math.floor(TARGET / (dict.length + 20)) }, () => dict)
  const numbers = '1 2.5 -3 4 '.repeat(Math.floor(TARGET / 11))
  const objectStream = (i: number) => ({
    dict: `/Type /ObjStm /N 1 /First 6`,
    data: `${10 + i} 0 ${'[1 2 3] '.repeat(MiB / 8)}`,
    compress: true,
  })
  const pngRows = Buffer.alloc(TARGET)
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data])
    const framed = Buffer.alloc(body.length + 8)
    framed.writeUInt32BE(data.length, 0)
    body.copy(framed, 4)
    framed.writeUInt32BE(crc32(body), body.length + 4)
    return framed
  }
  const header = Buffer.from('00001388000013880802000000', 'hex') // 5000 × 5000, 8-bit RGB
  const png = Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    ...Array.from({ length: 320 }, (_, i) => chunk('IDAT', pngRows.subarray(i * 65536, (i + 1) * 65536))),
    chunk('IEND', Buffer.alloc(0)),
  ])
  // Entropy-coded data full of 0xFF 0x00 stuffing: the scan stops at every 0xFF.
  const jpegHead = Buffer.from('ffd8' + 'ffc0000b0813881388010111' + '00' + 'ffda000801010000' + '3f00', 'hex')
  const stuffed = Buffer.alloc(TARGET)
  for (let i = 0; i < stuffed.length; i += 2) stuffed[i] = 0xff
  const jpeg = Buffer.concat([jpegHead, stuffed, Buffer.from('ffd9', 'hex')])
  return [
    {
      name: 'a scan: one 20 MiB image stream',
      type: 'application/pdf',
      bytes: pdfWith([{ dict: '/Type /XObject /Subtype /Image', data: randomBytes(TARGET) }]),
    },
    { name: '20 MiB of small objects (dictionaries and names)', type: 'application/pdf', bytes: pdfWith(manyObjects) },
    { name: 'one 20 MiB array of numbers', type: 'application/pdf', bytes: pdfWith([`[ ${numbers} ]`]) },
    { name: '20 MiB after an unbalanced string', type: 'application/pdf', bytes: pdfWith([`[ (${numbers} ]`]) },
    {
      name: 'object streams inflating to 30 MiB (the budget is 32)',
      type: 'application/pdf',
      bytes: pdfWith(Array.from({ length: 30 }, (_, i) => objectStream(i))),
    },
    { name: '20 MiB PNG (5000 × 5000, 320 IDAT chunks)', type: 'image/png', bytes: png },
    { name: '20 MiB JPEG of 0xFF00 stuffing', type: 'image/jpeg', bytes: jpeg },
  ]
}

function cpuMs(run: () => unknown): { cpu: number; verdict: unknown } {
  const start = process.cpuUsage()
  const verdict = run()
  const used = process.cpuUsage(start)
  return { cpu: (used.user + used.system) / 1000, verdict }
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'pintu-measure-'))
const checker = createContentChecker({
  workers: 1,
  maxQueued: 4,
  inlineImageMaxBytes: 0,
  timeoutMs: 60_000,
  idleMs: 60_000,
})
try {
  console.log(
    '| file | size | verdict | CPU on the calling thread (best of 3) | event-loop stall via the worker (max) |',
  )
  console.log('| --- | --- | --- | --- | --- |')
  // What the event loop shows with nothing to do: the noise floor of this machine right now.
  const idle = monitorEventLoopDelay({ resolution: 1 })
  idle.enable()
  await new Promise((resolve) => setTimeout(resolve, 500))
  idle.disable()
  console.log(`| (nothing: 500 ms idle) | | | | ${(idle.max / 1e6).toFixed(1)} ms |`)
  for (const sample of samples()) {
    const file = path.join(dir, 'sample')
    await writeFile(file, sample.bytes)
    const runs = [0, 1, 2].map(() => cpuMs(() => proveContent(sample.bytes, sample.type)))
    await checker.check(file, sample.bytes.length, sample.type) // warm the worker
    const delay = monitorEventLoopDelay({ resolution: 1 })
    delay.enable()
    await checker.check(file, sample.bytes.length, sample.type)
    delay.disable()
    const best = Math.min(...runs.map((r) => r.cpu))
    const size = `${(sample.bytes.length / MiB).toFixed(1)} MiB`
    console.log(
      `| ${sample.name} | ${size} | ${String(runs[0]!.verdict)} | ${best.toFixed(0)} ms | ${(delay.max / 1e6).toFixed(1)} ms |`,
    )
  }
} finally {
  await checker.close()
  await rm(dir, { recursive: true, force: true })
}
