import type { StageProgress } from '@pintu/contract'

export type Tone = 'green' | 'yellow' | 'red' | 'grey'

/**
 * Timeline colours (SPEC §5): green done, yellow in progress, red returned or rejected. Always shown with a text label.
 */
export const stageTone = {
  done: 'green',
  in_progress: 'yellow',
  returned: 'red',
  rejected: 'red',
  pending: 'grey',
} as const satisfies Record<StageProgress['state'], Tone>
