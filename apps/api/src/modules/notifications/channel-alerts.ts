// Alerts when applicant notifications keep failing: the office's admins are told by email, as of a
// failing webhook endpoint, when one message of a channel has failed `alertAfterAttempts` times
// (again each day it stays so), and told again when the channel sends once more. The alert names
// the channel, times, counts and the error's class: never an address, a number, a name or a text.
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { MailSender } from '../messaging/mail-sender.ts'
import type { Office } from '../offices/offices.repository.ts'
import { sendFailureAlert } from '../webhooks/alerts.ts'
import type { Channel, ChannelAlertsRepository } from './channel-alerts.repository.ts'
import type { FailedDelivery } from './notifier.ts'

const DAY_MS = 86_400_000

const channelName = { email: { id: 'Email', en: 'Email' }, sms: { id: 'SMS', en: 'SMS' } }

export function failingMessage(channel: Channel, facts: { since: Date; waiting: number; lastError: string }) {
  const name = channelName[channel]
  return {
    subject: `Pintu: notifikasi ${name.id} gagal / ${name.en} notifications failing`,
    text: [
      `Notifikasi ${name.id} kepada pemohon gagal terkirim berulang kali sejak ${facts.since.toISOString()}.`,
      'Pintu terus mencoba; tidak ada pesan yang dibuang.',
      '',
      `${name.en} notifications to applicants have failed repeatedly since ${facts.since.toISOString()}.`,
      'Pintu keeps retrying; no message is dropped.',
      '',
      `Menunggu / Waiting: ${facts.waiting}`,
      `Galat terakhir / Last error: ${facts.lastError}`,
      '',
    ].join('\n'),
  }
}

export function recoveredMessage(channel: Channel, facts: { since: Date; at: Date }) {
  const name = channelName[channel]
  return {
    subject: `Pintu: notifikasi ${name.id} pulih / ${name.en} notifications recovered`,
    text: [
      `Notifikasi ${name.id} terkirim lagi sejak ${facts.at.toISOString()} (gagal sejak ${facts.since.toISOString()}).`,
      '',
      `${name.en} notifications are being sent again since ${facts.at.toISOString()} (failing since ${facts.since.toISOString()}).`,
      '',
    ].join('\n'),
  }
}

export interface ChannelAlertDeps {
  db: Db
  clock: Clock
  office: Office
  mail: MailSender
  repository: ChannelAlertsRepository
  alertAfterAttempts: number
  log?: { warn(details: object, message: string): void }
}

/** The notifier's hooks: raise on a failure past the threshold, clear on a channel that sends again. */
export function channelAlerts(deps: ChannelAlertDeps) {
  const tell = async (channel: Channel, message: { subject: string; text: string }) => {
    const recipients = await deps.repository.adminEmails(deps.db, deps.office.id)
    return { sent: await sendFailureAlert(deps.mail, recipients, message), of: recipients.length }
  }
  return {
    async onFailure(delivery: FailedDelivery, error: string) {
      if (delivery.attempts < deps.alertAfterAttempts) return
      const now = deps.clock.now()
      const { channel } = delivery
      const since = await deps.repository.raise(
        deps.db,
        deps.office.id,
        channel,
        error,
        now,
        new Date(now.getTime() - DAY_MS),
      )
      if (!since) return
      // Logged whether or not the email goes: with the email channel down, the log is what is left.
      deps.log?.warn({ channel, since, error }, 'notification channel keeps failing; admins alerted')
      const waiting = await deps.repository.waiting(deps.db, deps.office.id, channel)
      const told = await tell(channel, failingMessage(channel, { since, waiting, lastError: error }))
      // Nobody told (the email channel itself is down): the next failure tries again.
      if (told.sent === 0) await deps.repository.untake(deps.db, deps.office.id, channel, now)
    },
    async onSent(channel: Channel) {
      const now = deps.clock.now()
      const was = await deps.repository.clear(deps.db, deps.office.id, channel, now)
      if (!was?.failingSince) return
      deps.log?.warn({ channel, since: was.failingSince }, 'notification channel sends again; alert cleared')
      await tell(channel, recoveredMessage(channel, { since: was.failingSince, at: now }))
    },
  }
}
