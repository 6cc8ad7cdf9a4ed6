/**
 * Real-user timings (issue 11 item 4): the citizen SPA reports three Core Web Vitals of a visit
 * (LCP, INP, CLS) with the name of the route the visit began on, and nothing else — no address, no
 * identifier, no user agent — and the status page publishes their 75th percentile.
 */
import { Type, type Static } from 'typebox'
import { vitalMaximum, vitalMetrics, vitalsRoutes, type VitalMetric } from './vitals-data.ts'

export * from './vitals-data.ts'

const Measurement = <N extends VitalMetric>(name: N) =>
  Type.Object(
    {
      name: Type.Literal(name, { description: 'The metric' }),
      value: Type.Number({
        minimum: 0,
        maximum: vitalMaximum[name],
        description: name === 'CLS' ? 'Cumulative layout shift, 0–10' : `${name} in ms, 0–60000`,
      }),
    },
    { additionalProperties: false },
  )

export const VitalsReportSchema = Type.Object(
  {
    route: Type.Enum([...vitalsRoutes], {
      description: 'Name of the citizen SPA route the visit began on (never its address), or `other`',
    }),
    metrics: Type.Array(Type.Union([Measurement('LCP'), Measurement('INP'), Measurement('CLS')]), {
      minItems: 1,
      maxItems: 3,
      description: 'Up to three measurements of one visit',
    }),
  },
  { additionalProperties: false, description: "One visit's timings: a route name and up to three numbers" },
)
export type VitalsReport = Static<typeof VitalsReportSchema>

const Count = (description: string) => Type.Integer({ minimum: 0, description })

const Threshold = (description: string) =>
  Type.Object(
    {
      good: Type.Number({ description: 'At most this is good' }),
      poor: Type.Number({ description: 'Above this is poor; between the two needs improvement' }),
    },
    { additionalProperties: false, description },
  )

export const realUserWindows = ['hour', 'day', '30d'] as const

export const VitalFiguresSchema = Type.Array(
  Type.Object(
    {
      name: Type.Enum([...vitalMetrics], { description: 'The metric' }),
      n: Count('Measurements reported by citizens’ browsers'),
      p75: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], {
        description: '75th percentile (nearest rank, the upper bound of its bucket); null when n is 0',
      }),
      rating: Type.Union([Type.Enum(['good', 'needs_improvement', 'poor']), Type.Null()], {
        description: 'The p75 against the thresholds; null when n is 0',
      }),
    },
    { additionalProperties: false },
  ),
  { description: 'LCP, INP and CLS' },
)
export type VitalFigures = Static<typeof VitalFiguresSchema>

export const RealUserSchema = Type.Object(
  {
    thresholds: Type.Object(
      { LCP: Threshold('LCP, ms'), INP: Threshold('INP, ms'), CLS: Threshold('CLS, unitless') },
      { additionalProperties: false, description: "web.dev's thresholds" },
    ),
    windows: Type.Array(
      Type.Object(
        {
          window: Type.Enum([...realUserWindows], { description: 'The last hour, day or 30 days' }),
          metrics: VitalFiguresSchema,
          routes: Type.Array(
            Type.Object(
              {
                route: Type.Enum([...vitalsRoutes], { description: 'The route the visits began on' }),
                metrics: VitalFiguresSchema,
              },
              { additionalProperties: false },
            ),
            { description: 'The same figures per route name, for the routes with any measurement in the window' },
          ),
        },
        { additionalProperties: false },
      ),
      { description: 'Figures per window' },
    ),
  },
  {
    additionalProperties: false,
    description:
      "What citizens' own browsers measured (Core Web Vitals), sent anonymously by the citizen SPA unless Do-Not-Track or Global Privacy Control is on",
  },
)
export type RealUser = Static<typeof RealUserSchema>
