import type { ChangeActor } from '../changes/change-record.ts'
import type { Caller } from './applications.deps.ts'

/** The account acting, in the role it acts in: applicants as applicants, officers with the roles they hold. */
export const actorOf = (caller: Caller): ChangeActor =>
  caller.agent?.actor ?? {
    id: caller.actor.id,
    role: caller.actor.kind === 'applicant' ? 'applicant' : caller.actor.roles.join('+'),
  }
/** The applicant acting on their own file, or the agent (a frontdesk officer, a consented client) acting for them. */
export const applicantActor = (caller: Caller): ChangeActor =>
  caller.agent?.actor ?? { id: caller.actor.id, role: 'applicant' }
/** What an agent's change details add: whose behalf it was done on (an account id, pseudonymised in the log). */
export const onBehalf = (caller: Caller): { onBehalfOf?: string } =>
  caller.agent ? { onBehalfOf: caller.actor.id } : {}
