// What the measurements say, in words: each query over its goal, with the statement that costs
// most and how it finds its rows.
import { seqScansOn, type Measurement } from './measure.ts'

const executionMs = (plan: string[]) =>
  Number(/actual time=[\d.]+\.\.([\d.]+)/.exec(plan.find((l) => /actual time=/.test(l)) ?? '')?.[1] ?? 0)

export function findings(measurements: Measurement[]): string[] {
  const notes: string[] = []
  for (const m of measurements) {
    const costliest = [...m.statements].sort((a, b) => executionMs(b.plan) - executionMs(a.plan))[0]
    const scans = ['applications', 'application_events', 'stage_assignments', 'application_documents'].filter(
      (t) => costliest && seqScansOn(costliest.plan, t),
    )
    const how = scans.length ? `; it reads ${scans.join(' and ')} with a sequential scan` : ''
    if (m.goalMs !== undefined && m.p95 > m.goalMs)
      notes.push(
        `**${m.name}** is over its goal (p95 ${m.p95.toFixed(1)} ms against ≤ ${m.goalMs} ms). Costliest statement ` +
          `(${executionMs(costliest?.plan ?? []).toFixed(1)} ms in the plan): \`${(costliest?.sql ?? '').slice(0, 120)}…\`${how}.`,
      )
    else if (m.goalMs !== undefined)
      notes.push(`${m.name} meets its goal (p95 ${m.p95.toFixed(2)} ms against ≤ ${m.goalMs} ms).`)
  }
  notes.push('Fixes proposed for what is over its goal: see "Data scale: proposed fixes" below this section.')
  return notes
}
