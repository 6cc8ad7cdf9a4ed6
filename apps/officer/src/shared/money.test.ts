import { describe, expect, it } from 'vitest'
import { readRupiah, rupiahDraft, rupiahProblem } from './money.ts'

describe('rupiah typed by an officer', () => {
  it.each([
    ['Rp 5.000.000', 5_000_000],
    ['Rp5.000.000', 5_000_000],
    ['rp 5.000.000,-', 5_000_000],
    ['5.000.000', 5_000_000],
    ['5000000', 5_000_000],
    ['150.000', 150_000],
  ])('%j is %d rupiah', (typed, amount) => expect(readRupiah(typed)).toEqual({ ok: true, value: amount }))

  it.each([
    ['1.5', 'number.ambiguous'],
    ['150,000', 'number.ambiguous'],
    ['150.000,50', 'number.too_many_decimals'],
    ['seratus ribu', 'number.invalid'],
    ['', 'number.empty'],
    ['-150.000', 'number.negative'],
  ])('%j is refused as %s', (typed, problem) => expect(readRupiah(typed)).toEqual({ ok: false, problem }))

  it('is put back in the input the way it is read', () => {
    expect(rupiahDraft(5_000_000)).toBe('5.000.000')
    expect(readRupiah(rupiahDraft(5_000_000))).toEqual({ ok: true, value: 5_000_000 })
  })

  it('names what was typed when it cannot be read', () => {
    const problem = rupiahProblem('number.ambiguous', ' 1.5 ')
    expect(problem).toEqual({ key: 'forms.rupiah.ambiguous', params: { typed: '1.5' } })
  })
})
