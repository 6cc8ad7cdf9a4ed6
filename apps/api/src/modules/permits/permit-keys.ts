import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import path from 'node:path'
import { readOrCreateOnce } from '../../write-once.ts'

export interface PermitKeys {
  keyId: string
  publicKeyPem: string
  sign(message: string): string
  verify(message: string, signature: string): boolean
}

export function permitKeysFrom(privateKey: KeyObject): PermitKeys {
  const publicKey = createPublicKey(privateKey)
  const der = publicKey.export({ type: 'spki', format: 'der' })
  return {
    keyId: createHash('sha256').update(der).digest('hex').slice(0, 16),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (message) => sign(null, Buffer.from(message), privateKey).toString('base64'),
    verify: (message, signature) => {
      try {
        return verify(null, Buffer.from(message), publicKey, Buffer.from(signature, 'base64'))
      } catch {
        return false
      }
    },
  }
}

/**
 * The office's Ed25519 signing key: from configuration (PKCS#8 PEM), or generated on first start
 * of the embedded default and kept (mode 0600) in the data directory.
 */
export async function loadPermitKeys(dataDir: string, configuredPem?: string): Promise<PermitKeys> {
  if (configuredPem) return permitKeysFrom(createPrivateKey(configuredPem))
  const pem = await readOrCreateOnce(path.join(dataDir, 'permit-signing-key.pem'), () =>
    String(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' })),
  )
  return permitKeysFrom(createPrivateKey(pem))
}
