import { counterRoutes } from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import { counterEn, counterId } from './messages.ts'

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || 't' in node) return [prefix]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  )
}

describe('the counter page messages, loaded with the page', () => {
  afterEach(() => {
    i18n.global.locale.value = 'id'
    vi.restoreAllMocks()
  })

  it('English has exactly the keys of Bahasa Indonesia', () => {
    expect(leafKeys(counterEn).sort()).toEqual(leafKeys(counterId).sort())
  })

  it('every message renders in both languages, without warnings', () => {
    const warn = vi.spyOn(console, 'warn')
    for (const locale of ['id', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const key of leafKeys(counterId)) {
        const rendered = i18n.global.t(key, {
          name: 'N',
          nik: '••••0001',
          service: 'S',
          types: 'PDF',
          size: '2 MB',
          percent: 5,
          count: 1,
          max: 120,
        })
        expect(rendered, `${locale}:${key}`).not.toBe(key)
        expect(rendered, `${locale}:${key}`).not.toMatch(/[{}]/)
      }
    }
    expect(warn).not.toHaveBeenCalled()
  })

  it('adds the error codes to the shared ones without dropping any of them', () => {
    expect(i18n.global.te('errors.applications.not_found', 'id')).toBe(true)
    expect(i18n.global.te('errors.documents.too_large', 'en')).toBe(true)
    expect(i18n.global.te('errors.identity.email_taken', 'id')).toBe(true)
    expect(i18n.global.te('errors.identity.nik_taken', 'id')).toBe(true)
  })

  it('explains every error code a counter route declares', () => {
    const codes = new Set(Object.values(counterRoutes).flatMap((route) => route.errors ?? []))
    expect(codes.size).toBeGreaterThan(10)
    for (const code of codes) expect(i18n.global.te(`errors.${code}`, 'id'), code).toBe(true)
  })
})
