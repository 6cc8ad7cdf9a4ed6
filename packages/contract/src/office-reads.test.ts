import { describe, expect, it } from 'vitest'
import { readsOffice } from './office-reads.ts'

describe('an auditor reading scope', () => {
  it('a province covers each of its offices and no other province', () => {
    expect(readsOffice(['32'], '32.77')).toBe(true)
    expect(readsOffice(['32'], '32.04')).toBe(true)
    expect(readsOffice(['32'], '73.71')).toBe(false)
    // A code that only begins with the same digits is another province's (33 is Jawa Tengah).
    expect(readsOffice(['3'], '32.77')).toBe(false)
    expect(readsOffice(['33'], '32.77')).toBe(false)
  })

  it('an office code covers that office only', () => {
    expect(readsOffice(['32.77'], '32.77')).toBe(true)
    expect(readsOffice(['32.77'], '32.73')).toBe(false)
    expect(readsOffice(['32.7'], '32.77')).toBe(false)
  })

  it('no scope reads nothing', () => {
    expect(readsOffice(null, '32.77')).toBe(false)
    expect(readsOffice(undefined, '32.77')).toBe(false)
    expect(readsOffice([], '32.77')).toBe(false)
  })
})
