import { stageKeys, type Board } from '@pintu/contract'

type StageRow = Board['stages'][number]

/**
 * Every stage of the office, plus files waiting for an officer, in lifecycle order. The API lists
 * only stages holding files; a stage showing 0 is an answer too ("nothing is waiting there").
 */
export function stageRows(counts: readonly StageRow[]): StageRow[] {
  return [...stageKeys, 'unassigned' as const].map(
    (stage) => counts.find((row) => row.stage === stage) ?? { stage, count: 0, overdue: 0 },
  )
}
