import {
  applicationActions,
  applicationKinds,
  applicationStatuses,
  documentTypes,
  formFieldTypes,
  returnReasonCodes,
  roles,
  sectors,
  serviceKinds,
  stageKeys,
  stageStates,
} from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { createTestI18n, enMessages as en, idMessages as id } from './testing.ts'

function leaves(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leaves(value as object, `${prefix}${key}.`),
  )
}

describe('messages', () => {
  it('every Bahasa Indonesia key exists in English and vice versa', () => {
    const idKeys = leaves(id).sort()
    const enKeys = leaves(en).sort()
    expect(idKeys.filter((key) => !enKeys.includes(key))).toEqual([])
    expect(enKeys.filter((key) => !idKeys.includes(key))).toEqual([])
  })

  it('no message is empty', () => {
    for (const messages of [id, en]) {
      for (const key of leaves(messages)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
        expect(String(value).trim(), key).not.toBe('')
      }
    }
  })

  it('every message compiles and renders in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      const { global } = createTestI18n(locale)
      for (const key of leaves(id)) {
        const rendered = global.t(key, { n: 2, page: 1, pages: 3, code: 'X', date: 'd', version: 1, field: 'F' })
        expect(rendered, `${locale}:${key}`).not.toBe(key)
      }
    }
  })

  it.each([
    ['sector', sectors],
    ['kind', serviceKinds],
    ['applicationKind', applicationKinds],
    ['fieldType', formFieldTypes],
    ['stage', stageKeys],
    ['role', roles],
    ['documentType', documentTypes],
    ['feeKind', ['free', 'fixed', 'per_unit']],
    ['status', applicationStatuses],
    ['stageState', stageStates],
    ['returnReason', returnReasonCodes],
    ['eventAction', [...applicationActions, 'create', 'assign', 'reassign', 'escalate']],
  ] as const)('every %s of the contract has a label in both languages', (group, values) => {
    for (const value of values) {
      expect((id.labels[group] as Record<string, string>)[value], `id ${value}`).toBeTruthy()
      expect((en.labels[group] as Record<string, string>)[value], `en ${value}`).toBeTruthy()
    }
  })

  it('every API error code the apply, payment and permit pages can meet has its own message in both languages', () => {
    const codes = [
      'applications.not_found',
      'applications.not_editable',
      'applications.stale_version',
      'applications.field_locked',
      'applications.invalid_form',
      'applications.incomplete',
      'applications.kind_not_offered',
      'applications.action_not_allowed',
      'applications.unknown_requirement',
      'applications.document_not_found',
      'documents.too_large',
      'documents.type_not_accepted',
      'documents.empty',
      'documents.bad_file_name',
      'documents.missing',
      'documents.no_file',
      'documents.one_file_only',
      'documents.not_a_pdf',
      'documents.pdf_active_content',
      'documents.pdf_encrypted',
      'documents.pdf_uninspectable',
      'documents.image_corrupt',
      'documents.image_dimensions',
      'documents.busy',
      'idempotency.key_reused',
      'idempotency.bad_key',
      'idempotency.in_progress',
      'tracking.not_found',
      'catalogue.retired',
      'payments.no_invoice',
      'permits.not_issued',
      'permits.not_found',
      'rate_limited',
    ]
    for (const locale of ['id', 'en'] as const) {
      const { t } = createTestI18n(locale).global
      for (const code of codes) expect(t(`errors.${code}`), `${locale} ${code}`).not.toBe(`errors.${code}`)
    }
  })

  it('sector labels use the office terms', () => {
    expect(id.labels.sector.advertising).toBe('Reklame')
    expect(id.labels.sector.environment).toBe('Lingkungan Hidup')
    expect(id.labels.kind).toEqual({ izin: 'Perizinan', non_izin: 'Non-perizinan' })
    expect(en.labels.kind).toEqual({ izin: 'Permit', non_izin: 'Non-permit' })
  })

  it('counts agree in English and stay invariant in Bahasa Indonesia', () => {
    expect(createTestI18n('en').global.t('catalogue.total', 1)).toBe('1 service')
    expect(createTestI18n('en').global.t('catalogue.total', 54)).toBe('54 services')
    expect(createTestI18n('id').global.t('catalogue.total', 54)).toBe('54 layanan')
    expect(createTestI18n('id').global.t('common.workingDays', 1)).toBe('1 hari kerja')
  })
})
