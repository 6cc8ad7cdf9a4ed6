import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { proveContent } from './content-check.ts'
import type { ContentType } from './file-content.ts'

/** One check at a time: read the staged file and prove its content, off the main thread. */
parentPort!.on('message', (job: { path: string; contentType: ContentType }) => {
  try {
    parentPort!.postMessage({ refusal: proveContent(readFileSync(job.path), job.contentType) })
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
