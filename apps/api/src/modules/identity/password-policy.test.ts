import { describe, expect, it } from 'vitest'
import { checkPassword } from './password-policy.ts'

const codes = (password: string, personal = {}) => checkPassword(password, personal).map((p) => p.code)

describe('password policy', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(codes('kopi susu gula aren')).toEqual([])
    expect(codes('correct horse battery staple')).toEqual([])
  })

  it('needs at least 10 characters, counted as characters not bytes', () => {
    expect(codes('abcXYZ123')).toEqual(['password.too_short'])
    expect(codes('ééééééééé')).toEqual(['password.too_short'])
    expect(codes('kata-sandi')).toEqual([])
  })

  it('refuses more than 128 characters', () => {
    expect(codes('a1'.repeat(65))).toEqual(['password.too_long'])
  })

  it.each([
    'password123',
    'PASSWORD123',
    'qwertyuiop',
    'bismillah123',
    '1234567890',
    'aaaaaaaaaaaa',
    'abcdefghijk',
    '9876543210',
  ])('refuses the common or trivial password %s', (password) => {
    expect(codes(password)).toEqual(['password.too_common'])
  })

  it('refuses a password built from the email name or the NIK', () => {
    expect(codes('dewilestari2026', { email: 'dewilestari@contoh.id' })).toEqual(['password.contains_personal_data'])
    expect(codes('nik3273014508900001', { nik: '3273014508900001' })).toEqual(['password.contains_personal_data'])
    expect(codes('kopi susu gula aren', { email: 'dewi@contoh.id', nik: '3273014508900001' })).toEqual([])
  })
})
