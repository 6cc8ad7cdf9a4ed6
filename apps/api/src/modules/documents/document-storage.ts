import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'

export interface StoredFile {
  sizeBytes: number
  sha256: string
  /** The first bytes, for deciding the type from the content. */
  head: Buffer
}

/** A file received in full but not yet kept: `path` is a local copy, readable until `accept` settles. */
export interface StagedFile extends StoredFile {
  path: string
}

/**
 * Where document bytes live. The disk implementation below can be replaced by an S3-compatible
 * one with the same three operations; nothing else touches the bytes.
 */
export interface DocumentStorage {
  /**
   * Streams a file in; rejects (leaving nothing behind) if it exceeds maxBytes or `accept` refuses
   * it. `accept` sees the whole staged file, so it can prove the content before anything is kept.
   */
  put(
    key: string,
    source: Readable,
    options: { maxBytes: number; accept(file: StagedFile): void | Promise<void> },
  ): Promise<StoredFile>
  open(key: string): Promise<Readable>
  remove(key: string): Promise<void>
}

export class FileTooLargeError extends Error {
  constructor() {
    super('file exceeds the size limit')
  }
}

const HEAD_BYTES = 16

/**
 * Files under `<root>/<key>`, written to `<root>/.incoming/` first and moved into place only when complete and
 * accepted.
 */
export function createDiskStorage(root: string): DocumentStorage {
  const incoming = path.join(root, '.incoming')
  const resolve = (key: string) => {
    const file = path.resolve(root, key)
    if (!file.startsWith(path.resolve(root) + path.sep)) throw new Error('storage key escapes the root')
    return file
  }
  return {
    async put(key, source, options) {
      await mkdir(incoming, { recursive: true })
      const temp = path.join(incoming, randomUUID())
      const hash = createHash('sha256')
      let size = 0
      let head = Buffer.alloc(0)
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length
          if (size > options.maxBytes) return done(new FileTooLargeError())
          if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)])
          hash.update(chunk)
          done(null, chunk)
        },
      })
      try {
        await pipeline(source, meter, createWriteStream(temp, { mode: 0o600 }))
        // A multipart stream that hit its own size limit ends early without an error.
        if ((source as Readable & { truncated?: boolean }).truncated) throw new FileTooLargeError()
        const file = { sizeBytes: size, sha256: hash.digest('hex'), head }
        await options.accept({ ...file, path: temp })
        const target = resolve(key)
        await mkdir(path.dirname(target), { recursive: true })
        await rename(temp, target)
        return file
      } catch (error) {
        await rm(temp, { force: true })
        throw error
      }
    },
    async open(key) {
      const file = resolve(key)
      await stat(file)
      return createReadStream(file)
    },
    async remove(key) {
      await rm(resolve(key), { force: true })
    },
  }
}
