import { describe, expect, it } from 'vitest'
import { groupVirtualAccount } from './virtualAccount.ts'

describe('virtual account for reading', () => {
  it('groups 16 digits in fours', () => {
    expect(groupVirtualAccount('9327300000000001')).toBe('9327 3000 0000 0001')
  })
  it('leaves an odd length readable rather than failing', () => {
    expect(groupVirtualAccount('123456')).toBe('1234 56')
    expect(groupVirtualAccount('')).toBe('')
  })
})
