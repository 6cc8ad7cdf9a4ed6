import type { ChangeActor } from '../changes/change-record.ts'
import type { Caller } from './applications.deps.ts'

/** The account acting, in the role it acts in: applicants as applicants, officers with the roles they hold. */
export const actorOf = (caller: Caller): ChangeActor => ({
  id: caller.actor.id,
  role: caller.actor.kind === 'applicant' ? 'applicant' : caller.actor.roles.join('+'),
})
export const applicantActor = (caller: Caller): ChangeActor => ({ id: caller.actor.id, role: 'applicant' })
