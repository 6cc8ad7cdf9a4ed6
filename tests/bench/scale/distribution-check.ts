// What the generated data looks like: statuses, rows per application, the share overdue.
import type { ScaleDatabase } from './database.ts'

export interface Distribution {
  distribution: { status: string; count: number }[]
  perApplication: { history: number; documents: number; assignments: number }
  overdueShare: number
}

export async function distributionOf(db: ScaleDatabase, today: Date): Promise<Distribution> {
  const distribution = await db.rows<{ status: string; count: string }>(
    `select status, count(*) as count from applications group by status order by count(*) desc`,
  )
  const total = distribution.reduce((s, d) => s + Number(d.count), 0)
  const count = async (table: string) =>
    Number((await db.rows<{ n: string }>(`select count(*) as n from ${table}`))[0]!.n)
  const [held] = await db.rows<{ held: string; overdue: string }>(
    `select count(*) as held, count(*) filter (where stage_due_date < '${today.toISOString().slice(0, 10)}') as overdue
       from applications where current_stage is not null`,
  )
  return {
    distribution: distribution.map((d) => ({ status: d.status, count: Number(d.count) })),
    perApplication: {
      history: (await count('application_events')) / total,
      documents: (await count('application_documents')) / total,
      assignments: (await count('stage_assignments')) / total,
    },
    overdueShare: Number(held!.overdue) / Math.max(1, Number(held!.held)),
  }
}
