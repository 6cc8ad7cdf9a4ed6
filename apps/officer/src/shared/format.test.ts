import { describe, expect, it } from 'vitest'
import { formatFileSize, formatWait } from './format.ts'

describe('waiting time from Retry-After', () => {
  it('says seconds under a minute and whole minutes above, rounded up', () => {
    expect(formatWait(45, 'id')).toBe('45 detik')
    expect(formatWait(61, 'id')).toBe('2 menit')
    expect(formatWait(1, 'en')).toBe('1 second')
    expect(formatWait(900, 'en')).toBe('15 minutes')
  })

  it('never says zero', () => {
    expect(formatWait(0.2, 'id')).toBe('1 detik')
  })
})

describe('file sizes', () => {
  it('are shown in KB below a megabyte and in MB above, never as 0', () => {
    expect(formatFileSize(2048, 'en')).toBe('2 kB')
    expect(formatFileSize(3 * 1024 * 1024 + 512 * 1024, 'en')).toBe('3.5 MB')
    expect(formatFileSize(10, 'id')).toBe('1 kB')
  })
})
