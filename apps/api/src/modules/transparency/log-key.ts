import { deriveVerifierKey, generateKeyPair, loadSigner, SignatureType, type NoteSigner } from '@pintu/tlog/node'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { readOrCreateOnce } from '../../write-once.ts'

export interface LogKey {
  signer: NoteSigner
  /** The verifier key to publish (signed-note vkey format). */
  vkey: string
  /** The cell's secret for actor pseudonyms (all its offices), derived from the log key: one secret to keep. */
  pseudonymKey: Uint8Array
}

export async function logKeyFrom(signerKey: string): Promise<LogKey> {
  return {
    signer: await loadSigner(signerKey),
    vkey: await deriveVerifierKey(signerKey),
    pseudonymKey: createHash('sha256').update(`pintu actor pseudonyms\n${signerKey}`).digest(),
  }
}

/**
 * The log's Ed25519 signed-note key, named by its origin: from configuration, or generated on
 * first start of the embedded default and kept (mode 0600) in the data directory, like the permit
 * key. A key for another origin is refused: checkpoints would not verify under the published name.
 */
export async function loadLogKey(
  dataDir: string,
  origin: string,
  configured?: string,
  options: { create: boolean } = { create: true },
): Promise<LogKey> {
  const file = path.join(dataDir, 'transparency-log.key')
  let signerKey = configured
  if (!signerKey && !options.create) {
    signerKey = await readFile(file, 'utf8').catch(() => undefined)
    if (!signerKey) throw new Error(`no transparency log key in ${dataDir} and none configured`)
  }
  // Processes starting at once on one data directory agree on one key (see readOrCreateOnce).
  if (!signerKey)
    signerKey = await readOrCreateOnce(
      file,
      async () => (await generateKeyPair(origin, SignatureType.ed25519)).signerKey,
    )
  const key = await logKeyFrom(signerKey.trim())
  if (key.signer.name !== origin) {
    throw new Error(`the transparency log key is named ${key.signer.name}, but the log origin is ${origin}`)
  }
  return key
}
