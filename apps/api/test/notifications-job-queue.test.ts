// Applicant notifications on pg-boss: each delivery row has its job, written in the same
// transaction, and the job is settled with the row.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../src/clock.ts'
import { startJobQueue, type JobQueue } from '../src/db/job-queue.ts'
import { createSmtpMailSender } from '../src/modules/messaging/mail-sender.ts'
import { enqueueNotifications, NOTIFICATION_QUEUE } from '../src/modules/notifications/notification-jobs.ts'
import { notificationQueues, notifierOptionsOf } from '../src/modules/notifications/notifications.module.ts'
import { createNotificationsRepository } from '../src/modules/notifications/notifications.repository.ts'
import { applicationHelpers } from './support/applications.ts'
import { startSmtpSink } from './support/smtp-sink.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

describe('applicant notifications on pg-boss', () => {
  let t: TestApp
  let sink: Awaited<ReturnType<typeof startSmtpSink>>
  let jobs: JobQueue

  beforeAll(async () => {
    sink = await startSmtpSink()
    t = await createTestApp({
      clock: systemClock,
      mail: createSmtpMailSender({ url: sink.url, from: 'Pintu <pintu@test.pintu.id>' }),
    })
    jobs = await startJobQueue(t.database, {
      queues: notificationQueues(notifierOptionsOf()),
      supervise: false,
      onError: (error) => {
        throw error
      },
    })
  })
  afterAll(async () => {
    await jobs?.stop({ graceful: false })
    await t?.close()
    await sink?.close()
  })

  const jobsOf = (deliveryIds: number[]) =>
    queryRows<{ state: string }>(
      t.db,
      sql`select state::text from pgboss.job where name = ${NOTIFICATION_QUEUE}
          and (data->>'deliveryId')::int in ${deliveryIds}`,
    )

  it('completes a sent message’s job; a planning rolled back leaves neither row nor job', async () => {
    const h = applicationHelpers(t)
    const applicant = await t.account(['applicant'])
    const draft = await h.readyDraft(applicant, 'SKP')
    expect((await h.act(applicant, draft.id, 'submit', { version: draft.version })).statusCode).toBe(200)
    expect(await t.app.notifyApplicants()).toEqual({ sent: 1, failed: 0 })
    expect((await sink.next(applicant.user.email)).raw).toContain('Subject:')
    const [sent] = await queryRows<{ id: number; outbox_id: number }>(
      t.db,
      sql`select id, outbox_id from notification_deliveries where application_id = ${draft.id}`,
    )
    expect(await jobsOf([sent!.id])).toEqual([{ state: 'completed' }])

    const repository = createNotificationsRepository()
    let planned: number[] = []
    const failure = await t.db
      .transaction(async (tx) => {
        planned = await repository.plan(tx, [
          {
            officeId: t.office.id,
            outboxId: sent!.outbox_id + 1_000_000,
            channel: 'email',
            kind: 'received',
            applicationId: draft.id,
            recipientId: applicant.user.id,
            subjectRef: null,
            nextAttemptAt: new Date(),
          },
        ])
        await enqueueNotifications(jobs, tx, planned)
        throw new Error('the change failed after planning')
      })
      .catch((error: Error) => error.message)
    expect(failure).toBe('the change failed after planning')
    expect(planned).toHaveLength(1)
    expect(await jobsOf(planned)).toEqual([])
    expect(await queryRows(t.db, sql`select id from notification_deliveries where id = ${planned[0]!}`)).toEqual([])
  })
})
