// SPEC §9: a crash (SIGKILL) with submissions in flight loses and duplicates nothing acknowledged.
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
  type Draft,
} from './support/submissions.ts'

const COUNT = 200

describe('a crash with submissions in flight', () => {
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

  it('kill -9 mid-flight, restart, retry the unanswered with the same key: each acknowledged one exists exactly once', async () => {
    const first = await installation.start()
    const accounts = await installation.accounts()
    const drafts = await prepareDrafts(postgres.url, COUNT, 'crash')
    const token = await applicantToken(first.baseUrl, accounts.applicant)

    // All 200 at once; the process is killed once a few have been acknowledged, so some are
    // answered, some are mid-transaction and some not yet read.
    const acknowledged = new Map<string, string>()
    let killed = false
    const answers = await Promise.all(
      drafts.map(async (draft) => {
        const answer = await submit(first.baseUrl, token, draft)
        if (answer && answer.status === 200 && answer.body.receipt) {
          acknowledged.set(draft.id, answer.body.receipt.registrationNo)
          if (!killed && acknowledged.size >= 10) {
            killed = true
            first.child.kill('SIGKILL')
          }
        }
        return answer
      }),
    )
    expect((await first.exited).signal).toBe('SIGKILL')
    const unanswered = drafts.filter((_, i) => answers[i] === null)
    // The kill really was mid-flight: some were acknowledged and some got no answer.
    expect(acknowledged.size).toBeGreaterThanOrEqual(10)
    expect(unanswered.length).toBeGreaterThan(0)
    // Whatever answered before the kill answered honestly: a receipt, never a 5xx.
    for (const answer of answers) if (answer) expect(answer.status, JSON.stringify(answer.body)).toBe(200)

    const second = await installation.start()
    const retried: (Answer | null)[] = []
    for (let i = 0; i < unanswered.length; i += 20)
      retried.push(
        ...(await Promise.all(
          unanswered.slice(i, i + 20).map((d: Draft) => submitUntilAnswered(second.baseUrl, token, d)),
        )),
      )
    retried.forEach((answer, i) => {
      expect(answer?.status, JSON.stringify(answer?.body)).toBe(200)
      acknowledged.set(unanswered[i]!.id, answer!.body.receipt!.registrationNo)
    })

    expect(acknowledged.size).toBe(COUNT)
    expect(await expectExactlyOnce(postgres.url, drafts, acknowledged)).toBe(COUNT)
    second.child.kill('SIGTERM')
    expect((await second.exited).code).toBe(0)
  }, 180_000)
})
