import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { calendarRoutes } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import * as calendar from './calendar.usecases.ts'

export async function calendarRoutesPlugin(instance: FastifyInstance, options: { deps: calendar.CalendarDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  app.route({
    ...fromContract(calendarRoutes.holidays),
    handler: async (request) => calendar.holidaysOfYear(deps, request.query.year),
  })
  app.route({
    ...fromContract(calendarRoutes.dueDate),
    handler: async (request) => calendar.dueDate(deps, request.query.from, request.query.days),
  })
  app.route({ ...fromContract(calendarRoutes.status), handler: async () => calendar.calendarStatus(deps) })
  app.route({
    ...fromContract(calendarRoutes.publishYear),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await calendar.publishYear(deps, request.body, { id: requireActor(request).id, requestId: request.id })),
  })
  app.route({
    ...fromContract(calendarRoutes.addHoliday),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await calendar.addHoliday(deps, request.body, { id: requireActor(request).id, requestId: request.id })),
  })
  app.route({
    ...fromContract(calendarRoutes.revokeHoliday),
    handler: async (request) =>
      calendar.revokeHoliday(deps, request.params.id, request.body.reason, {
        id: requireActor(request).id,
        requestId: request.id,
      }),
  })
}
