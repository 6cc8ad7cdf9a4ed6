import { describe, expect, it } from 'vitest'
import { checkCallbackSignature, signCallback } from './callback-signature.ts'

const secret = 'a-shared-secret-of-the-bank-host-0123456789'
const now = new Date('2026-03-17T03:00:00Z')
const ts = String(now.getTime() / 1000)
const body = '{"virtualAccount":"9327300000000001","amount":150000}'

describe('bank callback signature', () => {
  it('accepts the HMAC of timestamp and raw body', () => {
    expect(
      checkCallbackSignature({ secret, timestamp: ts, signature: signCallback(secret, ts, body), rawBody: body, now }),
    ).toBe('ok')
  })

  it.each([
    ['another secret', { signature: signCallback('other-secret-other-secret-other', ts, body) }],
    ['a changed body', { rawBody: body.replace('150000', '1500000') }],
    ['a changed timestamp', { timestamp: String(Number(ts) + 1) }],
    ['no signature', { signature: undefined }],
    ['a malformed signature', { signature: 'zz' }],
  ])('refuses %s', (_name, change) => {
    expect(
      checkCallbackSignature({
        secret,
        timestamp: ts,
        signature: signCallback(secret, ts, body),
        rawBody: body,
        now,
        ...change,
      }),
    ).toBe('payments.bad_signature')
  })

  it('refuses a correctly signed callback outside the 5-minute window', () => {
    const old = String(Number(ts) - 301)
    expect(
      checkCallbackSignature({
        secret,
        timestamp: old,
        signature: signCallback(secret, old, body),
        rawBody: body,
        now,
      }),
    ).toBe('payments.stale_timestamp')
  })
})
