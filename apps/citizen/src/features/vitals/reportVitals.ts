// Real-user timings (issue 11 item 4), loaded by main.ts only when Do-Not-Track and Global Privacy
// Control are off, and only once the page is idle: web-vitals observes LCP, INP and CLS (its
// observers are buffered, so what happened before it loaded still counts), and when the page is
// hidden the values go to the API with sendBeacon, which survives the page being closed.
import { VITALS_PATH, type VitalMetric, type VitalsRoute } from '@pintu/contract/vitals'
import { onCLS, onINP, onLCP, type Metric } from 'web-vitals'
import { chosenOffice, officeHeaders } from '@/features/office/chosenOffice.ts'
import { buildReport, vitalsRouteOf } from './report.ts'

function send(body: string): void {
  const url = VITALS_PATH
  // sendBeacon sends a string as text/plain, which the API accepts on this route; it cannot name
  // an office, so with one chosen the timings go by fetch (keepalive outlives the page as well).
  if (!chosenOffice.value && typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body)) return
  void fetch(url, {
    method: 'POST',
    body,
    keepalive: true,
    credentials: 'omit',
    headers: { 'content-type': 'text/plain', ...officeHeaders() },
  }).catch(() => undefined)
}

/** Starts observing; `landing` is the name of the route the visit began on. */
export function reportVitals(landing: unknown): void {
  const route: VitalsRoute = vitalsRouteOf(landing)
  const measured = new Map<VitalMetric, number>()
  const sent = new Set<VitalMetric>()
  const flush = () => {
    const report = buildReport(route, measured, sent)
    if (!report) return
    for (const m of report.metrics) sent.add(m.name)
    send(JSON.stringify(report))
  }
  const record = (metric: Metric) => {
    measured.set(metric.name as VitalMetric, metric.value)
    // web-vitals reports most values as the page is hidden: they may arrive after our own listener ran.
    if (document.visibilityState === 'hidden') queueMicrotask(flush)
  }
  onLCP(record)
  onINP(record)
  onCLS(record)
  // Registered after web-vitals' own listeners, so their final values are in by the time it runs.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush()
  })
  window.addEventListener('pagehide', flush)
}
