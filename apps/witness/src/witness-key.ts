// The witness's own Ed25519 cosigning key (C2SP tlog-cosignature, type 0x04): generated into
// <state dir>/witness.key on first start and read back afterwards. Its vkey, for the operators of
// the logs and their clients, is kept in witness.vkey beside it.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deriveVerifierKey, generateKeyPair, parseSignerKey, SignatureType } from '@pintu/tlog/node'
import { ConfigError } from './config.ts'
import { createFileDurably, replaceFileDurably } from './durable-file.ts'

export interface WitnessKey {
  readonly signerKey: string
  readonly verifierKey: string
}

/** Call with the state lock held, so no other process generates a key at the same time. */
export async function loadOrCreateWitnessKey(stateDir: string, name: string | undefined): Promise<WitnessKey> {
  const keyPath = join(stateDir, 'witness.key')
  const vkeyPath = join(stateDir, 'witness.vkey')
  let signerKey: string
  try {
    signerKey = (await readFile(keyPath, 'utf8')).trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    if (!name) throw new ConfigError('no witness key yet: give --name to generate one')
    const generated = await generateKeyPair(name, SignatureType.cosignatureV1)
    if (!(await createFileDurably(keyPath, `${generated.signerKey}\n`))) {
      throw new ConfigError(`${keyPath} appeared meanwhile`)
    }
    signerKey = generated.signerKey
  }
  const parsed = parseSignerKey(signerKey)
  if (parsed.type !== SignatureType.cosignatureV1) throw new ConfigError(`${keyPath} is not a cosignature key`)
  if (name && parsed.name !== name) {
    throw new ConfigError(`${keyPath} belongs to ${parsed.name}, not ${name}: a witness keeps its name`)
  }
  const verifierKey = await deriveVerifierKey(signerKey)
  await replaceFileDurably(vkeyPath, `${verifierKey}\n`, 0o644)
  return { signerKey, verifierKey }
}
