// Real-user timings: the names, bounds and buckets, without schemas (no typebox), so the citizen
// SPA's lazily loaded reporter imports only these few constants (`@pintu/contract/vitals`).

/** Where the citizen SPA sends its reports (the route `statsRoutes.vitals`). */
export const VITALS_PATH = '/api/v1/status/vitals'

/**
 * The citizen SPA's route names a report may name (the route, never the address: addresses carry
 * registration numbers and tracking codes); `other` for anything not listed.
 */
export const vitalsRoutes = [
  'home',
  'catalogue',
  'service',
  'service-help',
  'help',
  'register',
  'login',
  'forgot-password',
  'reset-password',
  'account',
  'change-contact',
  'change-password',
  'notification-preferences',
  'consents',
  'applications',
  'apply',
  'application',
  'application-section',
  'application-documents',
  'application-check',
  'application-sent',
  'application-survey',
  'application-withdraw',
  'application-delete',
  'complaint',
  'complaint-follow',
  'complaint-figures',
  'privacy',
  'closure',
  'track',
  'track-result',
  'verify',
  'transparency',
  'statistics',
  'office',
  'not-found',
  'other',
] as const
export type VitalsRoute = (typeof vitalsRoutes)[number]

export const vitalMetrics = ['LCP', 'INP', 'CLS'] as const
export type VitalMetric = (typeof vitalMetrics)[number]

/** The largest value each metric may report: LCP and INP in ms, CLS unitless. */
export const vitalMaximum = { LCP: 60_000, INP: 60_000, CLS: 10 } as const satisfies Record<VitalMetric, number>

/**
 * web.dev's thresholds: at most `good` is good, above `poor` is poor, between needs improvement.
 * https://web.dev/articles/vitals (LCP 2.5 s / 4 s, INP 200 ms / 500 ms, CLS 0.1 / 0.25).
 */
export const vitalThresholds = {
  LCP: { good: 2500, poor: 4000 },
  INP: { good: 200, poor: 500 },
  CLS: { good: 0.1, poor: 0.25 },
} as const satisfies Record<VitalMetric, { good: number; poor: number }>

/**
 * Upper bounds of each metric's histogram buckets (upper bound inclusive; the last is the metric's
 * maximum, so every accepted value has a bucket). Fixed, so histograms of any processes and minutes
 * add up exactly. Both thresholds of each metric are bounds, so a rating read from a bucket is the
 * rating of the true value; a percentile is reported as its bucket's upper bound, never below the truth.
 */
export const vitalBuckets = {
  LCP: [
    250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2250, 2500, 2750, 3000, 3500, 4000, 5000, 6000, 8000, 10000, 15000,
    20000, 30000, 60000,
  ],
  INP: [25, 50, 75, 100, 125, 150, 175, 200, 250, 300, 350, 400, 450, 500, 600, 800, 1000, 1500, 2000, 5000, 60000],
  CLS: [0.01, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2, 5, 10],
} as const satisfies Record<VitalMetric, readonly number[]>

export type VitalRating = 'good' | 'needs_improvement' | 'poor'

/** web.dev's rating of a value. */
export function rateVital(metric: VitalMetric, value: number): VitalRating {
  const { good, poor } = vitalThresholds[metric]
  return value <= good ? 'good' : value <= poor ? 'needs_improvement' : 'poor'
}

/** A report is at most this many bytes (it holds one route name and three numbers). */
export const VITALS_BODY_LIMIT = 1024
