/**
 * Public statistics (SPEC §2 P2, §8, §9): how many are waiting, where, for how long, and how the
 * office keeps its working-day promises. Counts only: no registration numbers, no personal data.
 */
import { Type, type Static } from 'typebox'
import { IsoDate } from './common.ts'
import { RealUserSchema } from './vitals.ts'

/** The longest period one request may cover, so a report stays a bounded read. */
export const STATS_MAX_DAYS = 366

/** Age of a waiting file in working days since it was received, in these buckets (upper bound inclusive). */
export const backlogAgeBuckets = [
  { bucket: '0-3', max: 3 },
  { bucket: '4-7', max: 7 },
  { bucket: '8-14', max: 14 },
  { bucket: '15-30', max: 30 },
  { bucket: '31+', max: Number.POSITIVE_INFINITY },
] as const
export type BacklogAgeBucket = (typeof backlogAgeBuckets)[number]['bucket']

/** How a file came in: online by the applicant, at the counter by an officer, or by a consented integration client. */
export const intakeChannels = ['online', 'counter', 'integration'] as const
export type IntakeChannel = (typeof intakeChannels)[number]

const Count = (description: string) => Type.Integer({ minimum: 0, description })

export const StatsAsOfQuerySchema = Type.Object(
  {
    asOf: Type.Optional(
      IsoDate("Figures as they stood at the end of this day (the office's time zone); default now. Not in the future"),
    ),
  },
  { additionalProperties: false },
)
export type StatsAsOfQuery = Static<typeof StatsAsOfQuerySchema>

export const StatsPeriodQuerySchema = Type.Object(
  {
    from: Type.Optional(IsoDate("First day (the office's time zone), inclusive; default 29 days before `to`")),
    to: Type.Optional(IsoDate("Last day (the office's time zone), inclusive; default today")),
  },
  { additionalProperties: false, description: `A period of at most ${STATS_MAX_DAYS} days, not in the future` },
)
export type StatsPeriodQuery = Static<typeof StatsPeriodQuerySchema>

const AgeCountsSchema = Type.Object(
  Object.fromEntries(backlogAgeBuckets.map((b) => [b.bucket, Count(`Files received ${b.bucket} working days ago`)])),
  { additionalProperties: false, description: 'Files by working days since they were received' },
)

export const BacklogRowSchema = Type.Object(
  {
    kind: Type.Enum(['izin', 'non_izin'], { description: 'Permit (izin) or non-permit (non_izin) service' }),
    serviceCode: Type.String({ description: 'Service code in the catalogue' }),
    stage: Type.String({
      description:
        'Where the file is: its status (`submitted`, `admin_verification`, `technical_review`, `decision`, `awaiting_payment`, `signing`, or `returned` when it is with the applicant)',
    }),
    channel: Type.Enum([...intakeChannels], { description: 'online, or counter (filed by an officer at the desk)' }),
    files: Count('Files received and not finished'),
    overdue: Count('Of these, files past the due date of their current stage (returned files never are)'),
    age: AgeCountsSchema,
  },
  { additionalProperties: false },
)
export type BacklogRow = Static<typeof BacklogRowSchema>

const GroupSchema = (description: string) =>
  Type.Array(
    Type.Object(
      {
        key: Type.String({ description: 'The group (kind, service code, stage or channel)' }),
        files: Count('Files received and not finished'),
        overdue: Count('Of these, overdue in their current stage'),
      },
      { additionalProperties: false },
    ),
    { description },
  )

export const BacklogSchema = Type.Object(
  {
    asOf: IsoDate('The day the figures stand at the end of (today when not asked)'),
    files: Count('Everything received and not finished'),
    overdue: Count('Of these, overdue in their current stage'),
    age: AgeCountsSchema,
    byKind: GroupSchema('By kind: izin and non_izin'),
    byStage: GroupSchema('By stage (status)'),
    byChannel: GroupSchema('By intake channel'),
    byService: GroupSchema('By service code'),
    rows: Type.Array(BacklogRowSchema, {
      description: 'One row per kind, service, stage and channel with any waiting file: the CSV export',
    }),
  },
  { additionalProperties: false, description: 'The backlog: received and not finished, with ages and overdue counts' },
)
export type Backlog = Static<typeof BacklogSchema>

/** Columns of the backlog CSV, in order. */
export const backlogCsvColumns = [
  'jenis',
  'kode_layanan',
  'tahap',
  'kanal',
  'berkas',
  'terlambat',
  ...backlogAgeBuckets.map((b) => `umur_${b.bucket}`),
] as const

export const dailyCounts = [
  'registrations',
  'decisions',
  'approvals',
  'rejections',
  'deemedApprovals',
  'issuances',
  'returns',
  'withdrawals',
  'expiries',
] as const
export type DailyCount = (typeof dailyCounts)[number]

export const DailyRowSchema = Type.Object(
  {
    date: IsoDate("The day (the office's time zone)"),
    registrations: Count('First submissions (a registration number given)'),
    decisions: Count('Decisions: approvals, rejections and deemed approvals'),
    approvals: Count('Approved by the approver'),
    rejections: Count('Rejected, with a legal reason'),
    deemedApprovals: Count('Approved by law because the decision was not made in time (fiktif positif)'),
    issuances: Count('Permits or letters signed and issued'),
    returns: Count('Files sent back to the applicant to fix'),
    withdrawals: Count('Withdrawn by the applicant'),
    expiries: Count('Returned files not fixed in time'),
  },
  { additionalProperties: false },
)
export type DailyRow = Static<typeof DailyRowSchema>

export const DailySchema = Type.Object(
  {
    from: IsoDate('First day of the period'),
    to: IsoDate('Last day of the period'),
    days: Type.Array(DailyRowSchema, {
      description: 'Every day of the period (0 when nothing happened), oldest first',
    }),
  },
  { additionalProperties: false, description: 'What happened each day' },
)
export type Daily = Static<typeof DailySchema>

export const dailyCsvColumns = [
  'tanggal',
  'registrasi',
  'keputusan',
  'disetujui',
  'ditolak',
  'fiktif_positif',
  'terbit',
  'dikembalikan',
  'ditarik',
  'kedaluwarsa',
] as const

const SlaFigures = {
  finished: Count('Finished in the period'),
  withinSla: Count('Of these, finished by their due date'),
  share: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
    description: 'withinSla / finished; null when nothing finished',
  }),
  medianDays: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
    description: 'Median working days taken; null when nothing finished',
  }),
  p90Days: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
    description: '90th percentile of working days taken (nearest rank); null when nothing finished',
  }),
}

export const SlaSchema = Type.Object(
  {
    from: IsoDate('First day of the period'),
    to: IsoDate('Last day of the period'),
    services: Type.Array(
      Type.Object(
        { serviceCode: Type.String({ description: 'Service code' }), ...SlaFigures },
        { additionalProperties: false },
      ),
      {
        description:
          'Per service: files that reached a decision outcome (issued or rejected) in the period, against their expected completion date; days from registration, applicant time included',
      },
    ),
    stages: Type.Array(
      Type.Object(
        { stage: Type.String({ description: 'Catalogue stage key' }), ...SlaFigures },
        { additionalProperties: false },
      ),
      { description: 'Per stage: stage visits that ended in the period, against the stage due date' },
    ),
    returnsByReason: Type.Array(
      Type.Object(
        { code: Type.String({ description: 'Return reason code' }), returns: Count('Returns citing it') },
        { additionalProperties: false },
      ),
      { description: 'Returns to the applicant per reason code (one return may cite several)' },
    ),
    reassignmentsByStage: Type.Array(
      Type.Object(
        { stage: Type.String({ description: 'Catalogue stage key' }), count: Count('Reassignments by a supervisor') },
        { additionalProperties: false },
      ),
      { description: 'Reassignments per stage' },
    ),
    escalationsByStage: Type.Array(
      Type.Object(
        { stage: Type.String({ description: 'Catalogue stage key' }), count: Count('Stages escalated past budget') },
        { additionalProperties: false },
      ),
      { description: 'Escalations per stage' },
    ),
  },
  { additionalProperties: false, description: 'SLA compliance over a period' },
)
export type Sla = Static<typeof SlaSchema>

export const slaCsvColumns = ['bagian', 'kunci', 'jumlah', 'tepat_waktu', 'persen', 'median_hari', 'p90_hari'] as const

/** The citizen journeys whose latency the status page publishes. */
export const statusJourneys = ['catalogue', 'login', 'upload', 'submit', 'pay', 'download', 'verify', 'track'] as const
export type StatusJourney = (typeof statusJourneys)[number]

/**
 * Upper bounds (ms) of the latency histogram buckets; a last bucket holds everything slower. Fixed, so
 * histograms of any processes and minutes add up exactly; a percentile is reported as the upper bound
 * of the bucket it falls in (never lower than the truth); slower than the last bound counts as the last bound.
 */
export const latencyBucketsMs = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000] as const

export const statusWindows = ['hour', 'day', '30d', '90d'] as const

const Ms = (description: string) =>
  Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: `${description}; null when no request` })

export const StatusSchema = Type.Object(
  {
    generatedAt: Type.String({ format: 'date-time', description: 'When this answer was computed' }),
    bucketsMs: Type.Array(Type.Integer(), { description: 'Upper bounds of the latency buckets, in ms' }),
    windows: Type.Array(
      Type.Object(
        {
          window: Type.Enum([...statusWindows], { description: 'The last hour, day, 30 days or 90 days' }),
          probes: Count("The API's own probes in the window (one a minute per process)"),
          availability: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
            description: 'Share of probes answered correctly within 5 s; null when no probe ran',
          }),
          journeys: Type.Array(
            Type.Object(
              {
                journey: Type.Enum([...statusJourneys], { description: 'The citizen journey' }),
                requests: Count('Requests measured'),
                p50Ms: Ms('Median latency (bucket upper bound)'),
                p95Ms: Ms('95th percentile latency (bucket upper bound)'),
                p99Ms: Ms('99th percentile latency (bucket upper bound)'),
              },
              { additionalProperties: false },
            ),
            { description: 'Latency per journey, measured by the API on every request' },
          ),
        },
        { additionalProperties: false },
      ),
      { description: 'Figures per window' },
    ),
    realUser: RealUserSchema,
  },
  {
    additionalProperties: false,
    description: "The system's own measured latency and availability, for anyone to check",
  },
)
export type Status = Static<typeof StatusSchema>
