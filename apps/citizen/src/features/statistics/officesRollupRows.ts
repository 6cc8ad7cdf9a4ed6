import type { BacklogRollup, ServedOffice } from '@pintu/contract'

type Language = 'id' | 'en'

export interface RollupRow {
  /** Row header: a province (its offices added up), one of its offices, or all of them. */
  kind: 'province' | 'office' | 'total'
  name: string
  files: number
  overdue: number
}

/**
 * The roll-up as table rows: each province with its offices under it, in the order the deployment
 * lists them, then all of them. The API names offices by code; the office list gives their names.
 */
export function officesRollupRows(
  rollup: BacklogRollup,
  offices: readonly ServedOffice[],
  language: Language,
): RollupRow[] {
  const byCode = new Map(offices.map((office) => [office.code, office]))
  const rows: RollupRow[] = []
  for (const province of rollup.provinces) {
    const firstOffice = byCode.get(province.officeCodes[0] ?? '')
    const { files, overdue } = province.backlog
    rows.push({ kind: 'province', name: firstOffice?.province.name[language] ?? province.provinceCode, files, overdue })
    for (const code of province.officeCodes) {
      const office = rollup.offices.find((o) => o.officeCode === code)
      if (!office) continue
      const { files, overdue } = office.backlog
      rows.push({ kind: 'office', name: byCode.get(code)?.region[language] ?? code, files, overdue })
    }
  }
  const { files, overdue } = rollup.total
  rows.push({ kind: 'total', name: '', files, overdue })
  return rows
}

/** The same rows as CSV (RFC 4180, a header line), for the table's download button. */
export function officesRollupCsv(rows: readonly RollupRow[], totalName: string): string {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)
  const lines = ['level,name,files,overdue']
  for (const row of rows)
    lines.push([row.kind, quote(row.kind === 'total' ? totalName : row.name), row.files, row.overdue].join(','))
  return `${lines.join('\r\n')}\r\n`
}
