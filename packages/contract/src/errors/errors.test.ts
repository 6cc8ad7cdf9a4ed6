import { describe, expect, it } from 'vitest'
import { allRoutes } from '../routes.ts'
import { errorCatalogue, isErrorCode } from './index.ts'

describe('the error catalogue', () => {
  it('has a message in both languages for every code, and they differ', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(entry.id, code).toBeTruthy()
      expect(entry.en, code).toBeTruthy()
      expect(entry.id, code).not.toBe(entry.en)
    }
  })

  it('names every code as <domain>.<name> in lower snake case, or one of the few generic words', () => {
    for (const code of Object.keys(errorCatalogue))
      expect(code).toMatch(/^([a-z]+\.[a-z_]+|internal|not_found|rate_limited)$/)
  })

  it('tells an unknown code apart', () => {
    expect(isErrorCode('applications.stale_version')).toBe(true)
    expect(isErrorCode('applications.made_up')).toBe(false)
    expect(isErrorCode('toString')).toBe(false)
  })
})

describe('every route declares the codes it answers with', () => {
  it.each(allRoutes.map((route) => [`${route.method} ${route.url}`, route] as const))(
    '%s lists each code under its status',
    (_name, route) => {
      const responses = route.schema.response as Record<
        number,
        { description?: string; properties?: { error?: { properties?: { code?: { enum?: string[] } } } } }
      >
      for (const code of route.errorCodes) {
        // The token endpoint answers its 400s and 401s in RFC 6749's shape, which lists its own codes.
        if ('errorShape' in route && route.errorShape === 'oauth' && [400, 401].includes(errorCatalogue[code].status))
          continue
        const listed = responses[errorCatalogue[code].status]?.properties?.error?.properties?.code?.enum ?? []
        expect(listed, code).toContain(code)
      }
      if (route.access !== 'public') expect(route.errorCodes).toContain('auth.session_ended')
    },
  )
})
