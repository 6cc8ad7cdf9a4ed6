// The report one visit sends: the route's name (never its address, which carries registration
// numbers and tracking codes) and up to three numbers. Nothing else is ever put in it.
import type { VitalsReport } from '@pintu/contract'
import { vitalMaximum, vitalMetrics, vitalsRoutes, type VitalMetric, type VitalsRoute } from '@pintu/contract/vitals'

/** The route name as the API knows it; a route it does not list (or none) is `other`. */
export function vitalsRouteOf(name: unknown): VitalsRoute {
  return typeof name === 'string' && (vitalsRoutes as readonly string[]).includes(name)
    ? (name as VitalsRoute)
    : 'other'
}

/** A measured value as the API accepts it: finite, within 0 and the maximum; ms whole, CLS to 4 places. */
function bounded(metric: VitalMetric, value: number): number | null {
  if (!Number.isFinite(value) || value < 0) return null
  const capped = Math.min(value, vitalMaximum[metric])
  return metric === 'CLS' ? Math.round(capped * 10_000) / 10_000 : Math.round(capped)
}

/**
 * The report of the measurements not sent yet (each metric is sent once per page load, so one visit
 * counts once), or null when there is nothing to send.
 */
export function buildReport(
  route: VitalsRoute,
  measured: ReadonlyMap<VitalMetric, number>,
  sent: ReadonlySet<VitalMetric>,
): VitalsReport | null {
  const metrics: VitalsReport['metrics'] = []
  for (const name of vitalMetrics) {
    const raw = measured.get(name)
    if (raw === undefined || sent.has(name)) continue
    const value = bounded(name, raw)
    if (value !== null) metrics.push({ name, value })
  }
  return metrics.length === 0 ? null : { route, metrics }
}
