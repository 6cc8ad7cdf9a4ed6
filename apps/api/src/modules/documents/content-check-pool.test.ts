import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { samplePng } from '../../../test/support/applications.ts'
import { buildPdf, pageObjects } from '../../../test/support/pdf-builder.ts'
import { ContentCheckBusy, ContentCheckTimeout, createContentChecker } from './content-check-pool.ts'

describe('content checks off the main thread', () => {
  let dir: string
  let clean: string
  let scripted: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pintu-check-'))
    // Padded with a content stream of spaces, so the check has something to read.
    const padding = { dict: '', data: Buffer.alloc(512 * 1024, 0x20) }
    clean = path.join(dir, 'clean.pdf')
    await writeFile(clean, buildPdf([...pageObjects('besar'), padding]))
    scripted = path.join(dir, 'scripted.pdf')
    const objects = pageObjects('skrip')
    objects[0] = '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (x) >> >>'
    await writeFile(scripted, buildPdf([...objects, padding]))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  const options = { workers: 1, maxQueued: 4, inlineImageMaxBytes: 1024, timeoutMs: 30_000, idleMs: 60_000 }

  it("gives a worker's verdict on large files, one check after another", async () => {
    const checker = createContentChecker(options)
    try {
      const verdicts = await Promise.all(
        [clean, scripted, clean].map((file) => checker.check(file, 600 * 1024, 'application/pdf')),
      )
      expect(verdicts).toEqual([null, 'documents.pdf_active_content', null])
    } finally {
      await checker.close()
    }
  })

  it('refuses a check when every worker is busy and the queue is full', async () => {
    const checker = createContentChecker({ ...options, maxQueued: 1 })
    try {
      const results = await Promise.allSettled([1, 2, 3].map(() => checker.check(clean, 600 * 1024, 'application/pdf')))
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected'])
      expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(ContentCheckBusy)
    } finally {
      await checker.close()
    }
  })

  it('ends a check that runs past its time', async () => {
    const checker = createContentChecker({ ...options, timeoutMs: 1 })
    try {
      await expect(checker.check(clean, 600 * 1024, 'application/pdf')).rejects.toBeInstanceOf(ContentCheckTimeout)
    } finally {
      await checker.close()
    }
  })

  it('checks small images on the calling thread, and large ones in a worker', async () => {
    const png = path.join(dir, 'foto.png')
    await writeFile(png, samplePng)
    // No worker at all: only the calling thread can answer.
    const checker = createContentChecker({ ...options, workers: 0 })
    expect(await checker.check(png, samplePng.length, 'image/png')).toBeNull()
    await checker.close()
    const pooled = createContentChecker(options)
    const cut = path.join(dir, 'cut.png')
    await writeFile(cut, Buffer.concat([samplePng.subarray(0, 30), Buffer.alloc(2048)]))
    expect(await pooled.check(cut, 2078, 'image/png')).toBe('documents.image_corrupt')
    await pooled.close()
  })
})
