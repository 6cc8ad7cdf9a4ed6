import type { ChangeActor } from '../changes/change-record.ts'
import type { Caller } from './applications.deps.ts'

/** The account acting, in the role it acts in: applicants as applicants, officers with the roles they hold. */
export const actorOf = (caller: Caller): ChangeActor =>
  caller.counterOfficer ?? {
    id: caller.actor.id,
    role: caller.actor.kind === 'applicant' ? 'applicant' : caller.actor.roles.join('+'),
  }
/** The applicant acting on their own file, or the frontdesk officer acting for them at the counter. */
export const applicantActor = (caller: Caller): ChangeActor =>
  caller.counterOfficer ?? { id: caller.actor.id, role: 'applicant' }
/** What a counter change's details add: whose behalf it was done on (an account id, pseudonymised in the log). */
export const onBehalf = (caller: Caller): { onBehalfOf?: string } =>
  caller.counterOfficer ? { onBehalfOf: caller.actor.id } : {}
