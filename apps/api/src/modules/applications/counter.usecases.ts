import type {
  ActionResult,
  ApplicationDetail,
  CounterCreateApplicationBody,
  DocumentInfo,
  UpdateFormBody,
} from '@pintu/contract'
import { fieldError, notFound } from '../../errors/app-error.ts'
import type { Actor } from '../../plugins/auth.ts'
import { detailOf } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import type { UploadedFile } from './document-upload.usecases.ts'
import { uploadDocument } from './documents.usecases.ts'
import { createDraft, updateForm } from './intake.usecases.ts'
import { act } from './lifecycle.usecases.ts'

/**
 * Counter intake: a frontdesk officer files for a walk-in applicant through the applicant's own use cases (same
 * draft, form, documents, submission, queue and clocks), with the officer as the recorded actor "on behalf of" them.
 */
function onBehalfOf(applicantId: string, officer: Caller): Caller {
  const applicant: Actor = {
    id: applicantId,
    kind: 'applicant',
    roles: ['applicant'],
    officeCode: officer.actor.officeCode,
  }
  return { actor: applicant, requestId: officer.requestId, counterOfficer: { id: officer.actor.id, role: 'frontdesk' } }
}

/** Only the officer who took the intake continues it; to anyone else it does not exist. */
async function intakeCaller(deps: ApplicationsDeps, id: string, officer: Caller): Promise<Caller> {
  const app = await deps.applications.find(deps.db, deps.office.id, id)
  if (!app || app.status === 'deleted' || app.channel !== 'counter' || app.intakeOfficerId !== officer.actor.id)
    throw notFound('applications.not_found')
  return onBehalfOf(app.applicantId, officer)
}

export async function createCounterDraft(
  deps: ApplicationsDeps,
  body: CounterCreateApplicationBody,
  officer: Caller,
  idempotencyKey?: string,
): Promise<ApplicationDetail> {
  const applicant = await deps.people.find(deps.db, body.applicantId)
  if (!applicant || applicant.kind !== 'applicant' || applicant.deactivatedAt || applicant.officeId !== deps.office.id)
    throw notFound('counter.applicant_not_found')
  const { applicantId, provisionalNo, provisionalCode, ...draft } = body
  if (!provisionalNo !== !provisionalCode)
    throw fieldError(provisionalNo ? '/provisionalCode' : '/provisionalNo', 'request.invalid')
  const provisional = provisionalNo && provisionalCode ? { number: provisionalNo, code: provisionalCode } : undefined
  return createDraft(deps, draft, onBehalfOf(applicantId, officer), idempotencyKey, provisional)
}

export async function getCounterApplication(
  deps: ApplicationsDeps,
  id: string,
  officer: Caller,
): Promise<ApplicationDetail> {
  const caller = await intakeCaller(deps, id, officer)
  const app = (await deps.applications.find(deps.db, deps.office.id, id))!
  return detailOf(deps, deps.db, app, caller.actor)
}

export async function updateCounterForm(
  deps: ApplicationsDeps,
  id: string,
  body: UpdateFormBody,
  officer: Caller,
): Promise<ApplicationDetail> {
  return updateForm(deps, id, body, await intakeCaller(deps, id, officer))
}

export async function uploadCounterDocument(
  deps: ApplicationsDeps,
  id: string,
  requirementKey: string,
  file: UploadedFile,
  officer: Caller,
): Promise<DocumentInfo> {
  return uploadDocument(deps, id, requirementKey, file, await intakeCaller(deps, id, officer))
}

/** The receipt (registration number, tracking code, expected date) is answered here, for the officer to print. */
export async function submitCounterApplication(
  deps: ApplicationsDeps,
  id: string,
  version: number,
  officer: Caller,
  idempotencyKey?: string,
): Promise<ActionResult> {
  return act(deps, id, 'submit', { version }, await intakeCaller(deps, id, officer), idempotencyKey)
}
