// Standard Webhooks signatures: the signed content is `id.timestamp.body`; `v1` is its HMAC-SHA256
// under the subscription's secret, `v1a` its Ed25519 signature under the office's key; the header
// carries both, space-separated, so a receiver verifies whichever it trusts.
import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto'

/** A new `v1` secret: 32 random bytes (the specification asks for 24 to 64). */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`

/** A new Ed25519 private key, serialised `whsk_` and base64 of its PKCS #8 DER. */
export function newSigningKey(): string {
  const { privateKey } = generateKeyPairSync('ed25519')
  return `whsk_${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`
}

export const signingKeyOf = (serialised: string): KeyObject =>
  createPrivateKey({ key: Buffer.from(serialised.slice('whsk_'.length), 'base64'), format: 'der', type: 'pkcs8' })

/** The public half as the specification serialises it: `whpk_` and base64 of the raw 32 bytes. */
export function publicKeyOf(key: KeyObject): string {
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' })
  // An Ed25519 SPKI is a fixed 12-byte header and the 32-byte key.
  return `whpk_${spki.subarray(spki.length - 32).toString('base64')}`
}

export interface SignedHeaders {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

export function signWebhook(input: {
  id: string
  timestamp: Date
  body: string
  secret: string
  signingKey: KeyObject
}): SignedHeaders {
  const seconds = Math.floor(input.timestamp.getTime() / 1000).toString()
  const content = Buffer.from(`${input.id}.${seconds}.${input.body}`, 'utf8')
  const hmac = createHmac('sha256', Buffer.from(input.secret.slice('whsec_'.length), 'base64'))
    .update(content)
    .digest('base64')
  const ed25519 = sign(null, content, input.signingKey).toString('base64')
  return { 'webhook-id': input.id, 'webhook-timestamp': seconds, 'webhook-signature': `v1,${hmac} v1a,${ed25519}` }
}
