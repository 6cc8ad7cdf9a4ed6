import type { FastifyInstance } from 'fastify'
import { createComplaintsRepository } from './complaints.repository.ts'
import { complaintRoutesPlugin } from './complaints.routes.ts'
import type { ComplaintsDeps } from './complaints.deps.ts'
import { runComplaintEscalations } from './complaints.usecases.ts'

/**
 * Complaints (SP4N-LAPOR!) and the IKM survey. They read applications (whose survey it is) and the
 * calendar, and move nothing of them, so the module comes after both.
 */
export function createComplaintsModule(deps: Omit<ComplaintsDeps, 'complaints'>, options: { limitPerMinute: number }) {
  const full: ComplaintsDeps = { ...deps, complaints: createComplaintsRepository() }
  return {
    routes: (app: FastifyInstance) =>
      app.register(complaintRoutesPlugin, { deps: full, limitPerMinute: options.limitPerMinute }),
    runEscalations: () => runComplaintEscalations(full),
  }
}
