import type { ApplicationAction } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../db/database.ts'
import type { PublicReads } from '../../db/public-reads.ts'
import type { Executor } from '../../db/transaction.ts'
import type { Actor } from '../../plugins/auth.ts'
import * as agents from './agent-intake.usecases.ts'
import { backEntryDraft, submitBackEntry } from './back-entry.usecases.ts'
import { loadVisible } from './applications.access.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import { createApplicationsRepository, type ApplicationRow } from './applications.repository.ts'
import { applicationRoutesPlugin } from './applications.routes.ts'
import { refreshDueDates } from './due-dates.ts'
import { systemTransition, type SystemTransitionContext } from './lifecycle.usecases.ts'
import { trackForClient, tracked } from './tracking.usecases.ts'
import { workRoutesPlugin } from './work.routes.ts'
import { myDataRoutesPlugin } from './my-data.routes.ts'
import { assignWaiting, expireOverdueReturns, handOverFilesOf, releaseUnfitHolders } from './work.usecases.ts'

/**
 * The applications module: intake, the lifecycle through the one transition writer, system
 * assignment, work queues and public tracking. Others see only this face.
 */
export function createApplicationsModule(
  deps: Omit<ApplicationsDeps, 'applications'>,
  options: { trackLimitPerMinute: number; reads: PublicReads },
) {
  const full: ApplicationsDeps = { ...deps, applications: createApplicationsRepository() }
  return {
    async routes(app: FastifyInstance) {
      await app.register(applicationRoutesPlugin, { deps: full })
      await app.register(workRoutesPlugin, {
        deps: full,
        trackLimitPerMinute: options.trackLimitPerMinute,
        reads: options.reads,
      })
      await app.register(myDataRoutesPlugin, { deps: full })
    },
    /** The id of the submitted application a tracking code opens (404 `tracking.not_found` otherwise). */
    /** The public tracking view of an application of one of these service types, for an integration client. */
    trackForClient: (registrationNo: string, serviceCodes: readonly string[]) =>
      trackForClient(full, registrationNo, serviceCodes),
    trackedId: async (registrationNo: string, code: string, db: Db = full.db) =>
      (await tracked({ ...full, db }, registrationNo, code)).id,
    /** Filing for an applicant by an agent (a consented integration client), through the applicant's own use cases. */
    agentIntake: {
      create: (...a: Tail<typeof agents.createAgentDraft>) => agents.createAgentDraft(full, ...a),
      get: (...a: Tail<typeof agents.getAgentApplication>) => agents.getAgentApplication(full, ...a),
      updateForm: (...a: Tail<typeof agents.updateAgentForm>) => agents.updateAgentForm(full, ...a),
      upload: (...a: Tail<typeof agents.uploadAgentDocument>) => agents.uploadAgentDocument(full, ...a),
      submit: (...a: Tail<typeof agents.submitAgentApplication>) => agents.submitAgentApplication(full, ...a),
      filing: (id: string, agent: agents.AgentCaller['agent']) => agents.filingOf(full, id, agent),
    },
    /** Paper back-entry after a closure (the backentry module): the draft's check, and its submission once approved. */
    backEntry: {
      draft: (ex: Executor, input: Parameters<typeof backEntryDraft>[2]) => backEntryDraft(full, ex, input),
      submit: (tx: Executor, input: Parameters<typeof submitBackEntry>[2]) => submitBackEntry(full, tx, input),
    },
    find: (ex: Executor, id: string): Promise<ApplicationRow | undefined> =>
      full.applications.find(ex, full.office.id, id),
    /** The application if this caller may see it (404 otherwise; 403 for an officer who never held it). */
    loadVisible: (ex: Executor, id: string, actor: Actor) => loadVisible(full, ex, id, actor),
    /**
     * One of Pintu's own transitions (a verified payment, a deemed approval, an escalation), through the one writer.
     */
    systemTransition: (tx: Executor, app: ApplicationRow, action: ApplicationAction, ctx?: SystemTransitionContext) =>
      systemTransition(full, tx, app, action, ctx),
    /** Files in a stage past the close of their due date (the escalation job). */
    heldDueBefore: (ex: Executor, date: string) => full.applications.heldDueBefore(ex, full.office.id, date),
    assignWaiting: (tx: Executor, requestId: string | null) => assignWaiting(full, tx, requestId),
    handOverFilesOf: (tx: Executor, officerId: string, reason: string, requestId: string | null) =>
      handOverFilesOf(full, tx, officerId, reason, requestId),
    releaseUnfitHolders: (tx: Executor, requestId: string | null) => releaseUnfitHolders(full, tx, requestId),
    expireOverdueReturns: (tx: Executor, requestId: string | null) => expireOverdueReturns(full, tx, requestId),
    refreshDueDates: (tx: Executor, fromDate: string) => refreshDueDates(full, tx, fromDate),
  }
}
export type ApplicationsModule = ReturnType<typeof createApplicationsModule>
/** A use case's parameters after its deps. */
type Tail<F> = F extends (deps: ApplicationsDeps, ...rest: infer R) => unknown ? R : never
