import type { ErrorEntry } from './error-entry.ts'

/** Public statistics. */
export const statsErrors = {
  'stats.bad_period': {
    status: 422,
    id: 'Periode tidak sah: tanggal awal tidak boleh setelah tanggal akhir, paling lama 366 hari, dan tidak di masa depan.',
    en: 'Invalid period: the first day must not be after the last, at most 366 days, and not in the future.',
  },
  'stats.future_date': {
    status: 422,
    id: 'Tanggal tidak boleh di masa depan.',
    en: 'The date must not be in the future.',
  },
} as const satisfies Record<string, ErrorEntry>
