import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  /** The raw message as the server received it. */
  raw: string
  /** Its body, quoted-printable decoded (what a reader sees of a plain-text email). */
  text: string
}

/** Undoes quoted-printable: soft line breaks and =XX bytes (nodemailer uses it for long lines). */
function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`)
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, '%25'))
  } catch {
    return bytes
  }
}

/**
 * A real SMTP server on loopback that keeps what it receives: the mail sink of the tests (no
 * mock: Pintu's SMTP sender talks SMTP to it over TCP). STARTTLS and AUTH are off, as on a local relay.
 * `port` restarts a stopped sink where senders already point (the outage tests).
 */
export async function startSmtpSink(options: { port?: number } = {}) {
  const received: ReceivedMail[] = []
  const waiters: (() => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const [headers = '', ...rest] = raw.split(/\r?\n\r?\n/)
        const body = rest.join('\n\n')
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          text: /quoted-printable/i.test(headers) ? decodeQuotedPrintable(body) : body,
        })
        for (const wake of waiters.splice(0)) wake()
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    /** The next message to `to` not yet taken, waiting for it up to `timeoutMs`. */
    async next(to: string, timeoutMs = 10_000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const index = received.findIndex((mail) => mail.to.includes(to))
        if (index !== -1) return received.splice(index, 1)[0]!
        if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 100)
        })
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
