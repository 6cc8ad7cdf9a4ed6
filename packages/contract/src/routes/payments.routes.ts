/** Invoices (SKRD), the signed bank callback, manual confirmation by two treasurers, the bank simulator. */
import { Type } from 'typebox'
import { ApplicationIdParamsSchema } from '../applications.ts'
import {
  BankCallbackBodySchema,
  BankCallbackResultSchema,
  InvoiceSchema,
  ManualConfirmationBodySchema,
  ManualConfirmationSchema,
  ReconciliationSchema,
  SimulatedPaymentBodySchema,
} from '../payments.ts'
import { ReceivedPaymentsQuerySchema, ReceivedPaymentsSchema } from '../received-payments.ts'
import { defineRoute } from '../route.ts'
import { fileReaderRoles, paymentReaderRoles } from '../roles.ts'

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false })

export const paymentRoutes = {
  invoice: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/invoice',
    access: ['applicant', 'treasurer', ...fileReaderRoles],
    errors: ['applications.not_found', 'applications.not_assigned', 'payments.no_invoice'],
    schema: {
      summary: 'The SKRD of an application, with payment instructions',
      tags: ['payments'],
      params: ApplicationIdParamsSchema,
      response: { 200: InvoiceSchema },
    },
  }),
  invoicePdf: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/invoice.pdf',
    access: ['applicant', 'treasurer', ...fileReaderRoles],
    errors: ['applications.not_found', 'applications.not_assigned', 'payments.no_invoice'],
    schema: {
      summary: 'Download the SKRD as a PDF',
      description:
        'The same invoice as `GET …/invoice` (amount from the catalogue fee rule, virtual account, due date), printed on the office letterhead with the payer and the service. Whoever may read the invoice may download it.',
      tags: ['payments'],
      params: ApplicationIdParamsSchema,
      response: { 200: Type.String({ description: 'application/pdf' }) },
    },
  }),
  receiptPdf: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/receipt.pdf',
    access: ['applicant', 'treasurer', ...fileReaderRoles],
    errors: ['applications.not_found', 'applications.not_assigned', 'payments.no_invoice', 'payments.not_paid'],
    schema: {
      summary: 'Download the payment receipt of a paid SKRD as a PDF',
      description:
        'Once the bank has confirmed the payment (409 `payments.not_paid` before): amount, when it was paid and the bank reference.',
      tags: ['payments'],
      params: ApplicationIdParamsSchema,
      response: { 200: Type.String({ description: 'application/pdf' }) },
    },
  }),
  callback: defineRoute({
    method: 'POST',
    url: '/api/v1/payments/callback',
    access: 'public',
    errors: ['payments.bad_signature', 'payments.stale_timestamp'],
    schema: {
      summary: 'Bank payment callback (host-to-host, HMAC-signed)',
      description:
        'Authenticated by `X-Pintu-Signature` over `X-Pintu-Timestamp` and the raw body; refused outside a 5-minute window. Idempotent per bank reference; a wrong amount is held for reconciliation.',
      tags: ['payments'],
      body: BankCallbackBodySchema,
      response: { 200: BankCallbackResultSchema },
    },
  }),
  reconciliation: defineRoute({
    method: 'GET',
    url: '/api/v1/payments/reconciliation',
    access: paymentReaderRoles,
    schema: {
      summary: 'Unpaid invoices, payment exceptions and manual confirmations awaiting approval',
      tags: ['payments'],
      response: { 200: ReconciliationSchema },
    },
  }),
  received: defineRoute({
    method: 'GET',
    url: '/api/v1/payments/received',
    access: paymentReaderRoles,
    errors: ['payments.bad_period'],
    schema: {
      summary: 'Payments received in a period, with totals per day',
      description:
        'Every payment applied to an SKRD (bank callback or two-treasurer manual entry), oldest first. Send `Accept: text/csv`, or use `/payments/received.csv`, for the export to the regional finance system. No personal data.',
      tags: ['payments'],
      querystring: ReceivedPaymentsQuerySchema,
      response: { 200: ReceivedPaymentsSchema },
    },
  }),
  receivedCsv: defineRoute({
    method: 'GET',
    url: '/api/v1/payments/received.csv',
    access: paymentReaderRoles,
    errors: ['payments.bad_period'],
    schema: {
      summary: 'Payments received in a period, as CSV for the regional finance system',
      description:
        'UTF-8, comma-separated, CRLF line ends, a header row: tanggal_bayar (office date), waktu_bayar (ISO time), nomor_skrd, nomor_va, jumlah (rupiah, integer), referensi_bank, sumber (bank | manual), nomor_registrasi, kode_layanan. No personal data.',
      tags: ['payments'],
      querystring: ReceivedPaymentsQuerySchema,
      response: { 200: Type.String({ description: 'text/csv' }) },
    },
  }),
  requestManual: defineRoute({
    method: 'POST',
    url: '/api/v1/payments/invoices/:id/manual-confirmations',
    access: ['treasurer'],
    errors: ['payments.no_invoice', 'payments.already_paid'],
    schema: {
      summary: 'Enter a payment from the bank statement (first treasurer)',
      tags: ['payments'],
      params: IdParams,
      body: ManualConfirmationBodySchema,
      response: { 201: ManualConfirmationSchema },
    },
  }),
  approveManual: defineRoute({
    method: 'POST',
    url: '/api/v1/payments/manual-confirmations/:id/approve',
    access: ['treasurer'],
    errors: [
      'payments.no_manual_confirmation',
      'payments.already_approved',
      'payments.same_treasurer',
      'payments.related_treasurer',
      'payments.no_invoice',
      'payments.reference_used',
    ],
    schema: {
      summary: 'Approve a manual payment (a second treasurer)',
      description: 'Refused for the treasurer who entered it (403 `payments.same_treasurer`).',
      tags: ['payments'],
      params: IdParams,
      response: { 200: BankCallbackResultSchema },
    },
  }),
  simulate: defineRoute({
    method: 'POST',
    url: '/api/v1/bank-simulator/payments',
    access: ['applicant', 'treasurer'],
    errors: ['payments.no_invoice'],
    schema: {
      summary: 'BANK SIMULATOR: pay a virtual account (demo installations only)',
      description:
        "Present only when the bank simulator is on (the embedded default; never together with a real bank secret; `simulators` in `/ready` and `/api/v1/site` says so). Only the invoice's own applicant or a treasurer may use it (404 `payments.no_invoice` for anyone else's). Sends the same signed callback a bank host would.",
      tags: ['bank simulator'],
      body: SimulatedPaymentBodySchema,
      response: { 200: BankCallbackResultSchema },
    },
  }),
}
