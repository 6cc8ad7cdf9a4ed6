import { officeDays, type BankCallbackBody, type Invoice, type Reconciliation } from '@pintu/contract'
import { factsOf } from '../offices/office-facts.ts'
import { randomInt } from 'node:crypto'
import type { Actor } from '../../plugins/auth.ts'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, forbidden, notFound } from '../../errors/app-error.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { ApplicationsModule } from '../applications/applications.module.ts'
import type { ApplicationRow } from '../applications/applications.repository.ts'
import { SYSTEM, type ChangeActor, type ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { InvoiceRow, PaymentsRepository } from './payments.repository.ts'
import type { CatalogueRepository } from '../catalogue/catalogue.repository.ts'
import type { People } from '../identity/people.ts'
import { renderInvoicePdf, renderReceiptPdf } from './payment-pdf.ts'

const treasurer = (caller: Caller): ChangeActor => ({ id: caller.actor.id, role: 'treasurer' })

/** What issuing an invoice needs: it runs as an effect of the transition into awaiting_payment. */
export interface InvoicingDeps {
  clock: Clock
  office: Office
  payments: PaymentsRepository
  changes: ChangeRecord
}

export interface PaymentsDeps extends InvoicingDeps {
  db: Db
  applications: Pick<ApplicationsModule, 'find' | 'loadVisible' | 'systemTransition'>
  /** The payer's name printed on the SKRD and the receipt (the identity module). */
  people: Pick<People, 'find'>
  /** The service's name, from the version the application is filed under (the catalogue module). */
  catalogue: Pick<CatalogueRepository, 'pinnedDefinition'>
  /** Shared secret of the bank host's HMAC-signed callbacks. */
  callbackSecret: string
  /** Whether one account set the other up (identity module): such a pair is one person for dual control. */
  areRelated(ex: Executor, a: string, b: string): Promise<boolean>
}

/** Retribusi is due within 30 days of the SKRD (regional regulations set 15 or 30; Pintu takes the longer). */
const DUE_DAYS = 30

export const toInvoice = (row: InvoiceRow): Invoice => ({
  id: row.id,
  applicationId: row.applicationId,
  number: row.number,
  virtualAccount: row.virtualAccount,
  amount: row.amount,
  dueDate: row.dueDate,
  status: row.paidAt ? 'paid' : 'unpaid',
  issuedAt: row.issuedAt.toISOString(),
  paidAt: row.paidAt?.toISOString() ?? null,
  bankReference: row.bankReference,
})

/**
 * A virtual account: 9, the office's region digits, then random digits. Random, not the invoice
 * sequence: one known account number must not lead to the others (the city's bank format is not
 * known; the bank host would assign them in production).
 */
export function newVirtualAccount(officeCode: string): string {
  const prefix = `9${officeCode.replace(/\D/g, '')}`
  return prefix + Array.from({ length: 16 - prefix.length }, () => randomInt(10)).join('')
}

/**
 * Issues the SKRD when an approved application owes a fee: the amount is the one computed from
 * the catalogue rule at submission; no officer types it.
 */
export async function issueInvoice(
  deps: InvoicingDeps,
  tx: Executor,
  app: ApplicationRow,
  requestId: string | null,
): Promise<void> {
  const now = deps.clock.now()
  const n = await deps.payments.nextInvoiceNumber(tx)
  const days = officeDays(deps.office.timezone)
  const year = days.dateOf(now).slice(0, 4)
  const row = await deps.payments.insertInvoice(tx, {
    officeId: deps.office.id,
    applicationId: app.id,
    number: `SKRD/${year}/${String(n).padStart(6, '0')}`,
    virtualAccount: newVirtualAccount(deps.office.code),
    amount: app.feeAmount!,
    dueDate: days.dateOf(new Date(now.getTime() + DUE_DAYS * 86_400_000)),
    issuedAt: now,
  })
  await deps.changes.record(tx, {
    action: 'payment.invoice_issued',
    entity: { type: 'invoice', id: row.id },
    actor: SYSTEM,
    requestId,
    applicationId: app.id,
    details: { applicationId: app.id, number: row.number, amount: row.amount },
  })
}

/** The invoice the simulator may pay for this caller: their own as an applicant, any of the office as a treasurer. */
export async function simulatedInvoice(deps: PaymentsDeps, virtualAccount: string, actor: Actor): Promise<InvoiceRow> {
  const invoice = await deps.payments.invoiceByAccount(deps.db, deps.office.id, virtualAccount)
  const app = invoice && (await deps.applications.find(deps.db, invoice.applicationId))
  const allowed = actor.roles.includes('treasurer') || (actor.kind === 'applicant' && app?.applicantId === actor.id)
  // Someone else's invoice looks exactly like no invoice, so account numbers cannot be probed.
  if (!invoice || !allowed) throw notFound('payments.no_invoice')
  return invoice
}

/** Treasurers read every invoice of the office; everyone else the invoices of files they may see. */
export async function invoiceOf(deps: PaymentsDeps, applicationId: string, caller: Caller): Promise<Invoice> {
  const app = caller.actor.roles.includes('treasurer')
    ? await deps.applications.find(deps.db, applicationId)
    : await deps.applications.loadVisible(deps.db, applicationId, caller.actor)
  if (!app) throw notFound('applications.not_found')
  const row = await deps.payments.invoiceOfApplication(deps.db, app.id)
  if (!row) throw notFound('payments.no_invoice')
  return toInvoice(row)
}

/** The SKRD or its payment receipt as a PDF, for whoever may read the invoice; the receipt only once paid. */
export async function invoiceDocument(
  deps: PaymentsDeps,
  applicationId: string,
  kind: 'invoice' | 'receipt',
  caller: Caller,
): Promise<{ pdf: Buffer; fileName: string }> {
  const invoice = await invoiceOf(deps, applicationId, caller)
  if (kind === 'receipt' && invoice.status !== 'paid') throw conflict('payments.not_paid')
  const app = (await deps.applications.find(deps.db, applicationId))!
  const payer = await deps.people.find(deps.db, app.applicantId)
  const pinned = await deps.catalogue.pinnedDefinition(deps.db, app.serviceVersionId)
  const print = {
    officeName: factsOf(deps.office).name.id,
    registrationNo: app.registrationNo ?? '-',
    serviceName: pinned?.definition.name ?? { id: app.serviceCode, en: app.serviceCode },
    payerName: payer?.fullName ?? '-',
    timezone: deps.office.timezone,
  }
  const safeNumber = invoice.number.replace(/[^A-Za-z0-9]+/g, '-')
  return kind === 'invoice'
    ? { pdf: await renderInvoicePdf(invoice, print), fileName: `skrd-${safeNumber}.pdf` }
    : { pdf: await renderReceiptPdf(invoice, print), fileName: `bukti-bayar-${safeNumber}.pdf` }
}

type Outcome = 'applied' | 'duplicate' | 'amount_mismatch' | 'unknown_invoice' | 'already_paid'

/** Applies one payment notice exactly once per bank reference; anything unexpected is held for reconciliation. */
async function applyNotice(
  deps: PaymentsDeps,
  tx: Executor,
  notice: BankCallbackBody & { source: 'bank' | 'manual' },
  requestId: string | null,
  actor: ChangeActor = SYSTEM,
): Promise<Outcome> {
  const now = deps.clock.now()
  const noticeId = await deps.payments.recordNotice(tx, {
    officeId: deps.office.id,
    bankReference: notice.bankReference,
    virtualAccount: notice.virtualAccount,
    amount: notice.amount,
    paidAt: new Date(notice.paidAt),
    receivedAt: now,
    source: notice.source,
    outcome: 'pending',
  })
  if (!noticeId) return 'duplicate'
  const invoice = await deps.payments.lockInvoiceByAccount(tx, notice.virtualAccount)
  let outcome: Outcome
  if (!invoice || invoice.officeId !== deps.office.id) outcome = 'unknown_invoice'
  else if (invoice.paidAt) outcome = 'already_paid'
  else if (invoice.amount !== notice.amount) outcome = 'amount_mismatch'
  else {
    outcome = 'applied'
    await deps.payments.markPaid(tx, invoice.id, {
      paidAt: new Date(notice.paidAt),
      bankReference: notice.bankReference,
    })
    const app = (await deps.applications.find(tx, invoice.applicationId))!
    if (app.status === 'awaiting_payment') {
      await deps.applications.systemTransition(tx, app, 'pay', {
        requestId,
        grounds: { invoice: invoice.number, bankReference: notice.bankReference },
      })
    }
  }
  await deps.payments.setNoticeOutcome(tx, noticeId, outcome)
  await deps.changes.record(tx, {
    action: 'payment.notice_received',
    entity: { type: 'payment_notice', id: noticeId },
    actor,
    requestId,
    applicationId: invoice?.applicationId,
    details: {
      outcome,
      virtualAccount: notice.virtualAccount,
      amount: notice.amount,
      bankReference: notice.bankReference,
      source: notice.source,
    },
  })
  return outcome
}

export async function receiveBankCallback(
  deps: PaymentsDeps,
  body: BankCallbackBody,
  requestId: string,
): Promise<{ outcome: Outcome }> {
  return { outcome: await deps.db.transaction((tx) => applyNotice(deps, tx, { ...body, source: 'bank' }, requestId)) }
}

export async function reconciliation(deps: PaymentsDeps): Promise<Reconciliation> {
  const [unpaid, exceptions, pending] = await Promise.all([
    deps.payments.unpaid(deps.db, deps.office.id),
    deps.payments.exceptions(deps.db, deps.office.id),
    deps.payments.pendingManual(deps.db, deps.office.id),
  ])
  return {
    unpaid: unpaid.map(toInvoice),
    exceptions: exceptions.map((n) => ({
      id: n.id,
      receivedAt: n.receivedAt.toISOString(),
      virtualAccount: n.virtualAccount,
      amount: n.amount,
      bankReference: n.bankReference,
      outcome: n.outcome as Outcome,
      source: n.source,
    })),
    pendingManual: pending.map((p) => ({
      id: p.manual.id,
      invoiceId: p.manual.invoiceId,
      bankReference: p.manual.bankReference,
      amount: p.manual.amount,
      note: p.manual.note,
      requestedBy: p.requestedByName,
      requestedById: p.manual.requestedBy,
      requestedAt: p.manual.requestedAt.toISOString(),
    })),
  }
}

export async function requestManualConfirmation(
  deps: PaymentsDeps,
  invoiceId: string,
  body: { bankReference: string; amount: number; note: string },
  caller: Caller,
) {
  return deps.db.transaction(async (tx) => {
    const invoice = await deps.payments.invoiceById(tx, deps.office.id, invoiceId)
    if (!invoice) throw notFound('payments.no_invoice')
    if (invoice.paidAt) throw conflict('payments.already_paid')
    const now = deps.clock.now()
    const row = await deps.payments.insertManual(tx, {
      invoiceId,
      ...body,
      requestedBy: caller.actor.id,
      requestedAt: now,
    })
    await deps.changes.record(tx, {
      action: 'payment.manual_requested',
      entity: { type: 'invoice', id: invoiceId },
      actor: treasurer(caller),
      requestId: caller.requestId,
      applicationId: invoice.applicationId,
      details: { bankReference: body.bankReference, amount: body.amount },
    })
    return { id: row.id, status: 'pending' as const }
  })
}

/** Dual control (SPEC §3): the treasurer who entered a manual payment cannot approve it. */
export async function approveManualConfirmation(
  deps: PaymentsDeps,
  id: string,
  caller: Caller,
): Promise<{ outcome: Outcome }> {
  return deps.db.transaction(async (tx) => {
    const manual = await deps.payments.lockManual(tx, id)
    if (!manual) throw notFound('payments.no_manual_confirmation')
    if (manual.approvedAt) throw conflict('payments.already_approved')
    if (manual.requestedBy === caller.actor.id) throw forbidden('payments.same_treasurer')
    // Two treasurer accounts one of which set up the other are one person's reach, not two persons.
    if (await deps.areRelated(tx, manual.requestedBy, caller.actor.id)) throw forbidden('payments.related_treasurer')
    const invoice = await deps.payments.invoiceById(tx, deps.office.id, manual.invoiceId)
    if (!invoice) throw notFound('payments.no_invoice')
    const now = deps.clock.now()
    await deps.payments.approveManual(tx, id, caller.actor.id, now)
    const notice = {
      virtualAccount: invoice.virtualAccount,
      amount: manual.amount,
      paidAt: now.toISOString(),
      bankReference: manual.bankReference,
      source: 'manual' as const,
    }
    const outcome = await applyNotice(deps, tx, notice, caller.requestId, treasurer(caller))
    if (outcome === 'duplicate') throw new AppError('payments.reference_used')
    return { outcome }
  })
}
