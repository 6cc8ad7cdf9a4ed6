import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { integrationRoutes, type Tracking } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor, requireClient } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import * as integrations from './integrations.usecases.ts'

/** What the integration routes need from other modules. */
export interface IntegrationReads {
  trackForClient(registrationNo: string, serviceCodes: readonly string[]): Promise<Tracking>
}

/** The token endpoint reads only form bodies, in its own context so no other route learns the parser. */
async function tokenRoutePlugin(instance: FastifyInstance, options: { deps: integrations.IntegrationsDeps }) {
  instance.removeAllContentTypeParsers()
  instance.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 8192 },
    (_request, body, done) => done(null, new URLSearchParams(body as string)),
  )
  // Anything else reaches the handler as no form, which answers RFC 6749's invalid_request.
  instance.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 8192 }, (_request, _body, done) =>
    done(null, null),
  )
  // Whatever else goes wrong with the request (a bad URL, a body too large) still answers in OAuth's shape.
  instance.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    if (error.statusCode !== 400 && error.statusCode !== 413) throw error
    void reply.header('cache-control', 'no-store')
    return reply.status(400).send({ error: 'invalid_request', error_description: String(error.code ?? 'bad request') })
  })
  instance.route({
    ...fromContract(integrationRoutes.token),
    handler: async (request, reply) => {
      const outcome = await integrations.issueToken(
        options.deps,
        {
          authorization: request.headers.authorization,
          form: request.body instanceof URLSearchParams ? request.body : null,
        },
        (claims, ttlSeconds) => instance.jwt.sign(claims as never, { expiresIn: ttlSeconds }),
      )
      // RFC 6749 §5.1: token responses are never cached.
      void reply.header('cache-control', 'no-store').header('pragma', 'no-cache')
      if (outcome.ok) return reply.send(outcome.body)
      if (outcome.status === 401) void reply.header('www-authenticate', 'Basic realm="pintu", charset="UTF-8"')
      return reply.status(outcome.status).send(outcome.body)
    },
  })
}

export async function integrationRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: integrations.IntegrationsDeps; reads: IntegrationReads },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  await app.register(tokenRoutePlugin, { deps })
  app.route({ ...fromContract(integrationRoutes.list), handler: async () => integrations.listClients(deps) })
  app.route({
    ...fromContract(integrationRoutes.create),
    handler: async (request, reply) =>
      reply.status(201).send(await integrations.registerClient(deps, request.body, caller(request))),
  })
  app.route({
    ...fromContract(integrationRoutes.rotate),
    handler: async (request) => integrations.rotateSecret(deps, request.params.id, request.body, caller(request)),
  })
  app.route({
    ...fromContract(integrationRoutes.revoke),
    handler: async (request) => integrations.revokeClient(deps, request.params.id, caller(request)),
  })
  app.route({
    ...fromContract(integrationRoutes.me),
    handler: async (request) => integrations.clientItself(deps, requireClient(request).id),
  })
  app.route({
    ...fromContract(integrationRoutes.application),
    handler: async (request) =>
      options.reads.trackForClient(request.params.registrationNo, requireClient(request).serviceCodes),
  })
}
