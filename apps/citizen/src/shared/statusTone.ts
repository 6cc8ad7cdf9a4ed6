import { lifecycle, type ApplicationStatus } from '@pintu/contract'

export type Tone = 'green' | 'yellow' | 'red' | 'grey' | 'blue'

// Outcomes that went against the applicant read red everywhere (timeline, badges), as in the API's
// timeline tones; everything else follows who holds the file, from the lifecycle table.
const unfavourable: readonly ApplicationStatus[] = ['returned', 'rejected', 'expired']

/**
 * The colour of a status badge: red when returned, rejected or expired; grey when withdrawn or deleted;
 * green for any other final status (issued); yellow while the applicant must act (draft, payment);
 * blue while the office works on it.
 */
export function statusTone(status: ApplicationStatus): Tone {
  if (unfavourable.includes(status)) return 'red'
  if (status === 'withdrawn' || status === 'deleted') return 'grey'
  const holder = lifecycle[status].holder
  if (holder === 'none') return 'green'
  return holder === 'applicant' ? 'yellow' : 'blue'
}
