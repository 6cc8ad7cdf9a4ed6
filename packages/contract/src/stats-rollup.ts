/**
 * The public figures of every office a deployment (a cell, usually a province) serves, added up:
 * per province and for the whole deployment, beside each office's own. Counts add up; the SLA's
 * medians and 90th percentiles are read from the offices' working-day histograms merged, never
 * averaged, and its shares from the summed counts.
 */
import { Type, type Static } from 'typebox'
import { IsoDate } from './common.ts'
import { BacklogSchema, DailyRowSchema, SlaSchema, slaCsvColumns } from './stats.ts'

/** A backlog without its CSV rows: the totals, ages and groups, which add up across offices. */
const { files, overdue, age, byKind, byStage, byChannel, byService } = BacklogSchema.properties
export const BacklogTotalsSchema = Type.Object(
  { files, overdue, age, byKind, byStage, byChannel, byService },
  {
    additionalProperties: false,
    description: 'Received and not finished: totals, ages and groups (as in GET /api/v1/stats/backlog)',
  },
)
export type BacklogTotals = Static<typeof BacklogTotalsSchema>

const OfficeCode = Type.String({ description: 'Kemendagri code of the office, e.g. `73.71`' })
const ProvinceCode = Type.String({ description: 'Kemendagri code of the province, e.g. `73`' })

export const BacklogRollupSchema = Type.Object(
  {
    asOf: IsoDate(
      "The day every office's figures stand at the end of (its own time zone); default the latest day that is today or past in every office",
    ),
    offices: Type.Array(
      Type.Object(
        { officeCode: OfficeCode, provinceCode: ProvinceCode, backlog: BacklogTotalsSchema },
        { additionalProperties: false },
      ),
      { description: 'Each office served, the default first' },
    ),
    provinces: Type.Array(
      Type.Object(
        { provinceCode: ProvinceCode, officeCodes: Type.Array(OfficeCode), backlog: BacklogTotalsSchema },
        { additionalProperties: false },
      ),
      { description: 'The offices of each province added up' },
    ),
    total: BacklogTotalsSchema,
  },
  { additionalProperties: false, description: 'The backlog of every office served, per province and in all' },
)
export type BacklogRollup = Static<typeof BacklogRollupSchema>

export const DailyRollupSchema = Type.Object(
  {
    from: IsoDate('First day of the period'),
    to: IsoDate('Last day of the period'),
    provinces: Type.Array(
      Type.Object(
        { provinceCode: ProvinceCode, officeCodes: Type.Array(OfficeCode), days: Type.Array(DailyRowSchema) },
        { additionalProperties: false },
      ),
      { description: 'The offices of each province added up, day by day (each office counts its own days)' },
    ),
    days: Type.Array(DailyRowSchema, { description: 'Every office served added up, every day of the period' }),
  },
  {
    additionalProperties: false,
    description: 'What happened each day in every office served, per province and in all',
  },
)
export type DailyRollup = Static<typeof DailyRollupSchema>

/** An SLA answer without its period: the figures per service and stage, returns, reassignments, escalations. */
const { services, stages, returnsByReason, reassignmentsByStage, escalationsByStage } = SlaSchema.properties
export const SlaTotalsSchema = Type.Object(
  { services, stages, returnsByReason, reassignmentsByStage, escalationsByStage },
  {
    additionalProperties: false,
    description:
      'SLA compliance (as in GET /api/v1/stats/sla): counts summed, median and p90 from the merged working-day histograms, shares from the summed counts',
  },
)
export type SlaTotals = Static<typeof SlaTotalsSchema>

export const SlaRollupSchema = Type.Object(
  {
    from: IsoDate('First day of the period (each office reads it in its own time zone)'),
    to: IsoDate(
      'Last day of the period; default the latest day that is today or past in every office, and the 30 days up to it',
    ),
    offices: Type.Array(
      Type.Object(
        { officeCode: OfficeCode, provinceCode: ProvinceCode, sla: SlaTotalsSchema },
        { additionalProperties: false },
      ),
      { description: 'Each office served, the default first: its own GET /api/v1/stats/sla figures' },
    ),
    provinces: Type.Array(
      Type.Object(
        { provinceCode: ProvinceCode, officeCodes: Type.Array(OfficeCode), sla: SlaTotalsSchema },
        { additionalProperties: false },
      ),
      { description: 'The offices of each province together' },
    ),
    total: SlaTotalsSchema,
  },
  {
    additionalProperties: false,
    description: 'SLA compliance over a period in every office served, per province and in all',
  },
)
export type SlaRollup = Static<typeof SlaRollupSchema>

/**
 * CSV of the SLA roll-up: the columns of the office's SLA CSV after the scope of each row
 * (`kantor` with the office code, `provinsi` with the province code, `semua` with no code).
 */
export const slaRollupCsvColumns = ['cakupan', 'kode_wilayah', ...slaCsvColumns] as const
