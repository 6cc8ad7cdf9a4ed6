const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

/**
 * Fills the catalogue's number format from the office date of issue, e.g.
 * `503/{seq}/DPMPTSP/{roman_month}/{year}` → 503/12/DPMPTSP/III/2026.
 */
export function formatPermitNumber(format: string, p: { sequence: number; issuedOn: string }): string {
  const [year, month] = p.issuedOn.split('-')
  return format
    .replaceAll('{seq}', String(p.sequence))
    .replaceAll('{roman_month}', ROMAN[Number(month) - 1]!)
    .replaceAll('{year}', year!)
}

/**
 * The last day of validity: the same day `months` later, minus one (a 12-month permit from 5 March runs to 4 March).
 */
export function validUntil(issuedOn: string, months: number | null): string | null {
  if (months === null) return null
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number]
  const end = new Date(Date.UTC(y, m - 1 + months, d))
  // 31 January + 1 month: JS rolls into March; clamp to the month's last day instead.
  if (end.getUTCDate() !== d) end.setUTCDate(0)
  end.setUTCDate(end.getUTCDate() - 1)
  return end.toISOString().slice(0, 10)
}
