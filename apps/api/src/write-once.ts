import { randomBytes } from 'node:crypto'
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The content of `file`, creating it with `content` (mode 0600) when it does not exist. Processes
 * sharing one data directory and starting at once agree on one content, and none reads a file half
 * written: each writes its own draft whole and links it into place, which fails if another process
 * linked first; the file is then read back, whoever won.
 */
export async function readOrCreateOnce(file: string, content: () => string | Promise<string>): Promise<string> {
  const existing = await readFile(file, 'utf8').catch(() => undefined)
  if (existing !== undefined) return existing
  await mkdir(path.dirname(file), { recursive: true })
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(draft, await content(), { mode: 0o600, flag: 'wx' })
  try {
    await link(draft, file).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err
    })
  } finally {
    await unlink(draft)
  }
  return readFile(file, 'utf8')
}
