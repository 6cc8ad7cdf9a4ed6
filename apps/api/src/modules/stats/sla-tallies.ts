// The SLA figures kept as what adds up: per service and stage a count and a working-day histogram,
// and the counts of returns, reassignments and escalations. An office's answer and a roll-up of many
// offices are both read from these, so a roll-up's median is the median of every file it covers,
// never an average of the offices' medians.
import type { SlaTotals } from '@pintu/contract'

export interface Tally {
  finished: number
  withinSla: number
  /** Working days taken → how many took that many. */
  histogram: Map<number, number>
}

export interface SlaTallies {
  services: Map<string, Tally>
  stages: Map<string, Tally>
  returnsByReason: Map<string, number>
  reassignmentsByStage: Map<string, number>
  escalationsByStage: Map<string, number>
}

/** One row of a working-day histogram: `stage` 'total' is a service's files from registration to outcome. */
export interface DurationRow {
  serviceCode: string
  stage: string
  workingDays: number
  withinSla: boolean
  count: number
}

export const emptySlaTallies = (): SlaTallies => ({
  services: new Map(),
  stages: new Map(),
  returnsByReason: new Map(),
  reassignmentsByStage: new Map(),
  escalationsByStage: new Map(),
})

export function addDuration(tallies: SlaTallies, r: DurationRow): void {
  const [map, key] = r.stage === 'total' ? [tallies.services, r.serviceCode] : [tallies.stages, r.stage]
  const t = map.get(key) ?? { finished: 0, withinSla: 0, histogram: new Map() }
  t.finished += r.count
  if (r.withinSla) t.withinSla += r.count
  t.histogram.set(r.workingDays, (t.histogram.get(r.workingDays) ?? 0) + r.count)
  map.set(key, t)
}

function mergeTallies(a: Map<string, Tally>, b: Map<string, Tally>): Map<string, Tally> {
  const merged = new Map([...a].map(([key, t]) => [key, { ...t, histogram: new Map(t.histogram) }]))
  for (const [key, t] of b) {
    const kept = merged.get(key)
    if (!kept) {
      merged.set(key, { ...t, histogram: new Map(t.histogram) })
      continue
    }
    kept.finished += t.finished
    kept.withinSla += t.withinSla
    for (const [days, n] of t.histogram) kept.histogram.set(days, (kept.histogram.get(days) ?? 0) + n)
  }
  return merged
}

function mergeCounts(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const merged = new Map(a)
  for (const [key, n] of b) merged.set(key, (merged.get(key) ?? 0) + n)
  return merged
}

/** The tallies of `a` and `b` together; neither is changed (an office's own stay its own). */
export const mergeSlaTallies = (a: SlaTallies, b: SlaTallies): SlaTallies => ({
  services: mergeTallies(a.services, b.services),
  stages: mergeTallies(a.stages, b.stages),
  returnsByReason: mergeCounts(a.returnsByReason, b.returnsByReason),
  reassignmentsByStage: mergeCounts(a.reassignmentsByStage, b.reassignmentsByStage),
  escalationsByStage: mergeCounts(a.escalationsByStage, b.escalationsByStage),
})

/** Nearest-rank percentile of an integer histogram (value → count), sorted by value. */
function percentile(histogram: [number, number][], total: number, p: number): number {
  const rank = Math.max(1, Math.ceil(p * total))
  let seen = 0
  for (const [value, count] of histogram) {
    seen += count
    if (seen >= rank) return value
  }
  return histogram.at(-1)![0]
}

function figures(t: Tally) {
  const histogram = [...t.histogram.entries()].sort((a, b) => a[0] - b[0])
  const none = t.finished === 0
  return {
    finished: t.finished,
    withinSla: t.withinSla,
    share: none ? null : t.withinSla / t.finished,
    medianDays: none ? null : percentile(histogram, t.finished, 0.5),
    p90Days: none ? null : percentile(histogram, t.finished, 0.9),
  }
}

const sortedEntries = <T>(m: Map<string, T>) => [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]))

/** The published figures of these tallies, each list sorted by its key. */
export function slaFigures(t: SlaTallies): SlaTotals {
  return {
    services: sortedEntries(t.services).map(([serviceCode, tally]) => ({ serviceCode, ...figures(tally) })),
    stages: sortedEntries(t.stages).map(([stage, tally]) => ({ stage, ...figures(tally) })),
    returnsByReason: sortedEntries(t.returnsByReason).map(([code, returns]) => ({ code, returns })),
    reassignmentsByStage: sortedEntries(t.reassignmentsByStage).map(([stage, count]) => ({ stage, count })),
    escalationsByStage: sortedEntries(t.escalationsByStage).map(([stage, count]) => ({ stage, count })),
  }
}
