import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { readOrCreateOnce } from '../write-once.ts'

/**
 * A secret from configuration, or one generated on first start and kept (mode 0600) in the data
 * directory so sessions survive restarts of the embedded default. API processes sharing one data
 * directory and starting at once agree on one secret (see readOrCreateOnce).
 */
export async function persistentSecret(dataDir: string, fileName: string, configured?: string): Promise<string> {
  if (configured) return configured
  const secret = await readOrCreateOnce(
    path.join(dataDir, fileName),
    () => `${randomBytes(48).toString('base64url')}\n`,
  )
  return secret.trim()
}
