/** Office closures and the notifications of the escalation job. */
import { Type } from 'typebox'
import {
  ClosureListSchema,
  ClosureSchema,
  DeclareClosureBodySchema,
  EndClosureBodySchema,
  NotificationListSchema,
} from '../continuity.ts'
import { defineRoute } from '../route.ts'
import { oversightRoles } from '../roles.ts'

export const continuityRoutes = {
  closures: defineRoute({
    method: 'GET',
    url: '/api/v1/closures',
    access: 'public',
    schema: {
      summary: 'Declared closures, current and past (public notice)',
      tags: ['continuity'],
      response: { 200: ClosureListSchema },
    },
  }),
  declareClosure: defineRoute({
    method: 'POST',
    url: '/api/v1/closures',
    access: ['supervisor'],
    errors: ['closures.ends_before_start', 'calendar.out_of_range'],
    schema: {
      summary: 'Declare a closure',
      description:
        'Closed days do not count against the office: SLA clocks pause and due dates move. Intake continues.',
      tags: ['continuity'],
      body: DeclareClosureBodySchema,
      response: { 201: ClosureSchema },
    },
  }),
  endClosure: defineRoute({
    method: 'POST',
    url: '/api/v1/closures/:id/end',
    access: ['supervisor'],
    errors: ['closures.not_found', 'closures.already_ended', 'closures.ends_before_start', 'calendar.out_of_range'],
    schema: {
      summary: 'Set the last day of an open-ended closure',
      tags: ['continuity'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      body: EndClosureBodySchema,
      response: { 200: ClosureSchema },
    },
  }),
  notifications: defineRoute({
    method: 'GET',
    url: '/api/v1/work/notifications',
    access: oversightRoles,
    schema: {
      summary: 'Escalations: stages past their budget, deemed approvals',
      tags: ['work'],
      response: { 200: NotificationListSchema },
    },
  }),
}
