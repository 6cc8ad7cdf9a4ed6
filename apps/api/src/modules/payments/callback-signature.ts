import { createHmac, timingSafeEqual } from 'node:crypto'

/** Callbacks older or newer than this are refused, so a captured one cannot be replayed later. */
export const REPLAY_WINDOW_SECONDS = 300

export const signCallback = (secret: string, timestamp: string, rawBody: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')

export type SignatureCheck = 'ok' | 'payments.bad_signature' | 'payments.stale_timestamp'

/** Checks `X-Pintu-Signature` = hex HMAC-SHA256(secret, "<timestamp>.<raw body>") and the timestamp window. */
export function checkCallbackSignature(p: {
  secret: string
  timestamp: string | undefined
  signature: string | undefined
  rawBody: string
  now: Date
}): SignatureCheck {
  if (!p.timestamp || !/^[0-9]{9,12}$/.test(p.timestamp) || !p.signature || !/^[0-9a-f]{64}$/.test(p.signature))
    return 'payments.bad_signature'
  if (Math.abs(p.now.getTime() / 1000 - Number(p.timestamp)) > REPLAY_WINDOW_SECONDS) return 'payments.stale_timestamp'
  const expected = Buffer.from(signCallback(p.secret, p.timestamp, p.rawBody), 'hex')
  return timingSafeEqual(expected, Buffer.from(p.signature, 'hex')) ? 'ok' : 'payments.bad_signature'
}
