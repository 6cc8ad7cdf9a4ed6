// SPEC §9: a database outage answers 503 fast and recovers without a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInstallation } from './support/api-process.ts'
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres.ts'
import {
  applicantToken,
  expectExactlyOnce,
  prepareDrafts,
  submit,
  submitUntilAnswered,
  type Answer,
} from './support/submissions.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function ready(baseUrl: string) {
  const started = performance.now()
  const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(10_000) })
  return { status: response.status, ms: performance.now() - started, body: await response.json() }
}

describe('a database outage under load', () => {
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

  it('answers 503 within 2 s while PostgreSQL is down, /ready fails, and serves again without a restart', async () => {
    const api = await installation.start()
    // A process that dies in the outage fails the test with what it printed, not a refused connection.
    void api.exited.then(({ code, signal }) => {
      if (outage !== 'done') console.error(`the API exited (${code ?? signal}) during the test:\n${api.output()}`)
    })
    const accounts = await installation.accounts()
    const drafts = await prepareDrafts(postgres.url, 120, 'outage')
    const token = await applicantToken(api.baseUrl, accounts.applicant)
    const acknowledged = new Map<string, string>()
    const note = (id: string, answer: Answer | null) => {
      if (answer?.status === 200 && answer.body.receipt) acknowledged.set(id, answer.body.receipt.registrationNo)
    }

    // Load: four clients submitting one draft after another, through the outage and after it.
    let next = 0
    const during: Answer[] = []
    let outage: 'before' | 'down' | 'after' | 'done' = 'before'
    const client = async () => {
      while (next < drafts.length) {
        const draft = drafts[next++]!
        const phase = outage
        const answer = await submit(api.baseUrl, token, draft)
        note(draft.id, answer)
        if (phase === 'down' && outage === 'down' && answer) during.push(answer)
        if (phase === 'down') await sleep(50)
      }
    }
    const load = Promise.all([client(), client(), client(), client()])

    while (next < 30) await sleep(20)
    postgres.stop()
    outage = 'down'
    await sleep(1500)
    const down = await ready(api.baseUrl)
    expect(down.status).toBe(503)
    expect(down.body.error.code).toBe('service.unavailable')
    expect(down.ms).toBeLessThan(2000)
    await sleep(1000)
    outage = 'after'
    postgres.start()
    await load

    // During the outage every request was refused fast and honestly: 503 service.unavailable with
    // Retry-After, never a hang and never a 500.
    expect(during.length).toBeGreaterThan(5)
    for (const answer of during) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(503)
      expect(answer.body.error?.code).toBe('service.unavailable')
      expect(answer.retryAfter).toBe('5')
      expect(answer.ms).toBeLessThan(2000)
    }

    // The same process serves again once the database is back: no restart.
    let back = await ready(api.baseUrl)
    for (let i = 0; i < 50 && back.status !== 200; i++) {
      await sleep(200)
      back = await ready(api.baseUrl)
    }
    expect(back.status).toBe(200)
    expect(api.child.exitCode).toBeNull()

    // The clients retry what was refused, with the same keys; nothing acknowledged was lost.
    for (const draft of drafts.filter((d) => !acknowledged.has(d.id)))
      note(draft.id, await submitUntilAnswered(api.baseUrl, token, draft))
    expect(acknowledged.size).toBe(drafts.length)
    expect(await expectExactlyOnce(postgres.url, drafts, acknowledged)).toBe(drafts.length)
    outage = 'done'
  }, 180_000)
})
