import type { Consent, GrantConsentBody } from '@pintu/contract'
import { AppError, notFound } from '../../errors/app-error.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { ConsentWithClient } from './consents.repository.ts'
import type { IntegrationsDeps } from './integrations.usecases.ts'

const DAY_MS = 86_400_000

function toConsent({ consent, client }: ConsentWithClient, now: Date): Consent {
  return {
    id: consent.id,
    client,
    serviceCodes: consent.serviceCodes,
    grantedAt: consent.grantedAt.toISOString(),
    expiresAt: consent.expiresAt.toISOString(),
    revokedAt: consent.revokedAt?.toISOString() ?? null,
    active: !consent.revokedAt && consent.expiresAt > now,
  }
}

export async function filingClients(deps: IntegrationsDeps) {
  return { items: await deps.consents.filingClients(deps.db, deps.office.id) }
}

export async function listConsents(deps: IntegrationsDeps, caller: Caller) {
  const now = deps.clock.now()
  return { items: (await deps.consents.ofApplicant(deps.db, caller.actor.id)).map((c) => toConsent(c, now)) }
}

export async function grantConsent(deps: IntegrationsDeps, body: GrantConsentBody, caller: Caller): Promise<Consent> {
  const client = (await deps.consents.filingClients(deps.db, deps.office.id)).find((c) => c.id === body.clientId)
  if (!client) throw notFound('consents.client_not_found')
  const foreign = body.serviceCodes.find((code) => !client.serviceCodes.includes(code))
  if (foreign)
    throw new AppError('consents.service_not_offered', {
      params: { code: foreign },
      problems: [{ field: '/serviceCodes', code: 'consents.service_not_offered', params: { code: foreign } }],
    })
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    // One consent per client at a time: a new one replaces what was given before, so withdrawing it ends it.
    for (const replaced of await deps.consents.revokeActive(tx, caller.actor.id, client.id, now))
      await deps.changes.record(tx, {
        action: 'consent.revoked',
        entity: { type: 'consent', id: replaced },
        actor: { id: caller.actor.id, role: 'applicant' },
        details: { clientId: client.id },
        requestId: caller.requestId,
      })
    const row = await deps.consents.insert(tx, {
      officeId: deps.office.id,
      applicantId: caller.actor.id,
      clientId: client.id,
      serviceCodes: body.serviceCodes,
      grantedAt: now,
      expiresAt: new Date(now.getTime() + body.days * DAY_MS),
    })
    await deps.changes.record(tx, {
      action: 'consent.granted',
      entity: { type: 'consent', id: row.id },
      actor: { id: caller.actor.id, role: 'applicant' },
      details: { clientId: client.id, serviceCodes: row.serviceCodes, expiresAt: row.expiresAt.toISOString() },
      requestId: caller.requestId,
    })
    const [made] = await deps.consents.ofApplicant(tx, caller.actor.id, row.id)
    return toConsent(made!, now)
  })
}

export async function revokeConsent(deps: IntegrationsDeps, id: string, caller: Caller): Promise<Consent> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    // Another applicant's consent is not told apart from one that does not exist.
    const [own] = await deps.consents.ofApplicant(tx, caller.actor.id, id)
    if (!own || own.consent.revokedAt) throw notFound('consents.not_found')
    await deps.consents.revoke(tx, id, now)
    await deps.changes.record(tx, {
      action: 'consent.revoked',
      entity: { type: 'consent', id },
      actor: { id: caller.actor.id, role: 'applicant' },
      details: { clientId: own.consent.clientId },
      requestId: caller.requestId,
    })
    const [after] = await deps.consents.ofApplicant(tx, caller.actor.id, id)
    return toConsent(after!, now)
  })
}
