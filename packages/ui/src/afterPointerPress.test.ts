import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterPointerPress } from './afterPointerPress.ts'

describe('showing what a field read, without moving the button being pressed', () => {
  afterEach(() => vi.useRealTimers())

  it('shows at once when nothing is being pressed (leaving a field with Tab)', () => {
    const show = vi.fn()
    afterPointerPress(show)
    expect(show).toHaveBeenCalledOnce()
  })

  it('waits for the press to end in its click, and for the click’s own handlers to run', () => {
    vi.useFakeTimers()
    const order: string[] = []
    const button = document.createElement('button')
    button.addEventListener('click', () => order.push('submit'))
    document.body.append(button)
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    afterPointerPress(() => order.push('message'))
    expect(order).toEqual([])
    button.click()
    vi.runOnlyPendingTimers()
    expect(order).toEqual(['submit', 'message'])
    button.remove()
  })

  it('a press that never clicks still lets the message show', () => {
    vi.useFakeTimers()
    const show = vi.fn()
    window.dispatchEvent(new PointerEvent('pointerdown'))
    afterPointerPress(show)
    vi.advanceTimersByTime(999)
    expect(show).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(show).toHaveBeenCalledOnce()
  })
})
