import { describe, expect, it } from 'vitest'
import { usePageActions } from './usePageActions.ts'

describe('usePageActions: what the list pages share', () => {
  it('says it is loading during a load, and keeps the load’s error for the page to show', async () => {
    let fail = true
    const page = usePageActions(async () => {
      expect(page.loading.value).toBe(true)
      if (fail) throw new Error('offline')
    })
    await page.load()
    expect(page.loading.value).toBe(false)
    expect((page.error.value as Error).message).toBe('offline')
    fail = false
    await page.load()
    expect(page.error.value).toBeNull()
  })

  it('reloads in place after a change, then focuses the confirmation', async () => {
    const seenLoading: boolean[] = []
    const page = usePageActions(async () => {
      seenLoading.push(page.loading.value)
    })
    await page.load()
    const box = document.createElement('div')
    box.tabIndex = -1
    document.body.append(box)
    page.successBox.value = box
    await page.announce('Disimpan.')
    expect(seenLoading).toEqual([true, false])
    expect(page.success.value).toBe('Disimpan.')
    expect(document.activeElement).toBe(box)
  })

  it('gives each action its own busy flag and error, and clears the last confirmation when one starts', async () => {
    const page = usePageActions(async () => {})
    page.success.value = 'Tersimpan sebelumnya.'
    let busyDuring = false
    const save = page.action(async (value: number) => {
      busyDuring = save.busy.value
      if (value < 0) throw new Error('refused')
    })
    const other = page.action(async () => {})
    await save.run(-1)
    expect(busyDuring).toBe(true)
    expect(save.busy.value).toBe(false)
    expect((save.error.value as Error).message).toBe('refused')
    expect(other.error.value).toBeNull()
    expect(page.error.value).toBeNull()
    expect(page.success.value).toBe('')
    await save.run(1)
    expect(save.error.value).toBeNull()
  })
})
