import { ApiError } from '@pintu/contract/client'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { errorMessageKey, errorText, fieldErrors } from './errors.ts'

const t = createTestI18n('id').global.t as (key: string) => string

describe('API error messages', () => {
  it.each([
    'request.invalid',
    'nik.format',
    'nik.unknown_province',
    'nik.bad_region',
    'nik.bad_birth_date',
    'nik.bad_serial',
    'phone.invalid',
    'password.too_short',
    'password.too_long',
    'password.too_common',
    'identity.email_taken',
    'identity.nik_taken',
    'auth.invalid_credentials',
    'auth.too_many_attempts',
    'auth.locked',
    'auth.token_expired',
    'auth.unauthenticated',
    'auth.refresh_reused',
    'catalogue.not_found',
    'not_found',
    'rate_limited',
    'internal',
    'field.required',
    'field.format',
    'field.too_short',
    'field.too_long',
    'field.invalid',
    'auth.session_ended',
    'auth.account_deactivated',
    'field.invalid_characters',
    'field.blank_or_invalid_characters',
  ])('has its own message for %s', (code) => {
    expect(errorMessageKey(code)).toBe(`errors.${code}`)
  })

  it('answers a code it does not know with the generic message, not the server text', () => {
    const error = new ApiError(418, 'teapot.brewing', 'Server says something')
    expect(errorMessageKey('teapot.brewing')).toBeNull()
    expect(errorText(error, t)).toBe('Terjadi kesalahan. Coba lagi.')
  })

  it('chooses the message by code, whatever the message text says', () => {
    expect(errorText(new ApiError(401, 'auth.invalid_credentials', 'anything'), t)).toBe('Email atau kata sandi salah.')
  })

  it('tells a network failure apart from a server error', () => {
    expect(errorText(new TypeError('Failed to fetch'), t)).toMatch(/koneksi internet/)
    expect(errorText(new Error('boom'), t)).toBe('Terjadi kesalahan. Coba lagi.')
  })

  it('maps every detail to its form field, first problem per field, with our text for known codes', () => {
    const error = new ApiError(422, 'nik.bad_birth_date', 'x', [
      { field: '/nik', code: 'nik.bad_birth_date', message: 'server nik' },
      { field: '/nik', code: 'nik.bad_serial', message: 'second nik problem' },
      { field: '/password', code: 'password.too_common', message: 'server password' },
      { field: '/email', code: 'field.format', message: 'Format tidak sesuai.' },
      { field: '/phone', code: 'phone.brand_new_rule', message: 'Aturan baru dari server.' },
    ])
    const errors = fieldErrors(error, t, (field) => ({ email: 'Email' })[field] ?? field)
    expect(errors.nik).toMatch(/tanggal lahir/)
    expect(errors.password).toMatch(/terlalu umum/)
    expect(errors.email).toBe('Format Email tidak sesuai.') // names the field, so the summary reads on its own
    expect(errors.phone).toBe('Aturan baru dari server.') // a code we do not know keeps the server's text
    expect(Object.keys(errors).sort()).toEqual(['email', 'nik', 'password', 'phone'])
  })

  it('gives no field errors for anything but an ApiError', () => {
    expect(fieldErrors(new TypeError('Failed to fetch'), t)).toEqual({})
  })
})
