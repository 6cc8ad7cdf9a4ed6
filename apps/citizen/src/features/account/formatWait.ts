type Translate = (key: string, plural: number) => string

/** A wait from Retry-After in words: `45 detik`, `2 menit` (rounded up: never promise too early). */
export function formatWait(seconds: number, t: Translate): string {
  if (seconds < 60) return t('time.seconds', Math.max(1, Math.ceil(seconds)))
  return t('time.minutes', Math.ceil(seconds / 60))
}
