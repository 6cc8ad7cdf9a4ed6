/** Signing delegations (Plt./Plh.) granted by a signer. */
import { Type } from 'typebox'
import { CreateDelegationBodySchema, DelegationListSchema, DelegationSchema } from '../delegations.ts'
import { defineRoute } from '../route.ts'
import { delegationReaderRoles } from '../roles.ts'

export const delegationRoutes = {
  list: defineRoute({
    method: 'GET',
    url: '/api/v1/delegations',
    access: delegationReaderRoles,
    schema: {
      summary: 'Signing delegations (Plt./Plh.)',
      tags: ['delegations'],
      response: { 200: DelegationListSchema },
    },
  }),
  create: defineRoute({
    method: 'POST',
    url: '/api/v1/delegations',
    access: ['signer'],
    errors: [
      'delegations.backdated',
      'delegations.ends_before_start',
      'delegations.unknown_delegate',
      'delegations.delegate_not_eligible',
      'delegations.overlap',
    ],
    schema: {
      summary: 'Delegate signing to an acting official for a date range (the head of office)',
      description:
        'Only a signer delegates (SPEC §7). The delegate must be another active officer on duty who may act as signer: holding the signer, approver or supervisor role and none of treasurer, auditor or admin (422 `delegations.delegate_not_eligible`). Refused when it overlaps another delegation or starts in the past. Inside the window the delegate is assigned signing work and signs as Plt./Plh.',
      tags: ['delegations'],
      body: CreateDelegationBodySchema,
      response: { 201: DelegationSchema },
    },
  }),
  revoke: defineRoute({
    method: 'POST',
    url: '/api/v1/delegations/:id/revoke',
    access: ['signer'],
    errors: ['delegations.not_found', 'applications.stale_version'],
    schema: {
      summary: 'Withdraw a delegation',
      description: "Files the delegate holds for signing go back to the system's assignment at once.",
      tags: ['delegations'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      response: { 200: DelegationSchema },
    },
  }),
}
