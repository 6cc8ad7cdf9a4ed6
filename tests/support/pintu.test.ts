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

  it("reads the default office's accounts when several offices have theirs (the default is listed first)", () => {
    const text = [
      'Demo accounts (also in /tmp/x):',
      'DPMPTSP Kota Bandung (32.73):',
      '  admin       admin@demo.pintu.id            admin-AbC_12',
      'DPMPTSP Kota Makassar (73.71):',
      '  admin       admin@7371.demo.pintu.id       admin-Zz_9',
      '',
    ].join('\n')
    expect(parseDemoAccounts(text)).toEqual({ admin: { email: 'admin@demo.pintu.id', password: 'admin-AbC_12' } })
  })
})
