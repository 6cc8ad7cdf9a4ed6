import { describe, expect, it } from 'vitest'
import {
  amountDiffers,
  approvalState,
  officeToday,
  validateClosure,
  validateDelegation,
  validateHoliday,
  validateManualPayment,
  validateReason,
} from './timeMoneyForms.ts'

describe('closure form', () => {
  const ok = {
    reason: 'Banjir di gedung pelayanan',
    legalBasis: 'SK Wali Kota 1/2026',
    startsOn: '2026-12-01',
    endsOn: '',
  }
  it('accepts an open-ended closure', () => expect(validateClosure(ok)).toEqual({}))
  it('asks for a reason of 10 characters and a legal basis of 5', () => {
    expect(validateClosure({ ...ok, reason: 'banjir', legalBasis: 'SK' })).toEqual({
      reason: { key: 'forms.tooShort', params: { min: 10 } },
      legalBasis: { key: 'forms.tooShort', params: { min: 5 } },
    })
  })
  it('refuses an end before the start, and a missing start', () => {
    expect(validateClosure({ ...ok, endsOn: '2026-11-30' }).endsOn?.key).toBe('errors.closures.ends_before_start')
    expect(validateClosure({ ...ok, startsOn: '' }).startsOn?.key).toBe('forms.dateRequired')
  })
})

describe('delegation form', () => {
  const ok = {
    kind: 'plh',
    delegateId: 'd1',
    startsOn: '2026-12-01',
    endsOn: '2026-12-05',
    reason: 'Kepala Dinas cuti tahunan',
  }
  it('accepts a future window', () => expect(validateDelegation(ok, '2026-11-28')).toEqual({}))
  it('refuses a backdated start and an end before the start', () => {
    expect(validateDelegation(ok, '2026-12-02').startsOn?.key).toBe('errors.delegations.backdated')
    expect(validateDelegation({ ...ok, endsOn: '2026-11-30' }, '2026-11-28').endsOn?.key).toBe(
      'errors.delegations.ends_before_start',
    )
  })
  it('asks for a delegate, a kind and a reason', () => {
    expect(
      Object.keys(validateDelegation({ ...ok, kind: '', delegateId: '', reason: 'cuti' }, '2026-11-28')).sort(),
    ).toEqual(['delegateId', 'kind', 'reason'])
  })
})

describe('holiday form', () => {
  it('needs a date, a kind, both names and a legal basis', () => {
    expect(
      validateHoliday({
        date: '2026-12-24',
        kind: 'cuti_bersama',
        nameId: 'Cuti bersama Natal',
        nameEn: 'Christmas leave',
        legalBasis: 'SKB 3 Menteri',
      }),
    ).toEqual({})
    expect(
      validateHoliday({
        date: '2026-10-20',
        kind: 'libur_daerah',
        nameId: 'Hari Jadi Provinsi',
        nameEn: 'Province Day',
        legalBasis: 'Keputusan Gubernur',
      }),
    ).toEqual({})
    expect(
      Object.keys(validateHoliday({ date: '', kind: 'x', nameId: '', nameEn: ' ', legalBasis: 'SK' })).sort(),
    ).toEqual(['date', 'kind', 'legalBasis', 'nameEn', 'nameId'])
  })
})

describe('manual payment form', () => {
  it('checks the bank reference, the amount and the note', () => {
    expect(
      validateManualPayment({ bankReference: 'NTB-123456', amount: '150000', note: 'Callback bank tidak masuk' }),
    ).toEqual({})
    expect(Object.keys(validateManualPayment({ bankReference: 'ab c', amount: '0', note: 'x' })).sort()).toEqual([
      'amount',
      'bankReference',
      'note',
    ])
  })
  it('reads the amount the Indonesian way, as it is printed on the SKRD', () => {
    const entry = { bankReference: 'NTB-123456', note: 'Callback bank tidak masuk' }
    expect(validateManualPayment({ ...entry, amount: 'Rp 5.000.000' })).toEqual({})
    expect(validateManualPayment({ ...entry, amount: '1.5' }).amount).toEqual({
      key: 'forms.rupiah.ambiguous',
      params: { typed: '1.5' },
    })
    expect(validateManualPayment({ ...entry, amount: 'Rp 0' }).amount).toEqual({ key: 'payments.amountInvalid' })
  })
  it('warns when the typed amount differs from the invoice', () => {
    expect(amountDiffers('150000', 150000)).toBe(false)
    expect(amountDiffers('Rp 150.000', 150000)).toBe(false)
    expect(amountDiffers('140000', 150000)).toBe(true)
    expect(amountDiffers('1.500', 150000)).toBe(true)
    expect(amountDiffers('', 150000)).toBe(false)
    expect(amountDiffers('150.0', 150000)).toBe(false) // not an amount yet: the input says why when left
  })
  it('a reason has at least 10 characters', () => {
    expect(validateReason('salah cetak data')).toEqual({})
    expect(validateReason('salah')).toEqual({ reason: { key: 'forms.tooShort', params: { min: 10 } } })
  })
})

describe('dual control of manual payments', () => {
  const pending = { requestedBy: 'Bendahara Satu', requestedById: 'treasurer-1' }
  it('the treasurer who entered it is told another treasurer must approve', () => {
    expect(approvalState(pending, { id: 'treasurer-1' }, true)).toBe('own_entry')
  })
  it('another treasurer may approve', () =>
    expect(approvalState(pending, { id: 'treasurer-2' }, true)).toBe('can_approve'))
  it('supervisors and auditors only read', () =>
    expect(approvalState(pending, { id: 'supervisor-1' }, false)).toBe('read_only'))
})

describe('office date', () => {
  it('is the date in Jakarta until the site facts name the office zone', () =>
    expect(officeToday(new Date('2026-11-28T18:00:00Z'))).toBe('2026-11-29'))
  it("is the date in the office's zone: 23:30 WIB is already tomorrow in Makassar", () => {
    const lateInBandung = new Date('2026-11-28T16:30:00Z')
    expect(officeToday(lateInBandung, 'Asia/Jakarta')).toBe('2026-11-28')
    expect(officeToday(lateInBandung, 'Asia/Makassar')).toBe('2026-11-29')
  })
})
