// The change-record walk's paper back-entry step (apps/api/test/change-record.test.ts).
import { expect } from 'vitest'
import { counterReadyDraft } from './applications.ts'
import type { ChangeWalk } from './change-walks.ts'

/** A paper receipt from a closure entered, rejected, entered again and approved: each decision recorded once. */
export async function walkBackEntry(w: ChangeWalk): Promise<void> {
  const { t, team, applicant, call, expectChanges, newRecords } = w
  const desk = team.crew.frontdesk1!
  const supervisor = team.crew.supervisor!
  await expectChanges(['closure.declared'], () =>
    call(supervisor, 'POST', '/api/v1/closures', {
      reason: 'Server diperbaiki; layanan dengan kertas.',
      legalBasis: 'Keputusan uji gangguan',
      startsOn: '2026-11-09',
      endsOn: '2026-11-10',
    }),
  )
  const entry = async () => {
    const draft = await counterReadyDraft(t, desk, applicant.user.id)
    await newRecords() // the draft's own steps, walked with the counter intake
    return expectChanges(['backentry.entered'], () =>
      call(desk, 'POST', '/api/v1/counter/back-entries', {
        applicationId: draft.id,
        version: draft.version,
        paperReceiptNumber: 'TT/WALK/1',
        receivedOn: '2026-11-09',
      }),
    )
  }
  const first = await entry()
  await expectChanges(['backentry.rejected'], () =>
    call(supervisor, 'POST', `/api/v1/back-entries/${first.id}/reject`, { reason: 'Tanggal pada kertas keliru.' }),
  )
  const second = await entry()
  const approved = await expectChanges(['application.submit', 'backentry.approved'], () =>
    call(supervisor, 'POST', `/api/v1/back-entries/${second.id}/approve`),
  )
  expect(approved.status).toBe('approved')
}
