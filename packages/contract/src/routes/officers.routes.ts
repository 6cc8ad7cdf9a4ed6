/** Officer administration: accounts, roles (granted by a second admin), deactivation. */
import {
  CreateOfficerBodySchema,
  CreatedOfficerSchema,
  DeactivateOfficerBodySchema,
  DeactivationResultSchema,
  OfficerIdParamsSchema,
  OfficerListSchema,
  OfficerSchema,
  RoleGrantIdParamsSchema,
  RoleGrantListSchema,
  RoleGrantSchema,
  SetRolesBodySchema,
} from '../identity.ts'
import { defineRoute } from '../route.ts'
import { officerListReaderRoles, roleGrantReaderRoles } from '../roles.ts'

export const officerRoutes = {
  create: defineRoute({
    method: 'POST',
    url: '/api/v1/officers',
    access: ['admin'],
    errors: ['identity.email_taken', 'identity.employee_number_taken'],
    schema: {
      summary: 'Create an officer account',
      description:
        'Returns a one-time initial password. Admin, treasurer, signer and supervisor roles are only asked for (`pendingRoles`): they take effect when a second admin, who neither asked nor is related to the one who asked, approves.',
      tags: ['officers'],
      body: CreateOfficerBodySchema,
      response: { 201: CreatedOfficerSchema },
    },
  }),
  setRoles: defineRoute({
    method: 'PUT',
    url: '/api/v1/officers/:id/roles',
    access: ['admin'],
    errors: ['officers.not_found', 'officers.deactivated', 'officers.cannot_demote_self'],
    schema: {
      summary: "Change an officer's roles",
      description:
        "Removals and roles without a two-person rule take effect at once (the officer's sessions end, so the next token carries them); admin, treasurer, signer and supervisor wait for a second admin. An admin cannot take the admin role from themselves (409 `officers.cannot_demote_self`), so the last admin always stays.",
      tags: ['officers'],
      params: OfficerIdParamsSchema,
      body: SetRolesBodySchema,
      response: { 200: OfficerSchema },
    },
  }),
  deactivate: defineRoute({
    method: 'POST',
    url: '/api/v1/officers/:id/deactivate',
    access: ['admin'],
    errors: [
      'officers.not_found',
      'officers.deactivated',
      'officers.cannot_deactivate_self',
      'applications.stale_version',
    ],
    schema: {
      summary: 'Deactivate an officer',
      description:
        "At once: every session ends, the account can no longer log in, the officer's open files go back to the system's assignment and a signing delegation to them is withdrawn. Not for your own account (so the last admin always stays).",
      tags: ['officers'],
      params: OfficerIdParamsSchema,
      body: DeactivateOfficerBodySchema,
      response: { 200: DeactivationResultSchema },
    },
  }),
  roleGrants: defineRoute({
    method: 'GET',
    url: '/api/v1/role-grants',
    access: roleGrantReaderRoles,
    schema: {
      summary: 'Requests for roles under a two-person rule',
      tags: ['officers'],
      response: { 200: RoleGrantListSchema },
    },
  }),
  approveRoleGrant: defineRoute({
    method: 'POST',
    url: '/api/v1/role-grants/:id/approve',
    access: ['admin'],
    errors: ['officers.grant_not_found', 'officers.same_admin', 'officers.not_found', 'officers.deactivated'],
    schema: {
      summary: 'Approve a role request (a second admin)',
      description:
        'Refused (403 `officers.same_admin`) for the admin who asked, the officer concerned, and any account that one of them created or approved roles for.',
      tags: ['officers'],
      params: RoleGrantIdParamsSchema,
      response: { 200: RoleGrantSchema },
    },
  }),
  refuseRoleGrant: defineRoute({
    method: 'POST',
    url: '/api/v1/role-grants/:id/refuse',
    access: ['admin'],
    errors: ['officers.grant_not_found', 'officers.not_found'],
    schema: {
      summary: 'Refuse a role request',
      tags: ['officers'],
      params: RoleGrantIdParamsSchema,
      response: { 200: RoleGrantSchema },
    },
  }),
  list: defineRoute({
    // Signers list officers to name an acting official (Plt./Plh.).
    method: 'GET',
    url: '/api/v1/officers',
    access: officerListReaderRoles,
    schema: { summary: 'List the officers of the office', tags: ['officers'], response: { 200: OfficerListSchema } },
  }),
}
