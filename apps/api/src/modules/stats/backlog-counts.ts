import type { Executor } from '../../db/transaction.ts'
import type { BacklogCount, OfficerBacklogCount, StatsRepository } from './stats.repository.ts'

/** A count's key; the officer report's carries its assignee too. */
const keyText = (c: BacklogCount & { assigneeId?: string }) =>
  [c.status, c.serviceCode, c.serviceKind, c.channel, c.receivedOn, c.enteredOn, c.daysLeft, c.assigneeId ?? ''].join(
    '\u0000',
  )

/** The backlog before some changes: `counts` minus `changes`, key by key. */
export function withoutChanges<C extends BacklogCount>(counts: C[], changes: C[]): C[] {
  const byKey = new Map(counts.map((c) => [keyText(c), { ...c }]))
  for (const c of changes) {
    const k = keyText(c)
    const row = byKey.get(k) ?? { ...c, files: 0 }
    row.files -= c.files
    byKey.set(k, row)
  }
  // A key nobody is counted under is dropped: walking back over years, they would pile up.
  return [...byKey.values()].filter((c) => c.files !== 0)
}

/** The backlog by key at the end of `asOf`: now, minus every change after that day. */
export async function backlogCountsAsOf(
  stats: StatsRepository,
  ex: Executor,
  officeId: string,
  asOf: string,
  today: string,
): Promise<BacklogCount[]> {
  const now = await stats.backlogNow(ex, officeId)
  if (asOf >= today) return now
  return withoutChanges(now, await stats.backlogChangesAfter(ex, officeId, asOf))
}

/** The officer report's counts by key at the end of `asOf`, worked out the same way. */
export async function officerBacklogCountsAsOf(
  stats: StatsRepository,
  ex: Executor,
  officeId: string,
  asOf: string,
  today: string,
): Promise<OfficerBacklogCount[]> {
  const now = await stats.officerBacklogNow(ex, officeId)
  if (asOf >= today) return now
  return withoutChanges(now, await stats.officerBacklogChangesAfter(ex, officeId, asOf))
}
