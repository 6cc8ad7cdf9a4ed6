import { describe, expect, it } from 'vitest'
import { ikmGrade, ikmIndex } from './ikm.ts'

/** Sums of each element for n respondents all giving the same nine scores. */
const same = (scores: number[], n: number) => scores.map((s) => s * n)

describe('IKM (Permenpan RB 14/2017)', () => {
  it('is Σ(element mean × 1/9) × 25 to two decimals', () => {
    expect(ikmIndex(same([4, 4, 4, 4, 4, 4, 4, 4, 4], 3), 3)).toBe(100)
    expect(ikmIndex(same([1, 1, 1, 1, 1, 1, 1, 1, 1], 5), 5)).toBe(25)
    // One respondent: 4·3 + 3·6 = 30; 30/9 × 25 = 83.333… → 83.33.
    expect(ikmIndex([4, 4, 4, 3, 3, 3, 3, 3, 3], 1)).toBe(83.33)
    // Two respondents, element means 3.5 ×4 and 3 ×5: (14 + 15)/9 × 25 = 80.555… → 80.56 (half up).
    expect(ikmIndex([7, 7, 7, 7, 6, 6, 6, 6, 6], 2)).toBe(80.56)
    // Three respondents: Σ sums = 80; 80 / 27 × 25 = 74.074… → 74.07.
    expect(ikmIndex([9, 9, 9, 9, 9, 9, 9, 9, 8], 3)).toBe(74.07)
    expect(ikmIndex(Array(9).fill(0), 0)).toBeNull()
  })

  it('grades A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99', () => {
    const cases: [number, string][] = [
      [100, 'A'],
      [88.31, 'A'],
      [88.3, 'B'],
      [76.61, 'B'],
      [76.6, 'C'],
      [65, 'C'],
      [64.99, 'D'],
      [25, 'D'],
    ]
    for (const [index, grade] of cases) expect(ikmGrade(index), String(index)).toBe(grade)
    expect(ikmGrade(null)).toBeNull()
  })
})
