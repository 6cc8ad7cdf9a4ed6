import { isProvisionalDate, lifecycle, officeDays, type ApplicationStatus, type Tracking } from '@pintu/contract'
import { timingSafeEqual } from 'node:crypto'
import { notFound } from '../../errors/app-error.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import { stageProgress, timelineEvents } from './stage-progress.ts'
import { trackingHash } from './transition-writer.ts'
import type { PublicEvent } from './applications.repository.ts'
import type { HistoryRow } from '../changes/changes.repository.ts'

const NOT_A_HASH = '0'.repeat(64)

/**
 * Public tracking. A wrong code and an unknown number give the same answer, after the same work,
 * so the endpoint cannot be used to find out which registration numbers exist.
 */
export async function track(deps: ApplicationsDeps, number: string, code: string): Promise<Tracking> {
  if (number.startsWith('SEM-')) return trackProvisional(deps, number, code)
  return trackingOf(deps, number, await tracked(deps, number, code))
}

/**
 * A provisional receipt (an intake taken at the counter without the network) tracks the application it was linked
 * to when sent, under its own code, and answers with the real registration number; before it is sent, or with a
 * wrong code, it answers like an unknown number.
 */
async function trackProvisional(deps: ApplicationsDeps, number: string, code: string): Promise<Tracking> {
  const id = await deps.provisional.applicationFor(deps.db, number, code)
  const app = id ? await deps.applications.find(deps.db, deps.office.id, id) : undefined
  const view = app?.registrationNo ? await deps.applications.trackingView(deps.db, app.registrationNo) : undefined
  if (!view || view.officeId !== deps.office.id || !view.submittedAt) throw notFound('tracking.not_found')
  return trackingOf(deps, app!.registrationNo!, { ...view, submittedAt: view.submittedAt })
}

/**
 * The same view for an integration client, without the tracking code but only for its service
 * types; any other answers like an unknown number, so a client cannot probe other services' files.
 */
export async function trackForClient(
  deps: ApplicationsDeps,
  registrationNo: string,
  serviceCodes: readonly string[],
): Promise<Tracking> {
  const app = await deps.applications.trackingView(deps.db, registrationNo)
  if (!app || app.officeId !== deps.office.id || !app.submittedAt || !serviceCodes.includes(app.serviceCode))
    throw notFound('tracking.not_found')
  return trackingOf(deps, registrationNo, { ...app, submittedAt: app.submittedAt })
}

async function trackingOf(
  deps: ApplicationsDeps,
  registrationNo: string,
  app: Awaited<ReturnType<typeof tracked>>,
): Promise<Tracking> {
  // Published definitions and the calendar come from this process's caches: no further query.
  const pinned = await deps.catalogue.pinnedDefinition(deps.db, app.serviceVersionId)
  const events = app.events.map(toHistoryRow)
  const definition = pinned!.definition
  const status = app.status as ApplicationStatus
  const stage = definition.stages.find((s) => s.key === app.currentStage)
  const holder = lifecycle[status].holder
  const publishedThrough = await deps.nonWorkingDays.publishedThrough(deps.db)
  return {
    registrationNo,
    serviceCode: app.serviceCode,
    serviceName: definition.name,
    status,
    channel: app.channel,
    holderRole: holder === 'office' && stage ? stage.role : holder === 'applicant' ? 'applicant' : null,
    submittedAt: new Date(app.submittedAt).toISOString(),
    expectedCompletionDate: app.expectedCompletionDate!,
    expectedCompletionProvisional: isProvisionalDate(app.expectedCompletionDate, publishedThrough),
    returnDueDate: app.returnDueDate,
    stages: stageProgress(
      definition,
      events,
      deps.clock.now(),
      officeDays(deps.office.timezone),
      await deps.nonWorkingDays.get(deps.db),
      publishedThrough,
    ),
    events: timelineEvents(events).filter((e) => e.action !== 'create'),
  }
}

/** The submitted application a registration number and its tracking code point to; 404 otherwise. */
export async function tracked(deps: ApplicationsDeps, registrationNo: string, code: string) {
  const app = await deps.applications.trackingView(deps.db, registrationNo)
  const expected = Buffer.from(app?.trackingCodeHash ?? NOT_A_HASH, 'hex')
  const given = Buffer.from(trackingHash(registrationNo, code), 'hex')
  if (!app || app.officeId !== deps.office.id || !timingSafeEqual(expected, given) || !app.submittedAt)
    throw notFound('tracking.not_found')
  return { ...app, submittedAt: app.submittedAt }
}

/** The shape the stage and timeline functions read; only public fields are filled. */
function toHistoryRow(e: PublicEvent): HistoryRow {
  return {
    id: 0,
    applicationId: '',
    at: new Date(e.at),
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorId: null,
    actorRole: e.actorRole,
    stage: null,
    details: {
      ...(e.returnCodes && { returnReasons: { codes: e.returnCodes } }),
      ...(e.paperReceiptNo && { paperReceipt: { number: e.paperReceiptNo, receivedOn: e.paperReceivedOn } }),
    },
  }
}
