import { describe, expect, it } from 'vitest'
import { parseDemoAccounts } from './pintu.ts'

describe('demo accounts file', () => {
  it('is read back into email and password per account', () => {
    const text =
      'Demo accounts (also in /tmp/x):\n  admin       admin@demo.pintu.id          admin-AbC_12\n  applicant   applicant@demo.pintu.id      applicant-x-Y\n'
    expect(parseDemoAccounts(text)).toEqual({
      admin: { email: 'admin@demo.pintu.id', password: 'admin-AbC_12' },
      applicant: { email: 'applicant@demo.pintu.id', password: 'applicant-x-Y' },
    })
  })
})
