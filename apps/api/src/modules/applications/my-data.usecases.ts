import type { MyData } from '@pintu/contract'
import { toDocument, toSummary } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import { timelineEvents } from './stage-progress.ts'
import { trackingCodeFor } from './transition-writer.ts'

/** The most applications one export holds; an account with more is not a person applying. */
const MAX_EXPORTED = 1000

/**
 * Everything Pintu keeps about the calling applicant (UU 27/2022: access and a copy of one's own data): the
 * account and each application with its answers, documents' metadata and timeline. A read of personal data,
 * recorded once like every other.
 */
export async function exportMyData(deps: ApplicationsDeps, caller: Caller): Promise<MyData> {
  return deps.db.transaction(async (tx) => {
    const person = (await deps.people.find(tx, caller.actor.id))!
    const { rows } = await deps.applications.listByApplicant(tx, caller.actor.id, { limit: MAX_EXPORTED, offset: 0 })
    // Files of every office: each one's date is provisional by its own office's calendar.
    const publishedThrough = await deps.publishedThroughOf(
      tx,
      rows.map((app) => app.officeId),
    )
    const applications: MyData['applications'] = []
    // One after another: `tx` is one connection.
    for (const app of rows) {
      const { definition } = (await deps.catalogue.pinnedDefinition(tx, app.serviceVersionId))!
      const documents = await deps.applications.documents(tx, app.id)
      const events = await deps.history.history(tx, app.id)
      applications.push({
        ...toSummary(app, definition, publishedThrough(app.officeId), trackingCodeFor(deps, app), app.officeCode),
        formData: app.formData,
        documents: documents.filter((d) => d.requirementKey !== 'technical_review_attachment').map(toDocument),
        events: timelineEvents(events),
        feeAmount: app.feeAmount,
      })
    }
    await deps.changes.record(tx, {
      action: 'identity.data_exported',
      entity: { type: 'user', id: person.id },
      actor: { id: caller.actor.id, role: 'applicant' },
      details: { applications: applications.length },
      requestId: caller.requestId,
    })
    return {
      exportedAt: deps.clock.now().toISOString(),
      account: {
        id: person.id,
        fullName: person.fullName,
        nik: person.nik,
        email: person.email,
        phone: person.phone,
        createdAt: person.createdAt.toISOString(),
      },
      applications,
    }
  })
}
