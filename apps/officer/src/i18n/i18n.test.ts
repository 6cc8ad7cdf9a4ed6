import {
  applicationActions,
  applicationKinds,
  applicationStatuses,
  returnReasonCodes,
  stageKeys,
  stageStates,
  TimelineEventSchema,
} from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import en from './en.ts'
import id from './id.ts'
import { i18n } from './index.ts'

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  )
}

/** Every value a contract schema of enums, literals and unions of them allows. */
function schemaValues(schema: unknown): string[] {
  const node = schema as { anyOf?: unknown[]; enum?: string[]; const?: string }
  return node.anyOf ? node.anyOf.flatMap(schemaValues) : (node.enum ?? (node.const !== undefined ? [node.const] : []))
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

  it('has a message for every status, stage, action and return reason of the lifecycle table', () => {
    const groups: [string, readonly string[]][] = [
      ['lifecycle.status', applicationStatuses],
      ['lifecycle.stage', [...stageKeys, 'unassigned']],
      ['lifecycle.stageState', stageStates],
      ['lifecycle.action', applicationActions],
      ['lifecycle.actionHelp', applicationActions],
      ['lifecycle.event', schemaValues(TimelineEventSchema.properties.action)],
      ['lifecycle.returnReason', returnReasonCodes],
      ['lifecycle.applicationKind', applicationKinds],
    ]
    for (const [group, keys] of groups)
      expect(
        Object.keys(
          group.split('.').reduce<Record<string, unknown>>((node, part) => node[part] as Record<string, unknown>, id),
        ).sort(),
        group,
      ).toEqual([...keys].sort())
  })

  it('every message compiles and renders in both languages without warnings', () => {
    const warn = vi.spyOn(console, 'warn')
    for (const locale of ['id', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const key of leafKeys(id)) {
        const rendered = i18n.global.t(key, {
          page: 1,
          pages: 2,
          total: 3,
          version: 4,
          name: 'N',
          code: 'C',
          date: 'D',
          reason: 'R',
          revision: 5,
          days: 6,
          months: 7,
          amount: 8,
          rate: 9,
          field: 'F',
          base: 0,
          minimum: 0,
          mandatory: 1,
          created: 'A',
          updated: 'B',
          count: 2,
          number: 'REG-2026-000001',
          role: 'R',
          used: 1,
          budget: 2,
          reasons: 'X',
          action: 'A',
          status: 'S',
          min: 10,
          wait: '1 menit',
        })
        expect(rendered, `${locale}:${key}`).not.toBe(key)
      }
    }
    expect(warn).not.toHaveBeenCalled()
  })
})
