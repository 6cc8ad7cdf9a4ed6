import { describe, expect, it } from 'vitest'
import { pickOfficer, type Candidate, type RandomInt } from './assignment.ts'

/** Critical values of chi-square with 4 degrees of freedom: at the 1% level, and at one in a million. */
const CHI_SQUARE_4DF_1PCT = 13.277
const CHI_SQUARE_4DF_1PPM = 33.377

/**
 * A seeded uniform source (mulberry32), so the 1% test gives the same answer on every run: a test
 * that fails one run in a hundred by design is a flaky test. The crypto source is checked at one
 * in a million.
 */
function seeded(seed: number): RandomInt {
  let state = seed >>> 0
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max)
  }
}

function draw(candidates: Candidate[], times: number, random?: RandomInt): Map<string, number> {
  const counts = new Map(candidates.map((c) => [c.id, 0]))
  for (let i = 0; i < times; i += 1) {
    const id = pickOfficer(candidates, random)!
    counts.set(id, counts.get(id)! + 1)
  }
  return counts
}

function chiSquareOfEqualShares(counts: Map<string, number>, times: number): number {
  const expected = times / counts.size
  return [...counts.values()].reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0)
}

describe('system assignment', () => {
  const officers = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, load: 2 }))

  it('is uniform among 5 officers with equal load (chi-square at the 1% level, 1,000 draws)', () => {
    expect(chiSquareOfEqualShares(draw(officers, 1000, seeded(2017)), 1000)).toBeLessThan(CHI_SQUARE_4DF_1PCT)
  })

  it('is uniform with the crypto source too (chi-square at one in a million, 1,000 draws)', () => {
    expect(chiSquareOfEqualShares(draw(officers, 1000), 1000)).toBeLessThan(CHI_SQUARE_4DF_1PPM)
  })

  it('favours officers with less work in proportion 1 / (1 + load)', () => {
    const counts = draw(
      [
        { id: 'idle', load: 0 },
        { id: 'busy', load: 3 },
      ],
      4000,
      seeded(2031),
    )
    // Expected shares 0.8 and 0.2; 4,000 draws put the idle share within ±0.04 with overwhelming probability.
    expect(counts.get('idle')! / 4000).toBeGreaterThan(0.76)
    expect(counts.get('idle')! / 4000).toBeLessThan(0.84)
  })

  it('returns nobody when nobody is eligible, and the only one when one is', () => {
    expect(pickOfficer([])).toBeNull()
    expect(pickOfficer([{ id: 'only', load: 40 }])).toBe('only')
  })

  it('follows the random source exactly (no hidden preference)', () => {
    const candidates = [
      { id: 'a', load: 0 },
      { id: 'b', load: 0 },
    ]
    expect(pickOfficer(candidates, () => 0)).toBe('a')
    expect(pickOfficer(candidates, (max) => max - 1)).toBe('b')
  })
})
