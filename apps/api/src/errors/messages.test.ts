import { describe, expect, it } from 'vitest'
import { localize, pickLocale } from './messages.ts'

describe('error message language', () => {
  it.each([
    [undefined, 'id'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.5,id;q=0.9', 'id'],
    ['fr-FR,fr;q=0.9', 'id'],
    ['fr,en;q=0.3', 'en'],
  ])('Accept-Language %s gives %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale)
  })

  it('fills placeholders from the error params', () => {
    expect(localize('auth.too_many_attempts', 'en', { seconds: 4 })).toBe(
      'Too many login attempts. Try again in 4 seconds.',
    )
  })
})

describe('error logging', () => {
  it('never logs the parameters of a failed query', async () => {
    const { withoutQueryParameters } = await import('../plugins/errors.ts')
    const error = Object.assign(
      new Error(
        'Failed query: insert into "users" ("nik", "phone") values ($1, $2)\nparams: 3273014508900001,+6281234567890',
      ),
      {
        cause: { code: '23505', message: 'duplicate key value violates unique constraint "users_nik_unique"' },
      },
    )
    const logged = JSON.stringify(withoutQueryParameters(error))
    expect(logged).not.toContain('3273014508900001')
    expect(logged).not.toContain('6281234567890')
    expect(logged).toContain('insert into')
    expect(logged).toContain('23505')
  })
})
