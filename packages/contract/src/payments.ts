import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, Rupiah, Text, Uuid } from './common.ts'

/** An SKRD (Surat Ketetapan Retribusi Daerah): the only way a fee is asked for. Officers never take cash. */
export const InvoiceSchema = Type.Object({
  id: Uuid('Invoice id'),
  applicationId: Uuid('Application it belongs to'),
  number: Type.String({ description: 'SKRD number, e.g. SKRD/2026/000123' }),
  virtualAccount: Type.String({
    pattern: '^[0-9]{16}$',
    description: 'Virtual account number to pay into (16 digits)',
  }),
  amount: Rupiah('Amount in rupiah, from the catalogue fee rule only', 1),
  dueDate: IsoDate("Pay by this date (the office's time zone)"),
  status: Type.Enum(['unpaid', 'paid'], { description: 'Whether the bank has confirmed payment' }),
  issuedAt: IsoDateTime('When the SKRD was issued'),
  paidAt: Type.Union([IsoDateTime('When the bank says it was paid'), Type.Null()]),
  bankReference: Type.Union([Type.String({ description: 'Bank transaction reference (NTB)' }), Type.Null()]),
})
export type Invoice = Static<typeof InvoiceSchema>

export const BankCallbackBodySchema = Type.Object(
  {
    virtualAccount: Type.String({ pattern: '^[0-9]{16}$', description: 'The virtual account paid into' }),
    amount: Rupiah('Amount received, in rupiah', 1),
    paidAt: IsoDateTime('When the bank received it'),
    bankReference: Type.String({
      minLength: 6,
      maxLength: 64,
      pattern: '^[A-Za-z0-9-]+$',
      description: 'Unique bank transaction reference; a repeat is a duplicate',
    }),
  },
  {
    additionalProperties: false,
    description:
      'Host-to-host payment notice. Headers: `X-Pintu-Timestamp` (Unix seconds, within 5 minutes) and `X-Pintu-Signature` = hex HMAC-SHA256(secret, `<timestamp>.<raw body>`).',
  },
)
export type BankCallbackBody = Static<typeof BankCallbackBodySchema>

export const paymentOutcomes = ['applied', 'duplicate', 'amount_mismatch', 'unknown_invoice', 'already_paid'] as const
export const BankCallbackResultSchema = Type.Object({
  outcome: Type.Enum([...paymentOutcomes], {
    description:
      '`applied` moved the file on; the others changed nothing and await reconciliation (except `duplicate`)',
  }),
})

export const PaymentNoticeSchema = Type.Object({
  id: Uuid('Notice id'),
  receivedAt: IsoDateTime('When Pintu received it'),
  virtualAccount: Type.String(),
  amount: Rupiah('Amount in rupiah'),
  bankReference: Type.String(),
  outcome: Type.Enum([...paymentOutcomes]),
  source: Type.Enum(['bank', 'manual'], { description: 'Bank callback, or manual confirmation by two treasurers' }),
})

export const ReconciliationSchema = Type.Object({
  unpaid: Type.Array(InvoiceSchema, { description: 'Invoices not yet paid, oldest first' }),
  exceptions: Type.Array(PaymentNoticeSchema, {
    description: 'Payments that could not be applied: wrong amount, unknown account, paid twice',
  }),
  pendingManual: Type.Array(
    Type.Object({
      id: Uuid('Manual confirmation id'),
      invoiceId: Uuid('Invoice'),
      bankReference: Type.String(),
      amount: Rupiah('Amount in rupiah'),
      note: Type.String(),
      requestedBy: Type.String({ description: 'Treasurer who entered it' }),
      requestedById: Uuid('Account id of that treasurer'),
      requestedAt: IsoDateTime('When'),
    }),
    { description: 'Manual confirmations waiting for a second treasurer' },
  ),
})
export type Reconciliation = Static<typeof ReconciliationSchema>

export const ManualConfirmationBodySchema = Type.Object(
  {
    bankReference: Type.String({
      minLength: 6,
      maxLength: 64,
      pattern: '^[A-Za-z0-9-]+$',
      description: 'Reference on the bank statement',
    }),
    amount: Rupiah('Amount on the bank statement', 1),
    note: Text({ minLength: 10, maxLength: 500, multiline: true, description: 'Why the bank callback did not arrive' }),
  },
  {
    additionalProperties: false,
    description: 'Records a payment the bank callback missed; a second treasurer must approve it',
  },
)
export const ManualConfirmationSchema = Type.Object({
  id: Uuid('Manual confirmation id'),
  status: Type.Enum(['pending', 'approved']),
})

export const SimulatedPaymentBodySchema = Type.Object(
  {
    virtualAccount: Type.String({ pattern: '^[0-9]{16}$' }),
    amount: Type.Optional(Rupiah('Defaults to the invoice amount', 1)),
  },
  {
    additionalProperties: false,
    description: 'BANK SIMULATOR: pays a virtual account the way the bank host would, with a signed callback',
  },
)
