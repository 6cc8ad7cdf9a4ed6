import { officeDays, type ServiceDefinition, type StageKey } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import type { HistoryRow } from '../changes/changes.repository.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { pickOfficer } from './assignment.ts'
import { stageProgress } from './stage-progress.ts'

export interface StagePlan {
  currentStage: StageKey
  stageStartedAt: Date
  stageDueDate: string
  assigneeId: string | null
}

/**
 * Who the system gives a stage to: an officer on duty with the stage's role (and sector), at random
 * weighted toward lower load, never one who acted on another stage of this file — so one person
 * can never verify and decide, or approve and sign, the same application, and the officer who
 * filed it at the counter never takes any of its stages.
 */
export async function chooseOfficer(
  deps: ApplicationsDeps,
  ex: Executor,
  app: ApplicationRow,
  definition: ServiceDefinition,
  stageKey: StageKey,
  events: readonly HistoryRow[],
  alsoExclude: readonly string[] = [],
) {
  const stage = definition.stages.find((s) => s.key === stageKey)!
  // Officers who acted on another stage of the file (officer roles only: not the applicant, not Pintu).
  const actedElsewhere = events
    .filter((e) => e.actorId && e.actorRole !== 'applicant' && e.actorRole !== 'system' && e.stage !== stageKey)
    .map((e) => e.actorId!)
  // The frontdesk officer who took a counter intake never verifies (or decides) it: they filed it.
  const intake = app.intakeOfficerId ? [app.intakeOfficerId] : []
  const excluded = [...new Set([...actedElsewhere, ...alsoExclude, ...intake])]
  // Inside a delegation window the acting official (Plt./Plh.) is eligible to sign as well.
  const acting =
    stage.role === 'signer'
      ? await deps.actingSigner(ex, officeDays(deps.office.timezone).dateOf(deps.clock.now()))
      : undefined
  const candidates = await deps.applications.eligibleOfficers(ex, {
    officeId: app.officeId,
    role: stage.role,
    sector: app.sector,
    excluded,
    alsoEligible: acting?.delegateId,
  })
  return pickOfficer(candidates, deps.random)
}

/**
 * Plans entering a stage: its officer and its due date, with only what is left of the budget if
 * the stage ran before. `exclude` names officers who may not take it now (the one acting right
 * now, whose history row is not written yet; the holder a reassignment takes it from).
 */
export async function planStage(
  deps: ApplicationsDeps,
  ex: Executor,
  app: ApplicationRow,
  definition: ServiceDefinition,
  stageKey: StageKey,
  now: Date,
  events: HistoryRow[],
  exclude: readonly string[] = [],
): Promise<StagePlan> {
  const stage = definition.stages.find((s) => s.key === stageKey)!
  const nonWorking = await deps.nonWorkingDays.get(ex)
  const days = officeDays(deps.office.timezone)
  const used =
    stageProgress(definition, events, now, days, nonWorking).find((p) => p.stage === stageKey)?.workingDaysUsed ?? 0
  return {
    currentStage: stageKey,
    stageStartedAt: now,
    stageDueDate: days.addWorkingDays(now, Math.max(0, stage.budgetDays - used), nonWorking),
    assigneeId: await chooseOfficer(deps, ex, app, definition, stageKey, events, exclude),
  }
}

/** Nobody holds the file in the office (returned, awaiting payment, final). */
export const leaveStages = { currentStage: null, stageStartedAt: null, stageDueDate: null, assigneeId: null } as const

/** Ends the open stage assignment and, when someone takes the stage, records who and why. */
export async function recordAssignment(
  deps: ApplicationsDeps,
  ex: Executor,
  p: {
    applicationId: string
    stage: string
    officerId: string | null
    at: Date
    requestedBy?: string | null
    reason?: string
  },
) {
  if (!p.officerId) return deps.applications.endAssignments(ex, p.applicationId, p.at)
  await deps.applications.handOverAssignment(ex, {
    applicationId: p.applicationId,
    stage: p.stage,
    officerId: p.officerId,
    assignedAt: p.at,
    requestedBy: p.requestedBy ?? null,
    reason: p.reason ?? null,
  })
}
