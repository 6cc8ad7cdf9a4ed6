import {
  callerActions,
  computeFee,
  decideTransition,
  isProvisionalDate,
  officeDays,
  oversightRoles,
  type ApplicationAction,
  type ActionApplication,
  type ApplicationDetail,
  type ApplicationStatus,
  type ApplicationSummary,
  type ServiceDefinition,
  type StageKey,
  type TransitionCaller,
} from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import { forbidden, notFound } from '../../errors/app-error.ts'
import type { Actor } from '../../plugins/auth.ts'
import type { HistoryRow } from '../changes/changes.repository.ts'
import { fileNameFor } from '../documents/file-content.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import type { DocumentRow } from './application-documents.repository.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { stageProgress, timelineEvents } from './stage-progress.ts'
import { trackingCodeFor } from './transition-writer.ts'

/** Those who oversee the work read every file of the office; others only files they hold or held. */
const seesEverything = (actor: Actor) => oversightRoles.some((role) => actor.roles.includes(role))

/**
 * Loads an application the caller may see. Applicants see only their own, and anyone else's looks
 * like it does not exist (404). Officers see files they hold or held; supervisors and auditors
 * see every submitted file; nobody in the office sees a draft.
 */
export async function loadVisible(
  deps: ApplicationsDeps,
  ex: Executor,
  id: string,
  actor: Actor,
): Promise<ApplicationRow> {
  const app = await deps.applications.find(ex, deps.office.id, id)
  // A deleted draft is gone for everyone; only its history remains.
  if (!app || app.status === 'deleted') throw notFound('applications.not_found')
  if (actor.kind === 'applicant') {
    if (app.applicantId !== actor.id) throw notFound('applications.not_found')
    return app
  }
  if (app.status === 'draft') throw notFound('applications.not_found')
  if (
    seesEverything(actor) ||
    app.assigneeId === actor.id ||
    (await deps.applications.everAssigned(ex, app.id, actor.id))
  )
    return app
  throw forbidden('applications.not_assigned')
}

/** The caller's roles today: an acting official (Plt./Plh.) holds the signer role inside the delegation window. */
export async function effectiveRoles(deps: ApplicationsDeps, ex: Executor, actor: Actor): Promise<readonly string[]> {
  if (actor.kind !== 'officer' || actor.roles.includes('signer')) return actor.roles
  const delegation = await deps.actingSigner(ex, officeDays(deps.office.timezone).dateOf(deps.clock.now()))
  return delegation?.delegateId === actor.id ? [...actor.roles, 'signer'] : actor.roles
}

/**
 * The actions this caller may take now through the action endpoint: those the transition function
 * allows them on this version, asked with every input an action may require.
 */
export function actionsFor(
  app: ApplicationRow,
  stages: readonly StageKey[],
  caller: TransitionCaller,
): ApplicationAction[] {
  const body = { version: app.version, returnReasons: true, legalReason: true, report: true }
  return callerActions.filter(
    (action) =>
      decideTransition({
        application: { ...app, status: app.status as ApplicationStatus },
        action,
        caller,
        stages,
        body,
      }).ok,
  )
}

export function toSummary(
  app: ApplicationRow,
  definition: ServiceDefinition,
  publishedThrough: number,
  trackingCode: string | null,
  officeCode: string,
): ApplicationSummary {
  return {
    id: app.id,
    officeCode,
    registrationNo: app.registrationNo,
    serviceCode: app.serviceCode,
    serviceName: definition.name,
    serviceKind: app.serviceKind,
    applicationKind: app.applicationKind as ApplicationSummary['applicationKind'],
    status: app.status as ApplicationSummary['status'],
    channel: app.channel,
    version: app.version,
    createdAt: app.createdAt.toISOString(),
    submittedAt: app.submittedAt?.toISOString() ?? null,
    expectedCompletionDate: app.expectedCompletionDate,
    expectedCompletionProvisional: isProvisionalDate(app.expectedCompletionDate, publishedThrough),
    stageDueDate: app.stageDueDate,
    returnDueDate: app.returnDueDate,
    trackingCode,
  }
}

export function toDocument(doc: DocumentRow) {
  return {
    id: doc.id,
    requirementKey: doc.requirementKey,
    // Rows from before names followed the content are shown corrected too.
    fileName: fileNameFor(doc.fileName, doc.contentType),
    contentType: doc.contentType as 'application/pdf',
    sizeBytes: doc.sizeBytes,
    sha256: doc.sha256,
    uploadedAt: doc.uploadedAt.toISOString(),
  }
}

/** How to build the view: with the pinned definition or not; history and documents already read in this transaction. */
export interface DetailView {
  withService: boolean
  events?: HistoryRow[]
  documents?: DocumentRow[]
}

/** The full view of an application for its owner or an officer; officer-only parts are left out for applicants. */
export async function detailOf(
  deps: ApplicationsDeps,
  ex: Executor,
  app: ApplicationRow,
  actor: Actor,
): Promise<ApplicationDetail>
export async function detailOf(
  deps: ApplicationsDeps,
  ex: Executor,
  app: ApplicationRow,
  actor: Actor,
  view: DetailView,
): Promise<ActionApplication>
export async function detailOf(
  deps: ApplicationsDeps,
  ex: Executor,
  app: ApplicationRow,
  actor: Actor,
  view: DetailView = { withService: true },
): Promise<ActionApplication> {
  // Sequential: `ex` may be a transaction, whose single connection must not be given parallel queries.
  const pinned = await deps.catalogue.pinnedDefinition(ex, app.serviceVersionId)
  const events = view.events ?? (await deps.history.history(ex, app.id))
  const documents = view.documents ?? (await deps.applications.documents(ex, app.id))
  const definition = pinned!.definition
  const isOfficer = actor.kind === 'officer'
  const assignee = app.assigneeId && isOfficer ? await deps.people.find(ex, app.assigneeId) : undefined
  const stage = definition.stages.find((s) => s.key === app.currentStage)
  const publishedThrough = await deps.nonWorkingDays.publishedThrough(ex)
  return {
    // The tracking code is the owner's: an officer never needs it (and the public view has no personal data anyway).
    ...toSummary(app, definition, publishedThrough, isOfficer ? null : trackingCodeFor(deps, app), deps.office.code),
    serviceVersion: pinned!.version,
    ...(view.withService && { service: definition }),
    // Fixed at submission (the SKRD is issued for it); until then computed from the answers so far, by the same rule.
    fee:
      app.feeAmount === null
        ? { amount: computeFee(definition.fee, app.formData), estimate: true }
        : { amount: app.feeAmount, estimate: false },
    formData: app.formData,
    // Technical review attachments are the office's working papers: officers only.
    documents: documents.filter((d) => isOfficer || d.requirementKey !== 'technical_review_attachment').map(toDocument),
    openReturn: app.openReturn ?? null,
    stages: stageProgress(
      definition,
      events,
      deps.clock.now(),
      officeDays(deps.office.timezone),
      await deps.nonWorkingDays.get(ex),
      publishedThrough,
    ),
    events: timelineEvents(events),
    availableActions: actionsFor(
      app,
      definition.stages.map((s) => s.key as StageKey),
      { kind: actor.kind, id: actor.id, roles: await effectiveRoles(deps, ex, actor) },
    ),
    holder: stage && app.assigneeId ? { role: stage.role, name: assignee?.fullName ?? null } : null,
    decisionNote: app.decisionNote,
    technicalReport: isOfficer ? app.technicalReport : null,
  }
}
