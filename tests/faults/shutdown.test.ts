// SIGTERM stops accepting, lets the requests in flight finish, then exits (a rolling deployment
// must not cut an applicant's submission in half).
import http from 'node:http'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInstallation } from './support/api-process.ts'
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres.ts'
import { applicantToken, expectExactlyOnce, prepareDrafts, type Draft } from './support/submissions.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A slow request: the headers and half the body now, the rest when `finish` is called, as a client
 * on a slow line sends it. Resolves with the status and body once answered.
 */
function slowSubmit(baseUrl: string, token: string, draft: Draft) {
  const body = Buffer.from(JSON.stringify({ version: draft.version }))
  const url = new URL(`/api/v1/applications/${draft.id}/actions/submit`, baseUrl)
  const request = http.request(url, {
    method: 'POST',
    agent: false,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'content-length': body.length,
      'idempotency-key': draft.key,
    },
  })
  const answered = new Promise<{ status: number; body: { receipt?: { registrationNo: string } } }>(
    (resolve, reject) => {
      request.on('response', (response) => {
        let text = ''
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }))
      })
      request.on('error', reject)
    },
  )
  request.write(body.subarray(0, 5))
  request.flushHeaders()
  return {
    answered,
    finish: () => request.end(body.subarray(5)),
  }
}

const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

describe('graceful shutdown', () => {
  let postgres: OwnPostgres
  let installation: Awaited<ReturnType<typeof createInstallation>>
  beforeAll(async () => {
    postgres = await startOwnPostgres()
    installation = await createInstallation(postgres.url)
  }, 120_000)
  afterAll(async () => {
    await installation?.remove()
    await postgres?.remove()
  })

  it('SIGTERM during slow requests completes them, refuses new connections, then exits 0', async () => {
    const api = await installation.start()
    const accounts = await installation.accounts()
    const drafts = await prepareDrafts(postgres.url, 5, 'shutdown')
    const token = await applicantToken(api.baseUrl, accounts.applicant)
    const port = Number(new URL(api.baseUrl).port)

    const slow = drafts.map((draft) => slowSubmit(api.baseUrl, token, draft))
    await sleep(500) // the requests have arrived and wait for the rest of their bodies
    api.child.kill('SIGTERM')
    await sleep(1000)
    // Draining: the listening socket is closed, the process still runs for the requests in flight.
    expect(await connects(port)).toBe(false)
    expect(api.child.exitCode).toBeNull()

    slow.forEach((s) => s.finish())
    const answers = await Promise.all(slow.map((s) => s.answered))
    const acknowledged = new Map<string, string>()
    answers.forEach((answer, i) => {
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      acknowledged.set(drafts[i]!.id, answer.body.receipt!.registrationNo)
    })
    expect(await api.exited).toEqual({ code: 0, signal: null })
    expect(await expectExactlyOnce(postgres.url, drafts, acknowledged)).toBe(drafts.length)
  }, 120_000)
})
