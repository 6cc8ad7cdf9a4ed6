import type { IntegrationFilingBody } from '@pintu/contract'
import { forbidden } from '../../errors/app-error.ts'
import type { AgentCaller } from '../applications/agent-intake.usecases.ts'
import type { ApplicationsModule } from '../applications/applications.module.ts'
import type { CallingClient } from './client-tokens.ts'
import type { IntegrationsDeps } from './integrations.usecases.ts'

/** What filing needs from other modules: the applications' agent intake and an applicant found by NIK. */
export interface FilingReads {
  agentIntake: ApplicationsModule['agentIntake']
  applicantIdByNik(nik: string): Promise<string | undefined>
}

/** An id no account has: asked about when the NIK matched nobody, so the work done is the same. */
const NO_ONE = '00000000-0000-0000-0000-000000000000'

export const clientAgent = (client: CallingClient, requestId: string, officeCode: string): AgentCaller => ({
  agent: { actor: { id: client.id, role: 'integration_client' }, channel: 'integration' },
  requestId,
  officeCode,
})

/** The client may file this service type for this applicant now: its own service types and their live consent. */
async function assertConsent(
  deps: IntegrationsDeps,
  client: CallingClient,
  applicantId: string | undefined,
  serviceCode: string,
) {
  // The same query whoever the NIK belongs to, and one answer for an unknown NIK, no consent and another
  // service type: neither the answer nor its timing tells who has an account.
  const consented = await deps.consents.allows(deps.db, client.id, applicantId ?? NO_ONE, serviceCode, deps.clock.now())
  if (!(applicantId && consented && client.serviceCodes.includes(serviceCode)))
    throw forbidden('integrations.no_consent')
}

export async function startFiling(
  deps: IntegrationsDeps,
  reads: FilingReads,
  client: CallingClient,
  body: IntegrationFilingBody,
  requestId: string,
  idempotencyKey?: string,
) {
  const applicantId = await reads.applicantIdByNik(body.applicantNik)
  await assertConsent(deps, client, applicantId, body.serviceCode)
  const { applicantNik: _nik, ...draft } = body
  return reads.agentIntake.create(applicantId!, draft, clientAgent(client, requestId, deps.office.code), idempotencyKey)
}

/** Every later step: the filing must be this client's, and the consent must still hold. */
export async function continueFiling(
  deps: IntegrationsDeps,
  reads: FilingReads,
  client: CallingClient,
  id: string,
  requestId: string,
): Promise<AgentCaller> {
  const who = clientAgent(client, requestId, deps.office.code)
  const filing = await reads.agentIntake.filing(id, who.agent)
  await assertConsent(deps, client, filing.applicantId, filing.serviceCode)
  return who
}
