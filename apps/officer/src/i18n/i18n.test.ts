import { afterEach, describe, expect, it, vi } from 'vitest'
import en from './en.ts'
import id from './id.ts'
import { i18n } from './index.ts'

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key))
}

describe('i18n messages', () => {
  afterEach(() => {
    i18n.global.locale.value = 'id'
    vi.restoreAllMocks()
  })

  it('English has exactly the keys of Bahasa Indonesia', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(id).sort())
  })

  it('no message is empty in either language', () => {
    for (const messages of [id, en]) {
      for (const key of leafKeys(messages)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
        expect(value, key).toMatch(/\S/)
      }
    }
  })

  it('every message compiles and renders in both languages without warnings', () => {
    const warn = vi.spyOn(console, 'warn')
    for (const locale of ['id', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const key of leafKeys(id)) {
        const rendered = i18n.global.t(key, { page: 1, pages: 2, total: 3, version: 4, name: 'N', code: 'C', date: 'D', reason: 'R', revision: 5, days: 6, months: 7, amount: 8, rate: 9, field: 'F', base: 0, minimum: 0, mandatory: 1, created: 'A', updated: 'B' })
        expect(rendered, `${locale}:${key}`).not.toBe(key)
      }
    }
    expect(warn).not.toHaveBeenCalled()
  })
})
