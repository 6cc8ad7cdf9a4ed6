import { beforeEach, describe, expect, it } from 'vitest'
import { advanceFlash, dismissFlash, flash, flashMessage } from './flash.ts'

describe('the message saying what just happened', () => {
  beforeEach(() => dismissFlash())

  it('shows on the page the next navigation lands on, and goes with the one after', () => {
    flash('savedForLater')
    expect(flashMessage()).toBeNull() // not on the page that asked for it
    advanceFlash()
    expect(flashMessage()).toBe('savedForLater')
    advanceFlash()
    expect(flashMessage()).toBeNull()
  })

  it('can be closed', () => {
    flash('loggedOut')
    advanceFlash()
    dismissFlash()
    expect(flashMessage()).toBeNull()
  })
})
