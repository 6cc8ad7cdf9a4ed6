import { permitStatuses } from '@pintu/contract'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { printedPermit, verification } from '../testing/fixtures.ts'
import PermitVerdict from './PermitVerdict.vue'

const show = (overrides: Parameters<typeof verification>[0]) =>
  mount(PermitVerdict, {
    props: { verification: verification(overrides), number: printedPermit.number },
    global: { plugins: [createTestI18n('id')] },
  })

describe('the verdict of a permit verification', () => {
  it('has a case below for every status of the contract', () => {
    expect([...permitStatuses].sort()).toEqual(['expired', 'invalid', 'revoked', 'unknown', 'valid'])
  })

  it.each([
    ['valid', 'Izin ini sah', 'verdict--green'],
    ['revoked', 'Izin ini sudah dicabut', 'verdict--red'],
    ['expired', 'Masa berlaku izin ini sudah habis', 'verdict--yellow'],
    ['invalid', 'Izin ini tidak sah', 'verdict--red'],
    ['unknown', 'Izin tidak ditemukan', 'verdict--grey'],
  ] as const)('%s says "%s" in words, not by colour alone', (status, title, tone) => {
    const wrapper = show({ status })
    expect(wrapper.get('h2').text()).toBe(title)
    expect(wrapper.classes()).toContain(tone)
    expect(wrapper.text()).toContain(`Nomor izin: ${printedPermit.number}`)
    expect(wrapper.get('.verdict__symbol').attributes('aria-hidden')).toBe('true')
  })

  it('a revoked permit gives the date and the reason', () => {
    const wrapper = show({
      status: 'revoked',
      revoked: { at: '2026-11-28T06:33:18Z', reason: 'Tempat usaha dalam radius terlarang.' },
    })
    expect(wrapper.text()).toMatch(/Dicabut pada 28 Nov 2026/)
    expect(wrapper.text()).toContain('Alasan: Tempat usaha dalam radius terlarang.')
  })

  it('an expired permit gives the last day it was valid', () => {
    const wrapper = show({ status: 'expired' })
    expect(wrapper.text()).toContain('Masa berlakunya berakhir 27 November 2027.')
    // By number alone, from the summary.
    const byNumber = show({ status: 'expired', permit: null, codeMatches: null })
    expect(byNumber.text()).toContain('Masa berlakunya berakhir 27 November 2027.')
  })

  it('an altered record is called what it is', () => {
    expect(show({ status: 'invalid' }).text()).toContain('tidak cocok dengan tanda tangan elektroniknya')
  })
})
