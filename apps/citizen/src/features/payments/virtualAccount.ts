/**
 * `9327300000000001` → `9327 3000 0000 0001`: a 16-digit number read off a phone screen and typed
 * into an ATM is easier in groups of four, as on a bank card. Copying always takes the bare digits.
 */
export function groupVirtualAccount(digits: string): string {
  return (
    digits
      .replace(/\D/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? digits
  )
}
