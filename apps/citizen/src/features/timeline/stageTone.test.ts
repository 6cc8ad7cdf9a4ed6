import { stageStates } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { isOverdue, stageClock, stageTone } from './stageTone.ts'

describe('stage tone', () => {
  it.each([
    ['done', 'green'],
    ['in_progress', 'yellow'],
    ['returned', 'red'],
    ['rejected', 'red'],
    ['pending', 'grey'],
  ] as const)('a %s stage is %s', (state, tone) => {
    expect(stageTone(state)).toBe(tone)
  })

  it('every stage state also has a text label, so colour is never the only signal', () => {
    for (const locale of ['id', 'en'] as const) {
      const { t } = createTestI18n(locale).global
      for (const state of stageStates) expect(t(`labels.stageState.${state}`)).not.toBe(`labels.stageState.${state}`)
    }
    expect(createTestI18n('id').global.t('labels.stageState.in_progress')).toBe('Sedang diproses')
  })

  it('a stage is overdue only once it has used more working days than its budget', () => {
    expect(isOverdue({ state: 'in_progress', workingDaysUsed: 1, budgetDays: 1 })).toBe(false)
    expect(isOverdue({ state: 'in_progress', workingDaysUsed: 2, budgetDays: 1 })).toBe(true)
    expect(isOverdue({ state: 'pending', workingDaysUsed: 0, budgetDays: 1 })).toBe(false)
  })

  it('a running stage counts the working days left in its budget, or past it; others have no clock', () => {
    expect(stageClock({ state: 'in_progress', workingDaysUsed: 1, budgetDays: 3 })).toEqual({ left: 2, late: 0 })
    expect(stageClock({ state: 'in_progress', workingDaysUsed: 5, budgetDays: 3 })).toEqual({ left: 0, late: 2 })
    expect(stageClock({ state: 'done', workingDaysUsed: 1, budgetDays: 3 })).toBeNull()
    expect(stageClock({ state: 'pending', workingDaysUsed: 0, budgetDays: 3 })).toBeNull()
  })
})
