import type { ApplicationDetail, FormField, Receipt, Requirement } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import {
  acceptFor,
  formChanges,
  missingDocuments,
  nikDigits,
  nikProblem,
  problemTarget,
  receiptLines,
  registerBody,
  requirementsFor,
  toDraftValue,
  toFieldValue,
  trackingUrl,
  validateRegistration,
  type RegisterForm,
} from './intake.ts'

const today = new Date('2026-12-02T08:00:00Z')
// Kota Bandung (32 73 01), a woman born 5 August 1990 (day + 40), serial 0001.
const validNik = '3273014508900001'

describe('the NIK typed at the counter', () => {
  it('is read without the spaces, dots and dashes it is copied with', () => {
    expect(nikDigits('3273 0145-0890.0001')).toBe(validNik)
  })

  it('is accepted when it has 16 digits, a real region and a real birth date', () => {
    expect(nikProblem(validNik, today)).toBeNull()
    expect(nikProblem('3273 0145 0890 0001', today)).toBeNull()
  })

  it.each([
    ['', 'counter.problems.nikRequired'],
    ['327301450890', 'errors.nik.format'],
    ['32730145089000012', 'errors.nik.format'],
    ['3273A14508900001', 'errors.nik.format'],
    ['9973014508900001', 'errors.nik.unknown_province'],
    ['3200014508900001', 'errors.nik.bad_region'],
    ['3273013302900001', 'errors.nik.bad_birth_date'],
    ['3273014508900000', 'errors.nik.bad_serial'],
  ])('%s is refused before it is sent (%s)', (typed, key) => {
    expect(nikProblem(typed, today)).toBe(key)
  })
})

describe('registering a walk-in applicant', () => {
  const form: RegisterForm = {
    nik: '3273 0145 0890 0001',
    fullName: '  Siti Aminah ',
    email: 'siti@contoh.id',
    phone: '0812 3456 7001',
    passwordChannel: 'sms',
  }

  it('a complete form has no problems and is sent trimmed, the NIK as digits', () => {
    expect(validateRegistration(form, today)).toEqual({})
    expect(registerBody(form)).toEqual({
      nik: validNik,
      fullName: 'Siti Aminah',
      email: 'siti@contoh.id',
      phone: '0812 3456 7001',
      passwordChannel: 'sms',
    })
  })

  it('names each wrong input with the code the API would answer', () => {
    expect(
      validateRegistration({ ...form, nik: '123', fullName: 'S', email: 'siti', phone: '022 123456' }, today),
    ).toEqual({
      nik: { key: 'errors.nik.format' },
      fullName: { key: 'counter.problems.nameRequired' },
      email: { key: 'errors.email.invalid' },
      phone: { key: 'errors.phone.invalid' },
    })
    expect(validateRegistration({ ...form, fullName: 'x'.repeat(121) }, today).fullName?.key).toBe(
      'counter.problems.nameTooLong',
    )
  })
})

const field = (key: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key,
  type,
  label: { id: key, en: key },
  required: true,
  ...extra,
})

describe('form values at the counter', () => {
  it('numbers are read the Indonesian way and shown back that way', () => {
    const area = field('luas', 'decimal', { minimum: 0, maximum: 100000 })
    expect(toFieldValue(area, '1.200,5')).toEqual({ ok: true, value: 1200.5 })
    expect(toFieldValue(field('jumlah', 'integer'), '1.200')).toEqual({ ok: true, value: 1200 })
    expect(toFieldValue(area, 'dua')).toEqual({ ok: false, key: 'counter.problems.notANumber' })
    expect(toDraftValue(area, 1200.5)).toBe('1.200,5')
  })

  it('identifiers lose their printed separators; an empty entry clears the field', () => {
    expect(toFieldValue(field('npwp', 'npwp'), '01.234.567.8-901.000')).toEqual({ ok: true, value: '012345678901000' })
    expect(toFieldValue(field('judul', 'text'), '   ')).toEqual({ ok: true, value: null })
    expect(toFieldValue(field('setuju', 'boolean'), true)).toEqual({ ok: true, value: true })
    expect(toDraftValue(field('setuju', 'boolean'), undefined)).toBe(false)
  })

  it('only changed fields are sent, and a value that cannot be read is kept back as a problem', () => {
    const fields = [field('judul', 'text'), field('jumlah', 'integer'), field('lokasi', 'text')]
    const { data, problems } = formChanges(
      fields,
      { judul: 'Kajian', jumlah: 'banyak', lokasi: 'Bandung' },
      { judul: 'Kajian', lokasi: 'Cimahi' },
    )
    expect(data).toEqual({ lokasi: 'Bandung' })
    expect(problems).toEqual({ jumlah: { key: 'counter.problems.notANumber' } })
  })

  it('places the API problems of a save and of a submit beside their inputs', () => {
    expect(problemTarget('/luas')).toEqual({ field: 'luas' })
    expect(problemTarget('/data/luas')).toEqual({ field: 'luas' })
    expect(problemTarget('/documents/ktp')).toEqual({ requirement: 'ktp' })
    expect(problemTarget('/version')).toEqual({ field: 'version' })
    expect(problemTarget('')).toBeNull()
  })
})

const requirement = (key: string, extra: Partial<Requirement> = {}): Requirement => ({
  key,
  name: { id: key, en: key },
  mandatory: true,
  appliesTo: ['baru'],
  acceptedTypes: ['pdf'],
  maxSizeKb: 2048,
  originalToBeShown: false,
  stampDuty: false,
  ...extra,
})

describe('documents of the intake', () => {
  const application = {
    applicationKind: 'baru',
    service: {
      requirements: [
        requirement('kuasa', { mandatory: false }),
        requirement('ktp', { acceptedTypes: ['pdf', 'jpeg', 'png'] }),
        requirement('izin_lama', { appliesTo: ['perpanjangan'] }),
        requirement('proposal'),
      ],
    },
    documents: [{ requirementKey: 'ktp' }],
  } as unknown as ApplicationDetail

  it('lists the requirements of this kind of application, mandatory first', () => {
    expect(requirementsFor(application).map((r) => r.key)).toEqual(['ktp', 'proposal', 'kuasa'])
  })

  it('counts as missing only the mandatory documents without a file', () => {
    expect(missingDocuments(application).map((r) => r.key)).toEqual(['proposal'])
  })

  it('lets the file picker offer only the types the requirement takes', () => {
    expect(acceptFor({ acceptedTypes: ['pdf'] })).toBe('application/pdf,.pdf')
    expect(acceptFor({ acceptedTypes: ['jpeg', 'png'] })).toBe('image/jpeg,.jpg,.jpeg,image/png,.png')
  })
})

describe('the printed receipt', () => {
  const receipt: Receipt = {
    registrationNo: 'REG-2026-000123',
    trackingCode: 'K7QX-9MPA',
    submittedAt: '2026-12-02T03:15:00.000Z',
    expectedCompletionDate: '2026-12-07',
    expectedCompletionProvisional: false,
    slaDays: 3,
  }

  it('points to the public tracking page with the number, never the code, in the address', () => {
    expect(trackingUrl('https://pintu.bandung.go.id', 'REG-2026-000123')).toBe(
      'https://pintu.bandung.go.id/lacak?no=REG-2026-000123',
    )
  })

  it('carries the number, the code, the service, both dates and where to track, in that order', () => {
    const lines = receiptLines(receipt, {
      serviceName: 'Surat Keterangan Penelitian',
      origin: 'https://pintu.bandung.go.id',
      date: (iso) => `date ${iso}`,
      dateTime: (iso) => `at ${iso}`,
    })
    expect(lines.map((line) => [line.label, line.value])).toEqual([
      ['counter.receipt.registrationNo', 'REG-2026-000123'],
      ['counter.receipt.trackingCode', 'K7QX-9MPA'],
      ['counter.receipt.service', 'Surat Keterangan Penelitian'],
      ['counter.receipt.received', 'at 2026-12-02T03:15:00.000Z'],
      ['counter.receipt.expected', 'date 2026-12-07'],
      ['counter.receipt.trackAt', 'https://pintu.bandung.go.id/lacak?no=REG-2026-000123'],
    ])
    expect(lines.filter((line) => line.emphasis).map((line) => line.label)).toEqual([
      'counter.receipt.registrationNo',
      'counter.receipt.trackingCode',
    ])
  })
})
