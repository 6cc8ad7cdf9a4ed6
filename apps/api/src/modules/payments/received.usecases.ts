import {
  officeDays,
  RECEIVED_MAX_DAYS,
  receivedCsvColumns,
  type ReceivedPayment,
  type ReceivedPayments,
  type ReceivedPaymentsQuery,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import { fieldError } from '../../errors/app-error.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createReceivedRepository, type ReceivedRepository } from './received.repository.ts'

export interface ReceivedDeps {
  db: Db
  clock: Clock
  office: Office
  received: ReceivedRepository
}

/** The report's dependencies, from the payments module's. */
export const receivedDeps = (deps: Omit<ReceivedDeps, 'received'>): ReceivedDeps => ({
  ...deps,
  received: createReceivedRepository(),
})

const DAY_MS = 24 * 60 * 60_000
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** Payments applied in the period (office days, both ends included), with totals per day. */
export async function receivedPayments(deps: ReceivedDeps, query: ReceivedPaymentsQuery): Promise<ReceivedPayments> {
  const officeDay = officeDays(deps.office.timezone)
  const to = query.to ?? officeDay.dateOf(deps.clock.now())
  const from = query.from ?? addDays(to, -6)
  const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1
  if (days < 1) throw fieldError('/from', 'payments.bad_period')
  if (days > RECEIVED_MAX_DAYS) throw fieldError('/to', 'payments.bad_period')
  const rows = await deps.received.paidBetween(
    deps.db,
    deps.office.id,
    officeDay.startOfDay(from),
    officeDay.startOfDay(addDays(to, 1)),
  )
  const payments: ReceivedPayment[] = rows.map((r) => ({
    paidAt: r.paidAt!.toISOString(),
    paidOn: officeDay.dateOf(r.paidAt!),
    invoiceNumber: r.number,
    virtualAccount: r.virtualAccount,
    amount: r.amount,
    bankReference: r.bankReference ?? '',
    source: r.source ?? 'bank',
    registrationNo: r.registrationNo ?? '',
    serviceCode: r.serviceCode,
  }))
  const perDay = Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), count: 0, total: 0 }))
  for (const payment of payments) {
    const day = perDay.find((d) => d.date === payment.paidOn)
    if (!day) continue
    day.count += 1
    day.total += payment.amount
  }
  return {
    from,
    to,
    count: payments.length,
    total: payments.reduce((sum, p) => sum + p.amount, 0),
    days: perDay,
    payments,
  }
}

/** One CSV field: quoted when it holds a separator, a quote or a line end; a leading formula sign is defused. */
function csvField(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The export for the regional finance system: a header row, one row per payment, CRLF line ends. */
export function receivedCsv(report: ReceivedPayments): string {
  const lines = [receivedCsvColumns.join(',')]
  for (const p of report.payments) {
    lines.push(
      [
        p.paidOn,
        p.paidAt,
        p.invoiceNumber,
        p.virtualAccount,
        p.amount,
        p.bankReference,
        p.source,
        p.registrationNo,
        p.serviceCode,
      ]
        .map(csvField)
        .join(','),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}

export const csvFileName = (report: ReceivedPayments) => `pembayaran-${report.from}-${report.to}.csv`
