import { describe, expect, it } from 'vitest'
import { acceptAttribute, checkFile, formatBytes } from './fileCheck.ts'

const requirement = { acceptedTypes: ['pdf', 'png'] as ('pdf' | 'jpeg' | 'png')[], maxSizeKb: 1024 }

describe('checking a file before upload', () => {
  it('offers only the accepted types in the file picker', () => {
    expect(acceptAttribute(requirement)).toBe('.pdf,application/pdf,.png,image/png')
  })

  it('refuses an empty file, one over the limit, or one of a type not accepted, without sending it', () => {
    expect(checkFile({ name: 'a.pdf', size: 0, type: 'application/pdf' }, requirement)).toBe('empty')
    expect(checkFile({ name: 'a.pdf', size: 1024 * 1024 + 1, type: 'application/pdf' }, requirement)).toBe('too_large')
    expect(checkFile({ name: 'a.jpg', size: 10, type: 'image/jpeg' }, requirement)).toBe('wrong_type')
    expect(checkFile({ name: 'a.pdf', size: 1024 * 1024, type: 'application/pdf' }, requirement)).toBeNull()
  })

  it('falls back to the extension when the phone gives no type', () => {
    expect(checkFile({ name: 'SCAN.PNG', size: 10, type: '' }, requirement)).toBeNull()
    expect(checkFile({ name: 'scan.heic', size: 10, type: '' }, requirement)).toBe('wrong_type')
  })

  it('writes sizes the Indonesian way', () => {
    expect(formatBytes(2048, 'id')).toBe('2 KB')
    expect(formatBytes(1572864, 'id')).toBe('1,5 MB')
    expect(formatBytes(1572864, 'en')).toBe('1.5 MB')
  })
})
