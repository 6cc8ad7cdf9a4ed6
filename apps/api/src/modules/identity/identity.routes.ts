import { authRoutes, counterRoutes, officerRoutes } from '@pintu/contract'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import { validationProblems } from '../../plugins/errors.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { MailSender } from '../messaging/mail-sender.ts'
import type { SmsSender } from '../messaging/sms-sender.ts'
import type { AccountCodesRepository } from './account-codes.repository.ts'
import * as recovery from './account-recovery.usecases.ts'
import * as counter from './counter-applicants.usecases.ts'
import type { IdentityRepository } from './identity.repository.ts'
import * as identity from './identity.usecases.ts'
import * as officers from './officers.usecases.ts'
import type { SessionGuard } from './session-guard.ts'

export interface IdentityRoutesOptions {
  registerLimitPerMinute: number
  sessions: SessionGuard
  changes: ChangeRecord
  identity: IdentityRepository
  codes: AccountCodesRepository
  mail: MailSender
  sms: SmsSender
  publicUrl: string
  handOverFilesOf: officers.OfficersDeps['handOverFilesOf']
  withdrawDelegationsTo: officers.OfficersDeps['withdrawDelegationsTo']
}

/** HTTP wiring only; the rules are in identity.usecases.ts and officers.usecases.ts. */
export async function identityRoutes(instance: FastifyInstance, options: IdentityRoutesOptions) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const deps: officers.OfficersDeps = {
    db: app.ctx.database.db,
    clock: app.ctx.clock,
    office: app.ctx.office,
    identity: options.identity,
    changes: options.changes,
    sessions: options.sessions,
    signAccessToken: (claims) => app.signAccessToken(claims),
    handOverFilesOf: options.handOverFilesOf,
    withdrawDelegationsTo: options.withdrawDelegationsTo,
  }
  const recoveryDeps: recovery.RecoveryDeps = {
    ...deps,
    codes: options.codes,
    mail: options.mail,
    sms: options.sms,
    publicUrl: options.publicUrl,
    // Only what failed and how: never the address, the link or the code.
    deliveryFailed: (channel, purpose, error) =>
      app.log.warn(
        { channel, purpose, errorCode: (error as { code?: unknown }).code ?? null },
        'account message could not be delivered',
      ),
  }
  const context = (request: FastifyRequest): identity.RequestContext => ({
    requestId: request.id,
    ip: request.ip,
    actorId: request.actor?.id,
  })
  const actor = (request: FastifyRequest) => ({ actorId: requireActor(request).id, requestId: request.id })

  const register = fromContract(authRoutes.register)
  app.route({
    ...register,
    config: {
      ...register.config,
      rateLimit: { name: 'register', max: options.registerLimitPerMinute, windowSeconds: 60 },
    },
    // The schema's problems come to the handler, which adds the NIK, phone and password checks of
    // the fields that passed it: a malformed email must not hide a wrong NIK (every error at once).
    attachValidation: true,
    handler: async (request, reply) => {
      const schemaProblems = request.validationError
        ? validationProblems(request.validationError as Parameters<typeof validationProblems>[0])
        : []
      return reply
        .status(201)
        .send(await identity.registerApplicant(deps, request.body, context(request), schemaProblems))
    },
  })
  app.route({
    ...fromContract(authRoutes.login),
    handler: async (request) => identity.login(deps, request.body, context(request)),
  })
  app.route({
    ...fromContract(authRoutes.refresh),
    handler: async (request) => identity.refreshSession(deps, request.body.refreshToken),
  })
  app.route({
    ...fromContract(authRoutes.logout),
    handler: async (request, reply) => {
      await identity.logout(deps, request.body.refreshToken)
      return reply.status(204).send(null)
    },
  })
  app.route({
    ...fromContract(authRoutes.requestPasswordReset),
    handler: async (request, reply) =>
      reply.status(202).send(await recovery.requestPasswordReset(recoveryDeps, request.body, context(request))),
  })
  app.route({
    ...fromContract(authRoutes.confirmPasswordReset),
    handler: async (request, reply) => {
      await recovery.confirmPasswordReset(recoveryDeps, request.body, context(request))
      return reply.status(204).send(null)
    },
  })
  app.route({
    ...fromContract(authRoutes.confirmPasswordResetCode),
    handler: async (request, reply) => {
      await recovery.confirmPasswordResetCode(recoveryDeps, request.body, context(request))
      return reply.status(204).send(null)
    },
  })
  app.route({
    ...fromContract(authRoutes.changePassword),
    handler: async (request) =>
      recovery.changePassword(recoveryDeps, requireActor(request).id, request.body, context(request)),
  })
  app.route({
    ...fromContract(authRoutes.requestContactChange),
    handler: async (request, reply) =>
      reply
        .status(202)
        .send(
          await recovery.requestContactChange(recoveryDeps, requireActor(request).id, request.body, context(request)),
        ),
  })
  app.route({
    ...fromContract(authRoutes.confirmContactChange),
    handler: async (request) =>
      recovery.confirmContactChange(recoveryDeps, requireActor(request).id, request.body, context(request)),
  })
  app.route({
    ...fromContract(authRoutes.me),
    handler: async (request) => identity.getMe(deps, requireActor(request).id),
  })

  app.route({
    ...fromContract(officerRoutes.create),
    handler: async (request, reply) =>
      reply.status(201).send(await officers.createOfficer(deps, request.body, context(request))),
  })
  app.route({ ...fromContract(officerRoutes.list), handler: async () => officers.listOfficers(deps) })
  app.route({
    ...fromContract(officerRoutes.setRoles),
    handler: async (request) => officers.setRoles(deps, request.params.id, request.body.roles, actor(request)),
  })
  app.route({
    ...fromContract(officerRoutes.deactivate),
    handler: async (request) =>
      officers.deactivateOfficer(deps, request.params.id, request.body.reason, actor(request)),
  })
  app.route({ ...fromContract(officerRoutes.roleGrants), handler: async () => officers.listRoleGrants(deps) })
  app.route({
    ...fromContract(officerRoutes.approveRoleGrant),
    handler: async (request) => officers.decideRoleGrant(deps, request.params.id, 'approved', actor(request)),
  })
  app.route({
    ...fromContract(officerRoutes.refuseRoleGrant),
    handler: async (request) => officers.decideRoleGrant(deps, request.params.id, 'refused', actor(request)),
  })
  // Counter intake: a frontdesk officer finds (exact NIK) or registers a walk-in applicant.
  const counterOfficer = (request: FastifyRequest): counter.CounterOfficer => ({
    officerId: requireActor(request).id,
    requestId: request.id,
    ip: request.ip,
  })
  const lookup = fromContract(counterRoutes.lookup)
  app.route({
    ...lookup,
    // Per officer: a counter serves a few walk-in applicants a minute, never a list of NIKs.
    config: { ...lookup.config, rateLimit: { name: 'nik-lookup', max: 30, windowSeconds: 60, per: 'account' } },
    handler: async (request) => counter.lookupByNik(deps, request.body.nik, counterOfficer(request)),
  })
  app.route({
    ...fromContract(counterRoutes.register),
    handler: async (request, reply) =>
      reply.status(201).send(await counter.registerAtCounter(recoveryDeps, request.body, counterOfficer(request))),
  })
}
