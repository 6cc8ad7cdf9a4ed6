import { describe, expect, it } from 'vitest'
import { checkNik, isEmailAddress, normalizeMobileNumber, normalizeIdentifier } from './identifiers.ts'

const today = new Date('2026-11-28T00:00:00Z')

describe('NIK', () => {
  it("reads a man's NIK registered in Kota Bandung", () => {
    expect(checkNik('3273010101800002', today)).toEqual({
      ok: true,
      provinceCode: '32',
      regionCode: '327301',
      birthDate: '1980-01-01',
      sex: 'male',
    })
  })

  it("reads a woman's NIK: 40 is added to her birth day", () => {
    expect(checkNik('3273014508900001', today)).toMatchObject({ ok: true, birthDate: '1990-08-05', sex: 'female' })
  })

  it('puts a two-digit year in this century unless that date is still to come', () => {
    expect(checkNik('3273010101100001', today)).toMatchObject({ birthDate: '2010-01-01' })
    expect(checkNik('3273011512260001', today)).toMatchObject({ birthDate: '1926-12-15' })
  })

  it.each([
    ['too short', '327301010180000', 'nik.format'],
    ['letters', '32730101018000AB', 'nik.format'],
    ['spaces', '3273 0101 0180 00', 'nik.format'],
    ['province 99', '9973010101800002', 'nik.unknown_province'],
    ['province 20 (never assigned)', '2073010101800002', 'nik.unknown_province'],
    ['regency 00', '3200010101800002', 'nik.bad_region'],
    ['district 00', '3273000101800002', 'nik.bad_region'],
    ['31 February', '3273013102900001', 'nik.bad_birth_date'],
    ['31 February for a woman (71)', '3273017102900001', 'nik.bad_birth_date'],
    ['day 00', '3273010001800002', 'nik.bad_birth_date'],
    ['day 32 (between men and women)', '3273013201800002', 'nik.bad_birth_date'],
    ['month 13', '3273010113800002', 'nik.bad_birth_date'],
    ['29 February in a non-leap year', '3273012902010001', 'nik.bad_birth_date'],
    ['serial 0000', '3273010101800000', 'nik.bad_serial'],
  ])('refuses a NIK with %s', (_name, nik, problem) => {
    expect(checkNik(nik, today)).toEqual({ ok: false, problem })
  })

  it('accepts 29 February in a leap year', () => {
    expect(checkNik('3273012902000001', today)).toMatchObject({ ok: true, birthDate: '2000-02-29' })
  })
})

describe('mobile numbers', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['(0812) 3456.7890', '+6281234567890'],
    ['0857123456', '+62857123456'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizeMobileNumber(input)).toBe(expected)
  })

  it.each(['0227217487', '+6222 7217487', '0812', '08123456789012345', '+1 415 555 0100', '0812abc45678', ''])(
    'refuses %s',
    (input) => {
      expect(normalizeMobileNumber(input)).toBeNull()
    },
  )
})

describe('identifiers as printed', () => {
  it.each([
    ['npwp', '01.234.567.8-901.000', '012345678901000'],
    ['npwp', '0123 4567 8901 0000', '0123456789010000'],
    ['nib', '1234 5678 9012 3', '1234567890123'],
    ['kbli', '47.111', '47111'],
    ['postal_code', '40 115', '40115'],
    ['nik', '3273.0145.0890.0001', '3273014508900001'],
    ['phone', '0812-3456-7890', '+6281234567890'],
    ['text', ' Jl. Asia-Afrika 1 ', ' Jl. Asia-Afrika 1 '],
  ])('%s %j is stored as %j', (type, printed, stored) => {
    expect(normalizeIdentifier(type, printed)).toBe(stored)
  })

  it('leaves what is not the identifier as it was, for the format check to refuse', () => {
    expect(normalizeIdentifier('npwp', '01.234.567.8-901.ABC')).toBe('01.234.567.8-901.ABC')
    expect(normalizeIdentifier('phone', '022-7217487')).toBe('022-7217487')
  })
})

describe('email addresses', () => {
  it.each(['budi@contoh.id', ' Budi.Santoso+izin@mail.bandung.go.id ', 'a@b.co'])('takes %j', (email) => {
    expect(isEmailAddress(email)).toBe(true)
  })
  it.each(['budi-at-contoh.id', 'budi@contoh', 'budi @contoh.id', '@contoh.id', 'budi@.id', `${'a'.repeat(250)}@b.id`])(
    'refuses %j',
    (email) => expect(isEmailAddress(email)).toBe(false),
  )
})
