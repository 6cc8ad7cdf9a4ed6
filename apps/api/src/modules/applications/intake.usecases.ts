import { contentChecker, ContentCheckBusy, ContentCheckTimeout } from '../documents/content-check-pool.ts'
import {
  contentTypeOf,
  fileNameFor,
  safeFileName,
  sniffContentType,
  type ContentType,
} from '../documents/file-content.ts'
import {
  normalizeIdentifier,
  prefilledAnswers,
  type ApplicantData,
  type ApplicationDetail,
  type ApplicationList,
  type CreateApplicationBody,
  type DocumentInfo,
  type ErrorCode,
  type UpdateFormBody,
} from '@pintu/contract'
import { randomUUID } from 'node:crypto'
import type { Readable } from 'node:stream'
import { AppError, conflict, fieldError, forbidden, invalidInput, notFound } from '../../errors/app-error.ts'
import { FileTooLargeError } from '../documents/document-storage.ts'
import type { ChangeActor } from '../changes/change-record.ts'
import { hashRequest } from '../idempotency/idempotency.repository.ts'
import { detailOf, loadVisible, toDocument, toSummary } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { validateForm } from './form-validation.ts'
import { trackingCodeFor } from './transition-writer.ts'

/** The account acting, in the role it acts in: applicants as applicants, officers with the roles they hold. */
const actorOf = (caller: Caller): ChangeActor => ({
  id: caller.actor.id,
  role: caller.actor.kind === 'applicant' ? 'applicant' : caller.actor.roles.join('+'),
})
const applicantActor = (caller: Caller): ChangeActor => ({ id: caller.actor.id, role: 'applicant' })

/**
 * Starts a draft pinned to the catalogue version in force; a retry with the same Idempotency-Key returns the same
 * draft.
 */
export async function createDraft(
  deps: ApplicationsDeps,
  body: CreateApplicationBody,
  caller: Caller,
  idempotencyKey?: string,
): Promise<ApplicationDetail> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    if (idempotencyKey) {
      const claim = await deps.idempotency.claim(
        tx,
        caller.actor.id,
        idempotencyKey,
        hashRequest(['create', body]),
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
      createdAt: now,
      updatedAt: now,
    })
    await deps.changes.record(tx, {
      action: 'application.created',
      entity: { type: 'application', id: app.id },
      actor: applicantActor(caller),
      details: { serviceCode: type.code, serviceVersion: version.version },
      requestId: caller.requestId,
      history: { applicationId: app.id, action: 'create', from: null, to: 'draft', stage: null },
    })
    const detail = await detailOf(deps, tx, app, caller.actor)
    if (idempotencyKey)
      await deps.idempotency.complete(tx, caller.actor.id, idempotencyKey, 201, { applicationId: app.id })
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
  const publishedThrough = await deps.nonWorkingDays.publishedThrough(deps.db)
  const items = await Promise.all(
    rows.map(async (app) =>
      toSummary(
        app,
        (await deps.catalogue.pinnedDefinition(deps.db, app.serviceVersionId))!.definition,
        publishedThrough,
        trackingCodeFor(deps, app),
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

/** The owner may edit a draft; after a return, only what the officer listed. */
function assertEditable(app: ApplicationRow, caller: Caller, what: { fields?: string[]; requirement?: string }) {
  if (app.applicantId !== caller.actor.id) throw notFound('applications.not_found')
  if (app.status !== 'draft' && app.status !== 'returned') throw conflict('applications.not_editable')
  if (app.status === 'returned' && app.openReturn) {
    const code: ErrorCode = 'applications.field_locked'
    const locked = [
      ...(what.fields ?? [])
        .filter((f) => !app.openReturn!.fields.includes(f))
        .map((f) => ({ field: `/data/${f}`, code })),
      ...(what.requirement && !app.openReturn.requirements.includes(what.requirement)
        ? [{ field: `/documents/${what.requirement}`, code }]
        : []),
    ]
    if (locked.length) throw new AppError('applications.field_locked', { problems: locked })
  }
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
      details: { fields: Object.keys(body.data) },
      requestId: caller.requestId,
    })
    return detailOf(deps, tx, updated, caller.actor)
  })
}

/** Requirement key under which a technical officer's review attachments are stored; never shown to applicants. */
export const REVIEW_ATTACHMENT = 'technical_review_attachment'
const REVIEW_ATTACHMENT_RULES = { acceptedTypes: ['pdf', 'jpeg', 'png'] as const, maxSizeKb: 10 * 1024 }

/** A file as it arrives in an upload request. */
export interface UploadedFile {
  stream: Readable
  fileName: string | undefined
  /** Resolves once the request is known to carry nothing after this file; rejects (a 4xx) otherwise. */
  endOfRequest(): Promise<void>
}

/**
 * Streams a file into storage and records it. The type comes from the bytes, must be one
 * accepted, and is proven by reading the whole file (content-check.ts); the size limit is
 * enforced while streaming. A refused upload leaves nothing on disk and no row.
 */
async function storeDocument(
  deps: ApplicationsDeps,
  app: ApplicationRow,
  file: UploadedFile,
  p: {
    requirementKey: string
    acceptedTypes: readonly ('pdf' | 'jpeg' | 'png')[]
    maxSizeKb: number
    replaces: boolean
  },
  caller: Caller,
): Promise<DocumentInfo> {
  const givenName = safeFileName(file.fileName)
  if (!givenName) throw invalidInput([{ field: '/file', code: 'documents.bad_file_name' }])
  const documentId = randomUUID()
  const storageKey = `${deps.office.code}/${app.id}/${documentId}`
  const accepted = p.acceptedTypes.map((t) => contentTypeOf[t]) as string[]
  // Set by accept, which runs before put resolves.
  const detected: { type?: ContentType } = {}
  let stored
  try {
    stored = await deps.storage.put(storageKey, file.stream, {
      maxBytes: p.maxSizeKb * 1024,
      async accept(candidate) {
        await file.endOfRequest()
        if (candidate.sizeBytes === 0) throw invalidInput([{ field: '/file', code: 'documents.empty' }])
        const contentType = sniffContentType(candidate.head)
        if (!contentType || !accepted.includes(contentType)) {
          throw new AppError('documents.type_not_accepted', { params: { accepted: p.acceptedTypes.join(', ') } })
        }
        detected.type = contentType
        const refusal = await contentChecker.check(candidate.path, candidate.sizeBytes, contentType)
        if (refusal) throw invalidInput([{ field: '/file', code: refusal }])
      },
    })
  } catch (error) {
    if (error instanceof FileTooLargeError)
      throw new AppError('documents.too_large', { params: { maxKb: p.maxSizeKb } })
    if (error instanceof ContentCheckBusy) throw new AppError('documents.busy', { headers: { 'retry-after': '10' } })
    if (error instanceof ContentCheckTimeout) {
      const code: ErrorCode =
        detected.type === 'application/pdf' ? 'documents.pdf_uninspectable' : 'documents.image_corrupt'
      throw invalidInput([{ field: '/file', code }])
    }
    throw error
  }
  const contentType = detected.type!
  const fileName = fileNameFor(givenName, contentType)
  const now = deps.clock.now()
  try {
    const doc = await deps.db.transaction(async (tx) => {
      if (p.replaces) await deps.applications.removeDocuments(tx, app.id, now, { requirementKey: p.requirementKey })
      const row = await deps.applications.insertDocument(tx, {
        id: documentId,
        applicationId: app.id,
        requirementKey: p.requirementKey,
        fileName,
        contentType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        storageKey,
        uploadedAt: now,
        uploadedBy: caller.actor.id,
      })
      await deps.changes.record(tx, {
        action: 'application.document_uploaded',
        entity: { type: 'application', id: app.id },
        actor: actorOf(caller),
        details: { requirementKey: p.requirementKey, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
        requestId: caller.requestId,
      })
      return row
    })
    return toDocument(doc)
  } catch (error) {
    await deps.storage.remove(storageKey)
    throw error
  }
}

/** The applicant's document for one requirement of the pinned version; replaces an earlier upload. */
export async function uploadDocument(
  deps: ApplicationsDeps,
  id: string,
  requirementKey: string,
  file: UploadedFile,
  caller: Caller,
): Promise<DocumentInfo> {
  const app = await loadVisible(deps, deps.db, id, caller.actor)
  assertEditable(app, caller, { requirement: requirementKey })
  const { definition } = (await deps.catalogue.pinnedDefinition(deps.db, app.serviceVersionId))!
  const requirement = definition.requirements.find(
    (r) => r.key === requirementKey && r.appliesTo.includes(app.applicationKind as never),
  )
  if (!requirement) throw notFound('applications.unknown_requirement')
  return storeDocument(
    deps,
    app,
    file,
    { requirementKey, acceptedTypes: requirement.acceptedTypes, maxSizeKb: requirement.maxSizeKb, replaces: true },
    caller,
  )
}

/**
 * An attachment to the technical review report (site photos, inspection minutes), by the assigned technical officer.
 */
export async function uploadReviewAttachment(
  deps: ApplicationsDeps,
  id: string,
  file: UploadedFile,
  caller: Caller,
): Promise<DocumentInfo> {
  const app = await loadVisible(deps, deps.db, id, caller.actor)
  if (app.status !== 'technical_review') throw conflict('applications.not_in_review')
  if (app.assigneeId !== caller.actor.id) throw forbidden('applications.not_assigned')
  return storeDocument(
    deps,
    app,
    file,
    { requirementKey: REVIEW_ATTACHMENT, ...REVIEW_ATTACHMENT_RULES, replaces: false },
    caller,
  )
}

export async function removeDocument(
  deps: ApplicationsDeps,
  id: string,
  documentId: string,
  caller: Caller,
): Promise<void> {
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    const app = await loadVisible(deps, tx, id, caller.actor)
    const doc = await deps.applications.findDocument(tx, app.id, documentId)
    if (!doc || doc.removedAt) throw notFound('applications.document_not_found')
    assertEditable(app, caller, { requirement: doc.requirementKey })
    await deps.applications.removeDocuments(tx, app.id, now, { id: documentId })
    await deps.changes.record(tx, {
      action: 'application.document_removed',
      entity: { type: 'application', id: app.id },
      actor: applicantActor(caller),
      details: { requirementKey: doc.requirementKey },
      requestId: caller.requestId,
    })
  })
}

/** A document's bytes; an officer's read is audited, because documents carry personal data. */
export async function openDocument(deps: ApplicationsDeps, id: string, documentId: string, caller: Caller) {
  const app = await loadVisible(deps, deps.db, id, caller.actor)
  const doc = await deps.applications.findDocument(deps.db, app.id, documentId)
  // Review attachments are the office's working papers, not the applicant's documents.
  if (!doc || (caller.actor.kind === 'applicant' && doc.requirementKey === REVIEW_ATTACHMENT))
    throw notFound('applications.document_not_found')
  if (caller.actor.kind === 'officer') {
    await deps.db.transaction((tx) =>
      deps.changes.record(tx, {
        action: 'application.document_read',
        entity: { type: 'application', id: app.id },
        actor: actorOf(caller),
        details: { documentId },
        requestId: caller.requestId,
      }),
    )
  }
  // Rows from before names followed the content are corrected on the way out too.
  return {
    stream: await deps.storage.open(doc.storageKey),
    contentType: doc.contentType,
    fileName: fileNameFor(doc.fileName, doc.contentType),
    sizeBytes: doc.sizeBytes,
  }
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
