import { OFFICE_HEADER } from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHOSEN_OFFICE_KEY, chosenOffice, officeHeaders, rememberOffice } from './chosenOffice.ts'

afterEach(() => {
  rememberOffice(null)
  localStorage.clear()
})

describe('the office chosen in this browser', () => {
  it('names no office until one is chosen: the deployment decides', () => {
    expect(chosenOffice.value).toBeNull()
    expect(officeHeaders()).toEqual({})
  })

  it('once chosen, every request names it with the header the API routes by', () => {
    rememberOffice('73.71')
    expect(officeHeaders()).toEqual({ [OFFICE_HEADER]: '73.71' })
    expect(OFFICE_HEADER).toBe('x-pintu-office')
  })

  it('is remembered for the next visit, and forgotten when dropped', async () => {
    rememberOffice('73.71')
    expect(localStorage.getItem(CHOSEN_OFFICE_KEY)).toBe('73.71')
    vi.resetModules()
    const nextVisit = await import('./chosenOffice.ts')
    expect(nextVisit.chosenOffice.value).toBe('73.71')
    rememberOffice(null)
    expect(localStorage.getItem(CHOSEN_OFFICE_KEY)).toBeNull()
    expect(officeHeaders()).toEqual({})
  })
})
