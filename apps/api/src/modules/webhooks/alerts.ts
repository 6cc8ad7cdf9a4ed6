import type { MailSender } from '../messaging/mail-sender.ts'
import type { FailureAlert } from './relay.ts'

const reasons = {
  failing: {
    id: 'gagal berulang kali; Pintu terus mencoba sesuai jadwal',
    en: 'has failed repeatedly; Pintu keeps retrying on its schedule',
  },
  dead: {
    id: 'gagal pada setiap percobaan selama sekitar 3 hari; pengiriman itu kini "dead" dan dapat diulang',
    en: 'failed every attempt for about 3 days; that delivery is now "dead" and can be replayed',
  },
  gone: {
    id: 'menjawab 410 Gone; langganan dinonaktifkan dan tidak ada lagi yang dikirim',
    en: 'answered 410 Gone; the subscription was disabled and nothing more is sent',
  },
}

/**
 * The message to the client's contact and the office's admins when an endpoint keeps failing
 * (Standard Webhooks: tell the consumer by another channel). Ids only: no applicant, no payload.
 */
export function failureAlert(alert: FailureAlert, clientName: string, publicUrl: string) {
  const endpoint = new URL(alert.subscription.url).host
  const reason = reasons[alert.reason]
  const facts = [
    `Klien / Client: ${clientName}`,
    `Langganan / Subscription: ${alert.subscription.id}`,
    `Pengiriman / Delivery: ${alert.delivery.id} (${alert.delivery.eventType}, ${alert.delivery.attempts})`,
    `Galat terakhir / Last error: ${alert.delivery.lastError ?? '-'}`,
    `${publicUrl.replace(/\/+$/, '')}/api/v1/webhooks/deliveries?subscriptionId=${alert.subscription.id}`,
  ].join('\n')
  return {
    subject: `Pintu: webhook ke ${endpoint} gagal / webhook to ${endpoint} failing`,
    text: `Webhook ke ${endpoint} ${reason.id}.\n\nThe webhook to ${endpoint} ${reason.en}.\n\n${facts}\n`,
  }
}

/** Sends the alert to each recipient; one address failing does not keep it from the others. */
export async function sendFailureAlert(
  mail: MailSender,
  recipients: string[],
  message: { subject: string; text: string },
): Promise<number> {
  const results = await Promise.allSettled(recipients.map((to) => mail.send({ to, ...message })))
  return results.filter((r) => r.status === 'fulfilled').length
}
