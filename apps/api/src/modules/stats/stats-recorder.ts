import { isFinal, officeDays, type ApplicationStatus, type ChangeAction } from '@pintu/contract'
import { createHash } from 'node:crypto'
import type { Executor } from '../../db/transaction.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { Change, ChangeSubscriber, FileState } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { BacklogKey, StatsRepository } from './stats.repository.ts'

/** Counter rows per key (see stats.table.ts), slots 0 to 7; the rollup job compacts them into slot -1. */
const SLOTS = 8
/**
 * A file's slot is fixed by its id, so the -1 of leaving a key lands on the row its +1 did (unless
 * the rollup job compacted it since: then it may go negative, and the key's sum stays right) and a
 * row that reaches 0 can go; different files still spread over the slots.
 */
const slotOf = (applicationId: string) => createHash('sha256').update(applicationId).digest()[0]! % SLOTS

/** Received and not finished: submitted once, not a draft, not in a final status. */
const inBacklog = (status: string) => status !== 'draft' && !isFinal(status as ApplicationStatus)

/** Actions that hand a stage over or flag it: they finish no stage visit. */
const handOvers = new Set(['assign', 'reassign', 'escalate'])

/** Per action, the daily metric it counts as. */
const dailyMetric: Partial<Record<string, string>> = {
  submit: 'registration',
  approve: 'approval',
  reject: 'rejection',
  deem_approve: 'deemed_approval',
  return: 'return',
  withdraw: 'withdrawal',
  expire: 'expiry',
  reassign: 'reassignment',
  escalate: 'escalation',
}

/**
 * Keeps the statistics in step with the change record: called by its writer for every change, in the
 * change's transaction. Reads only what the change carries and the stats tables.
 */
export function createStatsRecorder(deps: {
  repository: StatsRepository
  office: Office
  nonWorkingDays: NonWorkingDays
}): ChangeSubscriber {
  const { repository: repo, office } = deps
  // Every day the statistics count is the office's: a change at 23:30 WIB is the next day in Makassar.
  const days = officeDays(office.timezone)
  return async (tx: Executor, change: Change<ChangeAction>, at: Date) => {
    const h = change.history
    if (!h?.file) return
    const { before, after } = h.file
    const day = days.dateOf(at)
    const slot = slotOf(h.applicationId)
    const nonWorking = await deps.nonWorkingDays.get(tx)

    let file = await repo.file(tx, h.applicationId)
    if (!file && h.action === 'submit' && after.submittedAt) {
      file = {
        applicationId: h.applicationId,
        officeId: office.id,
        // An officer submitting is counter intake on the applicant's behalf.
        channel: change.actor.role === 'applicant' ? 'online' : 'counter',
        receivedOn: days.dateOf(after.submittedAt),
        inOfficerReport: true,
      }
      await repo.insertFile(tx, file)
    }

    if (file) {
      const keyOf = (state: FileState): BacklogKey | null =>
        inBacklog(state.status)
          ? {
              status: state.status,
              serviceCode: state.serviceCode,
              serviceKind: state.serviceKind,
              channel: file!.channel,
              receivedOn: file!.receivedOn,
              enteredOn: state.stageStartedAt && state.stageDueDate ? days.dateOf(state.stageStartedAt) : '',
              daysLeft:
                state.stageStartedAt && state.stageDueDate
                  ? days.workingDaysBetween(state.stageStartedAt, days.endOfDay(state.stageDueDate), nonWorking)
                  : -1,
            }
          : null
      // The key it was counted under is read from the file's state before the change; a later move of
      // the due date (a holiday declared) is absorbed because the stage's start and days left do not move.
      const from = h.action === 'submit' ? null : keyOf(before)
      const to = keyOf(after)
      if (JSON.stringify(from) !== JSON.stringify(to))
        await repo.moveBacklog(tx, office.id, day, slot, [
          ...(from ? [{ key: from, delta: -1 }] : []),
          ...(to ? [{ key: to, delta: 1 }] : []),
        ])
      // The officer report: the same key with who holds the file, kept in its own tables.
      const withAssignee = (key: BacklogKey | null, state: FileState) =>
        key ? { ...key, assigneeId: state.assigneeId ?? '' } : null
      const officerFrom = withAssignee(from, before)
      const officerTo = withAssignee(to, after)
      if (file.inOfficerReport && JSON.stringify(officerFrom) !== JSON.stringify(officerTo))
        await repo.moveOfficerBacklog(tx, office.id, day, slot, [
          ...(officerFrom ? [{ key: officerFrom, delta: -1 }] : []),
          ...(officerTo ? [{ key: officerTo, delta: 1 }] : []),
        ])
    }

    const daily: { day: string; serviceCode: string; metric: string; detail: string; count: number }[] = []
    const count = (metric: string, detail = '') =>
      daily.push({ day, serviceCode: after.serviceCode, metric, detail, count: 1 })
    const metric = dailyMetric[h.action]
    if (metric === 'reassignment' || metric === 'escalation') count(metric, before.currentStage ?? h.stage ?? '')
    else if (metric) count(metric)
    if (after.status === 'issued' && before.status !== 'issued') count('issuance')
    if (h.action === 'return') {
      const codes = (change.details as { returnReasons?: { codes?: string[] } }).returnReasons?.codes ?? []
      for (const code of new Set(codes)) count('return_reason', code)
    }
    await repo.addDaily(tx, office.id, slot, daily)

    const durations: {
      day: string
      serviceCode: string
      stage: string
      workingDays: number
      withinSla: boolean
      count: number
    }[] = []
    const leftStage =
      before.currentStage &&
      before.stageStartedAt &&
      !handOvers.has(h.action) &&
      (after.currentStage !== before.currentStage ||
        after.stageStartedAt?.getTime() !== before.stageStartedAt.getTime())
    if (leftStage)
      durations.push({
        day,
        serviceCode: after.serviceCode,
        stage: before.currentStage!,
        workingDays: days.workingDaysBetween(before.stageStartedAt!, at, nonWorking),
        withinSla: !before.stageDueDate || day <= before.stageDueDate,
        count: 1,
      })
    // A file's outcome (issued or rejected) against its promise, from registration: the applicant's time included.
    const outcome = (after.status === 'issued' || after.status === 'rejected') && after.status !== before.status
    if (outcome && before.submittedAt)
      durations.push({
        day,
        serviceCode: after.serviceCode,
        stage: 'total',
        workingDays: days.workingDaysBetween(before.submittedAt, at, nonWorking),
        withinSla: !before.expectedCompletionDate || day <= before.expectedCompletionDate,
        count: 1,
      })
    await repo.addDurations(tx, office.id, slot, durations)
  }
}
