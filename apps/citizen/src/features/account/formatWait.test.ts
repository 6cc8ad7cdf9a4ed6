import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { formatWait } from './formatWait.ts'

describe('formatWait', () => {
  const id = createTestI18n('id').global.t as (key: string, n: number) => string
  const en = createTestI18n('en').global.t as (key: string, n: number) => string

  it('says seconds under a minute and whole minutes, rounded up, above', () => {
    expect(formatWait(45, id)).toBe('45 detik')
    expect(formatWait(60, id)).toBe('1 menit')
    expect(formatWait(61, id)).toBe('2 menit')
    expect(formatWait(900, en)).toBe('15 minutes')
    expect(formatWait(1, en)).toBe('1 second')
  })
})
