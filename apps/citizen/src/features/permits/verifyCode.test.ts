import { describe, expect, it } from 'vitest'
import { codeFromVerifyUrl, isPlausibleVerifyCode, normalizeVerifyCode, verifyQuery } from './verifyCode.ts'

describe('the verification code printed on a permit', () => {
  it('forgives spaces, dashes and small letters as people type them', () => {
    expect(normalizeVerifyCode(' abcde-fghjk ')).toBe('ABCDEFGHJK')
    expect(normalizeVerifyCode('ABCDE FGHJK')).toBe('ABCDEFGHJK')
  })

  it('accepts only what the API accepts: 1 to 32 letters and digits', () => {
    expect(isPlausibleVerifyCode('ABCDEFGHJK')).toBe(true)
    expect(isPlausibleVerifyCode('')).toBe(false)
    expect(isPlausibleVerifyCode('ABC/DEF')).toBe(false)
    expect(isPlausibleVerifyCode('A'.repeat(33))).toBe(false)
  })

  it('goes into the address only when there is one', () => {
    expect(verifyQuery('510/1/X', '')).toEqual({ nomor: '510/1/X' })
    expect(verifyQuery('510/1/X', 'ABCDEFGHJK')).toEqual({ nomor: '510/1/X', kode: 'ABCDEFGHJK' })
  })

  it('is read from the QR link of a permit', () => {
    expect(codeFromVerifyUrl('https://pintu.example/verifikasi?nomor=510%2F1%2FX&kode=ABCDEFGHJK')).toBe('ABCDEFGHJK')
    expect(codeFromVerifyUrl('https://pintu.example/verifikasi?nomor=510%2F1%2FX')).toBe('')
    expect(codeFromVerifyUrl(null)).toBe('')
  })
})
