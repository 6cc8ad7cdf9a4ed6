import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * A secret from configuration, or one generated on first start and kept (mode 0600) in the data
 * directory so sessions survive restarts of the embedded default.
 */
export async function persistentSecret(dataDir: string, fileName: string, configured?: string): Promise<string> {
  if (configured) return configured
  const file = path.join(dataDir, fileName)
  try {
    return (await readFile(file, 'utf8')).trim()
  } catch {
    await mkdir(dataDir, { recursive: true })
    const secret = randomBytes(48).toString('base64url')
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
    return secret
  }
}
