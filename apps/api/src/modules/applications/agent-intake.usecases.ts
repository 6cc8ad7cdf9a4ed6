import type {
  ActionResult,
  ApplicationDetail,
  CreateApplicationBody,
  DocumentInfo,
  UpdateFormBody,
} from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import { notFound } from '../../errors/app-error.ts'
import type { Actor } from '../../plugins/auth.ts'
import { detailOf } from './applications.access.ts'
import type { Agent, ApplicationsDeps, Caller } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'
import type { UploadedFile } from '../documents/upload-part.ts'
import { uploadDocument } from './documents.usecases.ts'
import { createDraft, updateForm } from './intake.usecases.ts'
import { act } from './lifecycle.usecases.ts'

/**
 * Filing for an applicant: a frontdesk officer for a walk-in applicant (counter intake) or an
 * integration client the applicant gave consent to. Both go through the applicant's own use cases
 * (same draft, form, documents, submission, queue and clocks), with the agent as the recorded actor
 * "on behalf of" the applicant.
 */
export interface AgentCaller {
  agent: Agent
  requestId: string
  officeCode: string
}

function onBehalfOf(applicantId: string, who: AgentCaller): Caller {
  const applicant: Actor = { id: applicantId, kind: 'applicant', roles: ['applicant'], officeCode: who.officeCode }
  return { actor: applicant, requestId: who.requestId, agent: who.agent }
}

/** The agent that filed it is the one that continues it. */
const filedBy = (app: ApplicationRow, agent: Agent) =>
  app.channel === agent.channel &&
  (agent.channel === 'counter' ? app.intakeOfficerId : app.intakeClientId) === agent.actor.id

/** The application, if this agent filed it; to anyone else it does not exist. */
export async function filedApplication(
  deps: ApplicationsDeps,
  id: string,
  agent: Agent,
  ex: Executor = deps.db,
): Promise<ApplicationRow> {
  const app = await deps.applications.find(ex, deps.office.id, id)
  if (!app || app.status === 'deleted' || !filedBy(app, agent)) throw notFound('applications.not_found')
  return app
}

/** Only the agent who filed the application continues it, as the applicant's caller. */
async function intakeCaller(deps: ApplicationsDeps, id: string, who: AgentCaller) {
  const app = await filedApplication(deps, id, who.agent)
  return { app, caller: onBehalfOf(app.applicantId, who) }
}

/** Whose and of which service type a filing is, if this agent filed it: what its permission is checked against. */
export async function filingOf(deps: ApplicationsDeps, id: string, agent: Agent) {
  const app = await filedApplication(deps, id, agent)
  return { applicantId: app.applicantId, serviceCode: app.serviceCode }
}

export async function createAgentDraft(
  deps: ApplicationsDeps,
  applicantId: string,
  draft: CreateApplicationBody,
  who: AgentCaller,
  idempotencyKey?: string,
  /** At the counter without the network: the provisional receipt it was printed with. */
  provisional?: { number: string; code: string },
): Promise<ApplicationDetail> {
  const applicant = await deps.people.find(deps.db, applicantId)
  // Applicants are national: the draft is this office's whichever office the account was made at.
  if (!applicant || applicant.kind !== 'applicant' || applicant.deactivatedAt)
    throw notFound('counter.applicant_not_found')
  return createDraft(deps, draft, onBehalfOf(applicantId, who), idempotencyKey, provisional)
}

export async function getAgentApplication(
  deps: ApplicationsDeps,
  id: string,
  who: AgentCaller,
): Promise<ApplicationDetail> {
  const { app, caller } = await intakeCaller(deps, id, who)
  return detailOf(deps, deps.db, app, caller.actor)
}

export async function updateAgentForm(
  deps: ApplicationsDeps,
  id: string,
  body: UpdateFormBody,
  who: AgentCaller,
): Promise<ApplicationDetail> {
  return updateForm(deps, id, body, (await intakeCaller(deps, id, who)).caller)
}

export async function uploadAgentDocument(
  deps: ApplicationsDeps,
  id: string,
  requirementKey: string,
  file: UploadedFile,
  who: AgentCaller,
): Promise<DocumentInfo> {
  return uploadDocument(deps, id, requirementKey, file, (await intakeCaller(deps, id, who)).caller)
}

/** The receipt (registration number, tracking code, expected date) is answered here, for the agent to hand on. */
export async function submitAgentApplication(
  deps: ApplicationsDeps,
  id: string,
  version: number,
  who: AgentCaller,
  idempotencyKey?: string,
): Promise<ActionResult> {
  const { app, caller } = await intakeCaller(deps, id, who)
  // A file the office returned goes back as a resubmission; anything else is a first submission.
  const action = app.status === 'returned' ? 'resubmit' : 'submit'
  return act(deps, id, action, { version }, caller, idempotencyKey)
}
