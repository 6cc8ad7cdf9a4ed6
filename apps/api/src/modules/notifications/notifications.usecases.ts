import type { NotificationPreferences } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { NotificationsRepository } from './notifications.repository.ts'

export interface PreferencesDeps {
  db: Db
  clock: Clock
  changes: ChangeRecord
  repository: NotificationsRepository
}

export async function getPreferences(deps: PreferencesDeps, caller: Caller): Promise<NotificationPreferences> {
  return deps.repository.preferences(deps.db, caller.actor.id)
}

/** Replaces the caller's choice, recorded like every change (the choice only: no address). */
export async function setPreferences(
  deps: PreferencesDeps,
  body: NotificationPreferences,
  caller: Caller,
): Promise<NotificationPreferences> {
  const prefs = { locale: body.locale, channels: body.channels }
  await deps.db.transaction(async (tx) => {
    await deps.repository.savePreferences(tx, caller.actor.id, prefs, deps.clock.now())
    await deps.changes.record(tx, {
      action: 'identity.notification_preferences_set',
      entity: { type: 'user', id: caller.actor.id },
      actor: { id: caller.actor.id, role: 'applicant' },
      details: prefs,
      requestId: caller.requestId,
    })
  })
  return prefs
}
