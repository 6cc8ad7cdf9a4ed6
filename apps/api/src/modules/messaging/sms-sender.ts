/** One SMS. */
export interface SmsMessage {
  /** E.164, +628… */
  to: string
  text: string
}

/** Where Pintu's SMS go: an SMS gateway over HTTP (a provider's, or the local simulator). */
export interface SmsSender {
  readonly description: string
  send(message: SmsMessage): Promise<void>
}

/**
 * The adapter for an HTTP SMS gateway, in the shape most Indonesian and international gateways
 * take: `POST <url>` with `Authorization: Bearer <token>` and a JSON body `{ to, text }`, answered
 * 2xx with `{ id }`. A provider with another shape gets its own adapter behind `SmsSender`.
 */
export function createHttpSmsSender(options: { url: string; token: string; timeoutMs?: number }): SmsSender {
  return {
    description: `SMS gateway ${new URL(options.url).origin}`,
    async send(message) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      })
      await response.body?.cancel()
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`)
    },
  }
}

/** No gateway configured and no simulator: SMS cannot be sent (a reset by SMS then sends nothing). */
export const noSmsSender: SmsSender = {
  description: 'none (SMS not configured)',
  async send() {
    throw new Error('no SMS gateway is configured (PINTU_SMS_GATEWAY_URL)')
  },
}
