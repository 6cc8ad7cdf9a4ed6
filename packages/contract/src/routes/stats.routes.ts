/** Public statistics: JSON, or CSV with `Accept: text/csv`. */
import { Type } from 'typebox'
import { defineRoute } from '../route.ts'
import { NoContent } from './no-content.ts'
import { oversightRoles } from '../roles.ts'
import { OfficerBacklogSchema } from '../stats-officer.ts'
import { BacklogRollupSchema, DailyRollupSchema, SlaRollupSchema } from '../stats-rollup.ts'
import {
  BacklogSchema,
  DailySchema,
  SlaSchema,
  StatsAsOfQuerySchema,
  StatsPeriodQuerySchema,
  StatusSchema,
} from '../stats.ts'
import { VITALS_BODY_LIMIT, VITALS_PATH, VitalsReportSchema } from '../vitals.ts'

const csvNote = 'Send `Accept: text/csv` for the same figures as CSV (UTF-8, comma-separated, CRLF, a header row).'

export const statsRoutes = {
  backlog: defineRoute({
    method: 'GET',
    url: '/api/v1/stats/backlog',
    access: 'public',
    errors: ['stats.future_date'],
    schema: {
      summary: 'Backlog: received and not finished, by kind, service, stage and channel',
      description: `How many files are waiting, izin vs non-izin, at which stage and for how long (working days since received, in the office's time zone), and how many are overdue — now, or at the end of a past day with \`asOf\`. Kept incrementally by the change record, never counted from the applications. ${csvNote} Columns: jenis, kode_layanan, tahap, kanal, berkas, terlambat, umur_0-3 … umur_31+. No personal data.`,
      tags: ['stats'],
      querystring: StatsAsOfQuerySchema,
      response: { 200: BacklogSchema },
    },
  }),
  officerBacklog: defineRoute({
    method: 'GET',
    url: '/api/v1/reports/backlog',
    access: oversightRoles,
    errors: ['stats.future_date'],
    schema: {
      summary: 'Officer backlog report: received and not finished, by kind, service, stage, channel and assignee',
      description: `For supervisors and auditors. The public backlog's figures with who holds each file, now or at the end of a past day with \`asOf\` (the assignee as it was then). Everything received counts, including what arrived during a closure. Kept incrementally by the change record beside the public figures, never counted from the applications. ${csvNote} Columns: jenis, kode_layanan, tahap, kanal, petugas_id, petugas, berkas, terlambat, umur_0-3 … umur_31+.`,
      tags: ['stats'],
      querystring: StatsAsOfQuerySchema,
      response: { 200: OfficerBacklogSchema },
    },
  }),
  daily: defineRoute({
    method: 'GET',
    url: '/api/v1/stats/daily',
    access: 'public',
    errors: ['stats.bad_period'],
    schema: {
      summary: 'Registrations, decisions, issuances, returns and deemed approvals per day',
      description: `${csvNote} Columns: tanggal, registrasi, keputusan, disetujui, ditolak, fiktif_positif, terbit, dikembalikan, ditarik, kedaluwarsa.`,
      tags: ['stats'],
      querystring: StatsPeriodQuerySchema,
      response: { 200: DailySchema },
    },
  }),
  sla: defineRoute({
    method: 'GET',
    url: '/api/v1/stats/sla',
    access: 'public',
    errors: ['stats.bad_period'],
    schema: {
      summary: 'SLA compliance over a period: per service and stage, returns, reassignments, escalations',
      description: `Share finished within the working-day promise, median and 90th percentile working days, per service and per stage; returns per reason code; reassignments and escalations per stage. ${csvNote} Columns: bagian (layanan | tahap | alasan_pengembalian | pengalihan | eskalasi), kunci, jumlah, tepat_waktu, persen, median_hari, p90_hari.`,
      tags: ['stats'],
      querystring: StatsPeriodQuerySchema,
      response: { 200: SlaSchema },
    },
  }),
  backlogRollup: defineRoute({
    method: 'GET',
    url: '/api/v1/stats/rollup/backlog',
    access: 'public',
    errors: ['stats.future_date'],
    schema: {
      summary: 'Backlog of every office this deployment serves: each office, each province, and in all',
      description:
        "The backlog of `GET /api/v1/stats/backlog` for every office served (a deployment is usually one province's cell), added up per province (Kemendagri code) and in all; the same answer whichever office the request names. Each office counts its files' ages and due dates in its own time zone and calendar. Without `asOf`, the latest day that is today or already past in every office. National figures come from the cells' summary tables by logical replication (docs/operations.md). JSON only; each office's CSV is at `GET /api/v1/stats/backlog`. No personal data.",
      tags: ['stats'],
      querystring: StatsAsOfQuerySchema,
      response: { 200: BacklogRollupSchema },
    },
  }),
  dailyRollup: defineRoute({
    method: 'GET',
    url: '/api/v1/stats/rollup/daily',
    access: 'public',
    errors: ['stats.bad_period'],
    schema: {
      summary: 'Daily figures of every office this deployment serves, per province and in all',
      description:
        'The days of `GET /api/v1/stats/daily` for every office served, added up per province and in all; each office counts its own days (its time zone). Without `to`, the latest day that is today or already past in every office. JSON only.',
      tags: ['stats'],
      querystring: StatsPeriodQuerySchema,
      response: { 200: DailyRollupSchema },
    },
  }),
  slaRollup: defineRoute({
    method: 'GET',
    url: '/api/v1/stats/rollup/sla',
    access: 'public',
    errors: ['stats.bad_period'],
    schema: {
      summary: 'SLA compliance of every office this deployment serves: each office, each province, and in all',
      description: `The figures of \`GET /api/v1/stats/sla\` for every office served, per province (Kemendagri code) and in all; the same answer whichever office the request names. Counts (finished, within SLA, returns, reassignments, escalations) are summed; the median and 90th percentile are read from the offices' working-day histograms merged, never averaged, and the shares from the summed counts. Each office reads the period's days in its own time zone and counts working days by its own calendar. Without \`to\`, the latest day that is today or already past in every office; without \`from\`, the 30 days up to \`to\`. ${csvNote} Columns: cakupan (kantor | provinsi | semua), kode_wilayah (the office or province code; empty for semua), then the columns of the office's SLA CSV. No personal data.`,
      tags: ['stats'],
      querystring: StatsPeriodQuerySchema,
      response: { 200: SlaRollupSchema },
    },
  }),
  status: defineRoute({
    method: 'GET',
    url: '/api/v1/status',
    access: 'public',
    schema: {
      summary: "The system's own measured latency per citizen journey and its availability",
      description:
        "Every request of a citizen journey (catalogue, login, upload, submit, pay, download, verify, track) is timed by the API into fixed-bucket histograms kept per minute in the database, so several API processes add up exactly; p50/p95/p99 are the upper bounds of the buckets they fall in. Availability is the share of the API's own probes (one a minute per process: the database and the catalogue answer within 5 s) that passed. Windows: the last hour, day, 30 days and 90 days. `realUser` holds what citizens' browsers measured (`POST /api/v1/status/vitals`): the 75th percentile of LCP, INP and CLS over the last hour, day and 30 days with their count n, rated against web.dev's thresholds. Declared closures are at `GET /api/v1/closures`.",
      tags: ['stats'],
      response: { 200: StatusSchema },
    },
  }),
  statusRollup: defineRoute({
    method: 'GET',
    url: '/api/v1/status/rollup',
    access: 'public',
    schema: {
      summary: 'The status of every office this deployment serves, added up',
      description:
        "`GET /api/v1/status` with the histograms and probes of every office served merged (they add up exactly: the percentiles are read from the merged buckets, not averaged), for a province's cell as a whole. The same answer whichever office the request names.",
      tags: ['stats'],
      response: { 200: StatusSchema },
    },
  }),
  vitals: defineRoute({
    method: 'POST',
    url: VITALS_PATH,
    access: 'public',
    errors: ['rate_limited'],
    schema: {
      summary: "Report one visit's real-user timings (LCP, INP, CLS), anonymously",
      description: `The citizen SPA sends this when a page is hidden, unless Do-Not-Track or Global Privacy Control is on: the name of the route the visit began on and up to three numbers. The body is JSON, as \`application/json\` or as \`text/plain\` (what \`navigator.sendBeacon\` sends), at most ${VITALS_BODY_LIMIT} bytes; any other type is refused with 415. Nothing identifying is kept — no address, no user agent, no session: each value only adds one to a count in a per-minute histogram. At most 30 reports a minute per client address (429 with Retry-After), so one client cannot skew the figures. Answers 204.`,
      tags: ['stats'],
      consumes: ['application/json', 'text/plain'],
      body: VitalsReportSchema,
      response: { 204: NoContent },
    },
  }),
  metrics: defineRoute({
    method: 'GET',
    url: '/metrics',
    access: 'public',
    errors: ['not_found'],
    schema: {
      summary: 'Prometheus metrics of this API process, for operators',
      description:
        "Not public: answers only with `Authorization: Bearer <PINTU_METRICS_TOKEN>` and only when that token is configured; otherwise 404, as if it did not exist. Prometheus text exposition format: per-journey latency histograms (`pintu_journey_duration_seconds`, the status page's buckets), probe outcomes (`pintu_probes_total`) and the Node process (`pintu_process_*`, `pintu_nodejs_*`).",
      tags: ['stats'],
      response: { 200: Type.String({ description: 'text/plain; version=0.0.4' }) },
    },
  }),
}
