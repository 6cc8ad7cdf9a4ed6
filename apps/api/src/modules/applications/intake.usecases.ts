import {
  normalizeIdentifier,
  prefilledAnswers,
  type ApplicantData,
  type ApplicationDetail,
  type ApplicationList,
  type CreateApplicationBody,
  type UpdateFormBody,
} from '@pintu/contract'
import { AppError, conflict, fieldError, notFound } from '../../errors/app-error.ts'
import { hashRequest, scopeOf } from '../idempotency/idempotency.repository.ts'
import { detailOf, loadVisible, toSummary } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import { actorOf, applicantActor, onBehalf } from './change-actors.ts'
import { assertEditable } from './editable.ts'
import { validateForm } from './form-validation.ts'
import { trackingCodeFor } from './transition-writer.ts'

/**
 * Starts a draft pinned to the catalogue version in force; a retry with the same Idempotency-Key returns the same
 * draft.
 */
export async function createDraft(
  deps: ApplicationsDeps,
  body: CreateApplicationBody,
  caller: Caller,
  idempotencyKey?: string,
  provisional?: { number: string; code: string },
): Promise<ApplicationDetail> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    if (idempotencyKey) {
      const claim = await deps.idempotency.claim(
        tx,
        // Each caller's keys are its own: an agent's key never answers another agent's (or the applicant's) request.
        scopeOf(caller.actor.id, caller.agent?.actor.id),
        idempotencyKey,
        hashRequest([
          'create',
          body,
          ...(caller.agent ? [caller.agent.actor.id] : []),
          ...(provisional ? [provisional] : []),
        ]),
        now,
      )
      if (claim.kind === 'replay') {
        // Only the id is kept (see StoredActionResult): the draft is answered as it is now.
        const stored = claim.body as { applicationId?: string; id?: string }
        // Records kept before results were made small held the whole draft.
        if (!stored.applicationId) return claim.body as ApplicationDetail
        return detailOf(deps, tx, await loadVisible(deps, tx, stored.applicationId, caller.actor), caller.actor)
      }
    }
    const type = await deps.catalogue.findType(tx, deps.office.id, body.serviceCode)
    if (!type) throw notFound('catalogue.not_found')
    if (type.retiredAt && type.retiredAt <= now) throw conflict('catalogue.retired')
    const version = await deps.catalogue.currentVersion(tx, type, now)
    if (!version) throw notFound('catalogue.not_found')
    if (!version.definition.applicationKinds.includes(body.applicationKind)) {
      throw fieldError('/applicationKind', 'applications.kind_not_offered')
    }
    // What the account already knows (NIK, name, phone, email) fills the fields asking for the applicant's own data.
    const person = await deps.people.find(tx, caller.actor.id)
    const app = await deps.applications.insert(tx, {
      officeId: deps.office.id,
      applicantId: caller.actor.id,
      serviceTypeId: type.id,
      serviceVersionId: version.id,
      serviceCode: type.code,
      serviceKind: type.kind,
      sector: type.sector,
      applicationKind: body.applicationKind,
      status: 'draft',
      formData: person ? prefilledAnswers(version.definition.form, person) : {},
      ...(caller.agent && { channel: caller.agent.channel }),
      ...(caller.agent?.channel === 'counter' && { intakeOfficerId: caller.agent.actor.id }),
      ...(caller.agent?.channel === 'integration' && { intakeClientId: caller.agent.actor.id }),
      createdAt: now,
      updatedAt: now,
    })
    if (provisional && caller.agent?.channel === 'counter')
      await deps.provisional.link(tx, { ...provisional, officerId: caller.agent.actor.id, applicationId: app.id })
    await deps.changes.record(tx, {
      action: 'application.created',
      entity: { type: 'application', id: app.id },
      actor: applicantActor(caller),
      details: {
        serviceCode: type.code,
        serviceVersion: version.version,
        ...(caller.agent && { channel: caller.agent.channel }),
        ...onBehalf(caller),
        ...(provisional && { provisionalNo: provisional.number }),
      },
      requestId: caller.requestId,
      history: { applicationId: app.id, action: 'create', from: null, to: 'draft', stage: null },
    })
    const detail = await detailOf(deps, tx, app, caller.actor)
    if (idempotencyKey)
      await deps.idempotency.complete(tx, scopeOf(caller.actor.id, caller.agent?.actor.id), idempotencyKey, 201, {
        applicationId: app.id,
      })
    return detail
  })
}

export async function listMine(
  deps: ApplicationsDeps,
  query: { status?: string; page?: number; pageSize?: number },
  caller: Caller,
): Promise<ApplicationList> {
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const { rows, total } = await deps.applications.listByApplicant(deps.db, caller.actor.id, {
    status: query.status,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  })
  // Files of every office: each one's date is provisional by its own office's calendar.
  const publishedThrough = await deps.publishedThroughOf(
    deps.db,
    rows.map((app) => app.officeId),
  )
  const items = await Promise.all(
    rows.map(async (app) =>
      toSummary(
        app,
        (await deps.catalogue.pinnedDefinition(deps.db, app.serviceVersionId))!.definition,
        publishedThrough(app.officeId),
        trackingCodeFor(deps, app),
        app.officeCode,
      ),
    ),
  )
  return { items, total, page, pageSize }
}

/**
 * An officer opening a file sees its form data, which can hold personal data (NIK, phone): every such read is audited.
 */
export async function getApplication(deps: ApplicationsDeps, id: string, caller: Caller): Promise<ApplicationDetail> {
  const app = await loadVisible(deps, deps.db, id, caller.actor)
  if (caller.actor.kind === 'officer') {
    await deps.db.transaction((tx) =>
      deps.changes.record(tx, {
        action: 'application.opened',
        entity: { type: 'application', id: app.id },
        actor: actorOf(caller),
        details: {},
        requestId: caller.requestId,
      }),
    )
  }
  return detailOf(deps, deps.db, app, caller.actor)
}

export async function updateForm(
  deps: ApplicationsDeps,
  id: string,
  body: UpdateFormBody,
  caller: Caller,
): Promise<ApplicationDetail> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    const app = await loadVisible(deps, tx, id, caller.actor)
    assertEditable(app, caller, { fields: Object.keys(body.data) })
    const { definition } = (await deps.catalogue.pinnedDefinition(tx, app.serviceVersionId))!
    const types = new Map(definition.form.sections.flatMap((s) => s.fields).map((f) => [f.key, f.type]))
    const formData = { ...app.formData }
    for (const [key, value] of Object.entries(body.data)) {
      if (value === null || value === '') delete formData[key]
      // Integrators may send identifiers as printed (NPWP 01.234.567.8-901.000): stored as digits.
      else formData[key] = typeof value === 'string' ? normalizeIdentifier(types.get(key) ?? '', value) : value
    }
    const problems = validateForm(app.serviceVersionId, definition, formData, { complete: false, today: now })
    if (problems.length) throw new AppError('applications.invalid_form', { problems })
    const updated = await deps.applications.updateIfVersion(tx, id, body.version, { formData, updatedAt: now })
    if (!updated) throw conflict('applications.stale_version')
    await deps.changes.record(tx, {
      action: 'application.form_updated',
      entity: { type: 'application', id },
      actor: applicantActor(caller),
      details: { fields: Object.keys(body.data), ...onBehalf(caller) },
      requestId: caller.requestId,
    })
    return detailOf(deps, tx, updated, caller.actor)
  })
}

export async function applicantData(deps: ApplicationsDeps, id: string, caller: Caller): Promise<ApplicantData> {
  const app = await loadVisible(deps, deps.db, id, caller.actor)
  const person = (await deps.people.find(deps.db, app.applicantId))!
  await deps.db.transaction((tx) =>
    deps.changes.record(tx, {
      action: 'application.personal_data_read',
      entity: { type: 'application', id: app.id },
      actor: actorOf(caller),
      details: {},
      requestId: caller.requestId,
    }),
  )
  return { fullName: person.fullName, nik: person.nik ?? '', email: person.email, phone: person.phone }
}
