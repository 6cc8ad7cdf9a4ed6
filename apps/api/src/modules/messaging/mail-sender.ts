import { randomUUID } from 'node:crypto'
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'

/** One plain-text email. */
export interface MailMessage {
  to: string
  subject: string
  text: string
}

/** Where Pintu's emails go: real SMTP in production, a file outbox on the embedded demo. */
export interface MailSender {
  /** What it is, for the start-up line (never a password). */
  readonly description: string
  send(message: MailMessage): Promise<void>
  close?(): void
}

/**
 * Real SMTP through nodemailer. `url` is `smtp://user:pass@host:587` (STARTTLS when the server
 * offers it; `?requireTLS=true` refuses to go on without it) or `smtps://…:465` (TLS from the
 * start); the password never appears in `description`.
 */
export function createSmtpMailSender(options: { url: string; from: string }): MailSender {
  const transport = nodemailer.createTransport(options.url, { from: options.from })
  const shown = new URL(options.url)
  return {
    description: `SMTP ${shown.protocol}//${shown.host}`,
    async send(message) {
      await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text })
    },
    close: () => transport.close(),
  }
}

/**
 * No SMTP server configured (the embedded demo): each email becomes an `.eml` file in `dir`, and a
 * line in `dir/index.txt` says which, so someone trying Pintu out can open the reset link.
 */
export function createFileOutboxMailSender(options: { dir: string; from: string }): MailSender {
  return {
    description: `file outbox ${options.dir}`,
    async send(message) {
      await mkdir(options.dir, { recursive: true, mode: 0o700 })
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`
      const eml = [
        `From: ${options.from}`,
        `To: ${message.to}`,
        `Subject: ${message.subject}`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        message.text,
        '',
      ].join('\r\n')
      await writeFile(path.join(options.dir, name), eml, { mode: 0o600 })
      await appendFile(path.join(options.dir, 'index.txt'), `${name}\n`, { mode: 0o600 })
    },
  }
}
