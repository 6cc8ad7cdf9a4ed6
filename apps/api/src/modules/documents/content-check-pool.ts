import { readFile } from 'node:fs/promises'
import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { proveContent, type ContentRefusal } from './content-check.ts'
import type { ContentType } from './file-content.ts'

/** Every worker is busy and the queue is full: the caller should try again shortly. */
export class ContentCheckBusy extends Error {}
/** A check ran past its time (it should not: every check is bounded); the file is refused. */
export class ContentCheckTimeout extends Error {}

export interface ContentChecker {
  /** Proves the staged file at `path` is what its first bytes claim; resolves to a refusal code or null. */
  check(path: string, sizeBytes: number, contentType: ContentType): Promise<ContentRefusal | null>
  close(): Promise<void>
}

export interface ContentCheckOptions {
  /** Worker threads at most; each runs one check at a time. */
  workers: number
  /** Checks allowed to wait for a worker; more are refused with ContentCheckBusy. */
  maxQueued: number
  /**
   * Images up to this size are checked on the calling thread: their checks are linear and cost a
   * few milliseconds, less than a worker round trip. PDFs always go to a worker: even a small one
   * may hold object streams that inflate to the full decompression budget.
   */
  inlineImageMaxBytes: number
  timeoutMs: number
  /** An idle worker is ended after this long, so a quiet server holds no extra memory. */
  idleMs: number
}

interface Job {
  path: string
  contentType: ContentType
  resolve(refusal: ContentRefusal | null): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker
  job: Job | null
  timer: NodeJS.Timeout | null
}

const WORKER_URL = new URL('./content-check.worker.mjs', import.meta.url)

/**
 * Checking a 20 MiB PDF costs up to a few hundred milliseconds of CPU; on the main thread that
 * would stall every other request. Large files are checked by a small pool of worker threads,
 * with a bounded queue so a burst of uploads cannot pile up unbounded work.
 */
export function createContentChecker(options: ContentCheckOptions): ContentChecker {
  const slots = new Set<Slot>()
  const queue: Job[] = []
  let closed = false

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), job: null, timer: null }
    // An idle worker must not keep the process alive; one running a check must (run() refs it).
    slot.worker.unref()
    slot.worker.on('message', (reply: { refusal?: ContentRefusal | null; error?: string }) => {
      const job = slot.job
      if (!slots.has(slot) || !job) return
      if (reply.error !== undefined) job.reject(new Error(`content check failed: ${reply.error}`))
      else job.resolve(reply.refusal ?? null)
      release(slot)
    })
    const fail = (error: Error) => {
      const job = retire(slot)
      job?.reject(error)
      startWaiting()
    }
    slot.worker.on('error', fail)
    slot.worker.on('exit', (code) => fail(new Error(`content check worker exited with ${code}`)))
    slots.add(slot)
    return slot
  }

  /** Takes a slot out of the pool for good; returns the job it was running, if any. */
  function retire(slot: Slot): Job | null {
    const job = slot.job
    slot.job = null
    if (slot.timer) clearTimeout(slot.timer)
    if (slots.delete(slot)) void slot.worker.terminate()
    return job
  }

  function run(slot: Slot, job: Job) {
    if (slot.timer) clearTimeout(slot.timer)
    slot.job = job
    slot.worker.ref()
    slot.timer = setTimeout(() => {
      retire(slot)?.reject(new ContentCheckTimeout())
      startWaiting()
    }, options.timeoutMs)
    slot.worker.postMessage({ path: job.path, contentType: job.contentType })
  }

  /** A slot whose check is done takes the next waiting job, or idles until it is ended. */
  function release(slot: Slot) {
    slot.job = null
    if (slot.timer) clearTimeout(slot.timer)
    const waiting = queue.shift()
    if (waiting) return run(slot, waiting)
    slot.worker.unref()
    slot.timer = setTimeout(() => retire(slot), options.idleMs)
    slot.timer.unref()
  }

  /** After a worker was lost, a waiting job gets a fresh one. */
  function startWaiting() {
    if (closed || queue.length === 0) return
    const slot = freeSlot() ?? (slots.size < options.workers ? spawn() : null)
    if (slot) run(slot, queue.shift()!)
  }

  const freeSlot = () => [...slots].find((slot) => slot.job === null)

  return {
    async check(path, sizeBytes, contentType) {
      if (contentType !== 'application/pdf' && sizeBytes <= options.inlineImageMaxBytes) {
        return proveContent(await readFile(path), contentType)
      }
      return new Promise((resolve, reject) => {
        const job = { path, contentType, resolve, reject }
        if (closed) return reject(new ContentCheckBusy())
        const slot = freeSlot() ?? (slots.size < options.workers ? spawn() : null)
        if (slot) return run(slot, job)
        if (queue.length >= options.maxQueued) return reject(new ContentCheckBusy())
        queue.push(job)
      })
    },
    async close() {
      closed = true
      for (const job of queue.splice(0)) job.reject(new ContentCheckBusy())
      const workers = [...slots].map((slot) => slot.worker)
      for (const slot of [...slots]) retire(slot)?.reject(new ContentCheckBusy())
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}

/** The process-wide checker: one worker per spare core (at least one, at most four). */
export const contentChecker = createContentChecker({
  workers: Math.max(1, Math.min(4, os.availableParallelism() - 1)),
  maxQueued: 32,
  inlineImageMaxBytes: 2 * 1024 * 1024,
  timeoutMs: 15_000,
  idleMs: 5 * 60_000,
})
