/** Payments received: what the treasurer reconciles with the bank and sends to the regional finance system. */
import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, Rupiah } from './common.ts'

/** The longest period one request may cover (a quarter), so an export stays a bounded read. */
export const RECEIVED_MAX_DAYS = 92

export const ReceivedPaymentsQuerySchema = Type.Object(
  {
    from: Type.Optional(IsoDate("First day (the office's time zone), inclusive; default six days before `to`")),
    to: Type.Optional(IsoDate("Last day (the office's time zone), inclusive; default today")),
  },
  { additionalProperties: false, description: `A period of at most ${RECEIVED_MAX_DAYS} days` },
)
export type ReceivedPaymentsQuery = Static<typeof ReceivedPaymentsQuerySchema>

export const ReceivedPaymentSchema = Type.Object(
  {
    paidAt: IsoDateTime('When the bank says it was paid'),
    paidOn: IsoDate("The day it was paid (the office's time zone)"),
    invoiceNumber: Type.String({ description: 'SKRD number' }),
    virtualAccount: Type.String({ description: 'Virtual account paid into' }),
    amount: Rupiah('Amount applied, in rupiah', 1),
    bankReference: Type.String({ description: 'Bank transaction reference (NTB)' }),
    source: Type.Enum(['bank', 'manual'], { description: 'Bank callback, or manual confirmation by two treasurers' }),
    registrationNo: Type.String({ description: 'Registration number of the application the SKRD belongs to' }),
    serviceCode: Type.String({ description: 'Service the fee is for' }),
  },
  {
    additionalProperties: false,
    description: "One payment applied to an SKRD. No personal data: no payer's name, NIK or contact.",
  },
)
export type ReceivedPayment = Static<typeof ReceivedPaymentSchema>

export const ReceivedPaymentsSchema = Type.Object(
  {
    from: IsoDate('First day of the period'),
    to: IsoDate('Last day of the period'),
    count: Type.Integer({ minimum: 0, description: 'Payments received in the period' }),
    total: Rupiah('Sum of the payments, in rupiah'),
    days: Type.Array(
      Type.Object(
        {
          date: IsoDate("The day (the office's time zone)"),
          count: Type.Integer({ minimum: 0, description: 'Payments that day' }),
          total: Rupiah('Sum that day, in rupiah'),
        },
        { additionalProperties: false },
      ),
      { description: 'Totals per day, every day of the period (0 when nothing came in), oldest first' },
    ),
    payments: Type.Array(ReceivedPaymentSchema, { description: 'Every payment of the period, oldest first' }),
  },
  { additionalProperties: false, description: 'Payments applied to invoices in a period, with totals per day' },
)
export type ReceivedPayments = Static<typeof ReceivedPaymentsSchema>

/** Columns of the CSV export, in order (the header row uses these names). */
export const receivedCsvColumns = [
  'tanggal_bayar',
  'waktu_bayar',
  'nomor_skrd',
  'nomor_va',
  'jumlah',
  'referensi_bank',
  'sumber',
  'nomor_registrasi',
  'kode_layanan',
] as const
