import { describe, expect, it } from 'vitest'
import { rateVital, vitalBuckets, vitalMaximum, vitalMetrics, vitalThresholds } from './vitals.ts'

describe('real-user timing buckets', () => {
  it.each(vitalMetrics)('%s: bounds rise, end at the maximum, and hold both thresholds as bounds', (metric) => {
    const bounds: readonly number[] = vitalBuckets[metric]
    for (let i = 1; i < bounds.length; i += 1) expect(bounds[i]!).toBeGreaterThan(bounds[i - 1]!)
    expect(bounds.at(-1)).toBe(vitalMaximum[metric])
    // So a rating read from a bucket's upper bound is the rating of every value in that bucket.
    expect(bounds).toContain(vitalThresholds[metric].good)
    expect(bounds).toContain(vitalThresholds[metric].poor)
  })

  it.each([
    ['LCP', 2500, 'good'],
    ['LCP', 2501, 'needs_improvement'],
    ['LCP', 4000, 'needs_improvement'],
    ['LCP', 4001, 'poor'],
    ['INP', 200, 'good'],
    ['INP', 500, 'needs_improvement'],
    ['INP', 501, 'poor'],
    ['CLS', 0.1, 'good'],
    ['CLS', 0.11, 'needs_improvement'],
    ['CLS', 0.26, 'poor'],
  ] as const)('rates %s %d as web.dev does: %s', (metric, value, rating) => {
    expect(rateVital(metric, value)).toBe(rating)
  })
})
