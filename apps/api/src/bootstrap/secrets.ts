import { randomBytes } from 'node:crypto'
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * A secret from configuration, or one generated on first start and kept (mode 0600) in the data
 * directory so sessions survive restarts of the embedded default. API processes sharing one data
 * directory and starting at once agree on one secret: it is written whole to a file of its own and
 * linked into place, which fails if another process linked its secret first; that one is then read.
 */
export async function persistentSecret(dataDir: string, fileName: string, configured?: string): Promise<string> {
  if (configured) return configured
  const file = path.join(dataDir, fileName)
  const existing = await readFile(file, 'utf8').catch(() => undefined)
  if (existing !== undefined) return existing.trim()
  await mkdir(dataDir, { recursive: true })
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(draft, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' })
  try {
    await link(draft, file).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err
    })
  } finally {
    await unlink(draft)
  }
  return (await readFile(file, 'utf8')).trim()
}
