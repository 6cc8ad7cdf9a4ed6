import { describe, expect, it } from 'vitest'
import { hasChanged, smsGoesByEmail } from './notificationChoice.ts'

describe('notification choice', () => {
  it('warns that SMS goes by email only when SMS is chosen and the account has no mobile number', () => {
    expect(smsGoesByEmail({ channels: 'sms' }, null)).toBe(true)
    expect(smsGoesByEmail({ channels: 'both' }, null)).toBe(true)
    expect(smsGoesByEmail({ channels: 'email' }, null)).toBe(false)
    expect(smsGoesByEmail({ channels: 'sms' }, '081234567890')).toBe(false)
  })

  it('sees a change of language or of channels, and nothing saved yet as a change', () => {
    const saved = { locale: 'id', channels: 'email' } as const
    expect(hasChanged(saved, { locale: 'id', channels: 'email' })).toBe(false)
    expect(hasChanged(saved, { locale: 'en', channels: 'email' })).toBe(true)
    expect(hasChanged(saved, { locale: 'id', channels: 'sms' })).toBe(true)
    expect(hasChanged(null, { locale: 'id', channels: 'email' })).toBe(true)
  })
})
