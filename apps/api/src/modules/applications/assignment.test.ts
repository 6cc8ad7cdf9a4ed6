import { describe, expect, it } from 'vitest'
import { pickOfficer, type Candidate } from './assignment.ts'

/** Critical value of chi-square with 4 degrees of freedom at the 1% level. */
const CHI_SQUARE_4DF_1PCT = 13.277

function draw(candidates: Candidate[], times: number): Map<string, number> {
  const counts = new Map(candidates.map((c) => [c.id, 0]))
  for (let i = 0; i < times; i += 1) {
    const id = pickOfficer(candidates)!
    counts.set(id, counts.get(id)! + 1)
  }
  return counts
}

describe('system assignment', () => {
  it('is uniform among 5 officers with equal load (chi-square at the 1% level, 1,000 draws)', () => {
    const officers = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, load: 2 }))
    const counts = draw(officers, 1000)
    const expected = 1000 / officers.length
    const chiSquare = [...counts.values()].reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0)
    expect(chiSquare).toBeLessThan(CHI_SQUARE_4DF_1PCT)
  })

  it('favours officers with less work in proportion 1 / (1 + load)', () => {
    const counts = draw([{ id: 'idle', load: 0 }, { id: 'busy', load: 3 }], 4000)
    // Expected shares 0.8 and 0.2; 4,000 draws put the idle share within ±0.04 with overwhelming probability.
    expect(counts.get('idle')! / 4000).toBeGreaterThan(0.76)
    expect(counts.get('idle')! / 4000).toBeLessThan(0.84)
  })

  it('returns nobody when nobody is eligible, and the only one when one is', () => {
    expect(pickOfficer([])).toBeNull()
    expect(pickOfficer([{ id: 'only', load: 40 }])).toBe('only')
  })

  it('follows the random source exactly (no hidden preference)', () => {
    const candidates = [{ id: 'a', load: 0 }, { id: 'b', load: 0 }]
    expect(pickOfficer(candidates, () => 0)).toBe('a')
    expect(pickOfficer(candidates, (max) => max - 1)).toBe('b')
  })
})
