/**
 * Wrong passphrases per signer: after `max` within `windowMs`, signing is refused until the oldest
 * failure leaves the window. Kept in the process (a guess costs a scrypt, and the national services
 * lock a passphrase after a few wrong tries themselves); each API process counts its own.
 */
export function createPassphraseThrottle(
  options: { max: number; windowMs: number } = { max: 5, windowMs: 15 * 60_000 },
) {
  const failures = new Map<string, number[]>()
  const recent = (id: string, now: Date) =>
    (failures.get(id) ?? []).filter((at) => now.getTime() - at < options.windowMs)
  return {
    blocked: (id: string, now: Date) => recent(id, now).length >= options.max,
    failed(id: string, now: Date) {
      failures.set(id, [...recent(id, now), now.getTime()])
    },
    succeeded(id: string) {
      failures.delete(id)
    },
  }
}
