import type { Executor } from '../../db/transaction.ts'
import type { IdentityRepository, UserWithOffice } from './identity.repository.ts'

/** What other modules may know of an account: names on files and permits, personal data on audited request, duty. */
export interface People {
  find(ex: Executor, id: string): Promise<UserWithOffice | undefined>
  /** Going on or off duty decides whether the system assigns the officer work. */
  setOnDuty(ex: Executor, id: string, onDuty: boolean): Promise<void>
}

export function createPeople(deps: { identity: IdentityRepository }): People {
  return {
    find: (ex, id) => deps.identity.findById(ex, id),
    setOnDuty: (ex, id, onDuty) => deps.identity.setOnDuty(ex, id, onDuty),
  }
}
