import { describe, expect, it } from 'vitest'
import { formatDate, formatFileSize, formatList } from './format.ts'

describe('formatting', () => {
  it('writes file sizes in KB below 1 MB and in MB above, with the reader’s decimal mark', () => {
    expect(formatFileSize(512, 'id')).toBe('512 KB')
    expect(formatFileSize(2048, 'id')).toBe('2 MB')
    expect(formatFileSize(1536, 'id')).toBe('1,5 MB')
    expect(formatFileSize(1536, 'en')).toBe('1.5 MB')
  })

  it('writes dates in the office time zone and the reader’s language', () => {
    // 17:30 UTC on 31 Dec is already 1 January in Bandung (UTC+7).
    expect(formatDate('2024-12-31T17:30:00Z', 'id')).toBe('1 Januari 2025')
    expect(formatDate('2024-12-31T17:30:00Z', 'en')).toBe('1 January 2025')
  })

  it('joins lists with the language’s conjunction', () => {
    expect(formatList(['PDF', 'JPEG', 'PNG'], 'id')).toBe('PDF, JPEG, dan PNG')
    expect(formatList(['PDF', 'JPEG'], 'en')).toBe('PDF and JPEG')
  })
})
