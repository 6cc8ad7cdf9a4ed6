import { statsRoutes, type OfficerBacklogRow } from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import { NOBODY, asOfProblem, csvFileName, filterOptions, noFilter, totals, visibleRows } from './backlogReport.ts'
import { reportsEn, reportsId } from './messages.ts'

const age = (values: number[]) =>
  Object.fromEntries(['0-3', '4-7', '8-14', '15-30', '31+'].map((bucket, i) => [bucket, values[i] ?? 0]))
const row = (extra: Partial<OfficerBacklogRow>): OfficerBacklogRow => ({
  kind: 'izin',
  serviceCode: 'IMB',
  stage: 'admin_verification',
  channel: 'online',
  files: 1,
  overdue: 0,
  age: age([1]),
  assigneeId: 'a1',
  assigneeName: 'Asep',
  ...extra,
})

const rows = [
  row({ serviceCode: 'SKP', files: 3, age: age([3]) }),
  row({
    serviceCode: 'IMB',
    stage: 'technical_review',
    files: 1,
    age: age([0, 0, 0, 1]),
    assigneeId: 'b2',
    assigneeName: 'Budi',
  }),
  row({ serviceCode: 'SIUP', files: 2, overdue: 1, age: age([0, 2]), channel: 'counter' }),
  row({ serviceCode: 'TDP', stage: 'returned', files: 4, age: age([4]), assigneeId: null, assigneeName: null }),
]

describe('the backlog report table', () => {
  it('shows overdue files first, then the longest waits, then the most files', () => {
    expect(visibleRows(rows, noFilter).map((r) => r.serviceCode)).toEqual(['SIUP', 'IMB', 'TDP', 'SKP'])
  })

  it('narrows by stage, channel and officer, and by files nobody holds', () => {
    expect(visibleRows(rows, { ...noFilter, stage: 'admin_verification' }).map((r) => r.serviceCode)).toEqual([
      'SIUP',
      'SKP',
    ])
    expect(visibleRows(rows, { ...noFilter, channel: 'counter' }).map((r) => r.serviceCode)).toEqual(['SIUP'])
    expect(visibleRows(rows, { ...noFilter, assignee: 'b2' }).map((r) => r.serviceCode)).toEqual(['IMB'])
    expect(visibleRows(rows, { ...noFilter, assignee: NOBODY }).map((r) => r.serviceCode)).toEqual(['TDP'])
    expect(visibleRows(rows, { stage: 'returned', channel: 'online', assignee: 'a1' })).toEqual([])
  })

  it('totals what is shown', () => {
    expect(totals(rows)).toEqual({ files: 10, overdue: 1 })
    expect(totals(visibleRows(rows, { ...noFilter, assignee: 'a1' }))).toEqual({ files: 5, overdue: 1 })
  })

  it('offers as choices only what the answer holds', () => {
    expect(filterOptions({ rows })).toEqual({
      stages: ['admin_verification', 'returned', 'technical_review'],
      channels: ['counter', 'online'],
      assignees: [
        { id: 'a1', name: 'Asep' },
        { id: 'b2', name: 'Budi' },
      ],
      nobody: true,
    })
  })

  it('refuses a future or impossible day before asking, and takes an empty one as today', () => {
    expect(asOfProblem('', '2026-12-02')).toBeNull()
    expect(asOfProblem('2026-12-01', '2026-12-02')).toBeNull()
    expect(asOfProblem('2026-12-02', '2026-12-02')).toBeNull()
    expect(asOfProblem('2026-12-03', '2026-12-02')).toBe('errors.stats.future_date')
    expect(asOfProblem('2026-13-40', '2026-12-02')).toBe('reports.problems.badDate')
    expect(csvFileName('2026-12-02')).toBe('laporan-tunggakan-2026-12-02.csv')
  })
})

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || 't' in node) return [prefix]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  )
}

describe('the report messages, loaded with the page', () => {
  afterEach(() => {
    i18n.global.locale.value = 'id'
    vi.restoreAllMocks()
  })

  it('have the same keys in both languages and all render', () => {
    expect(leafKeys(reportsEn).sort()).toEqual(leafKeys(reportsId).sort())
    const warn = vi.spyOn(console, 'warn')
    for (const locale of ['id', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const key of leafKeys(reportsId)) {
        const rendered = i18n.global.t(key, { date: 'D', files: 1, overdue: 2, bucket: '0-3' })
        expect(rendered, `${locale}:${key}`).not.toBe(key)
        expect(rendered, `${locale}:${key}`).not.toMatch(/[{}]/)
      }
    }
    expect(warn).not.toHaveBeenCalled()
  })

  it('explain every error code the report route declares, and name every channel', () => {
    for (const code of statsRoutes.officerBacklog.errors ?? [])
      expect(i18n.global.te(`errors.${code}`, 'id'), code).toBe(true)
    expect(i18n.global.te('errors.applications.not_found', 'id')).toBe(true)
    for (const channel of ['online', 'counter'])
      expect(i18n.global.te(`reports.backlog.channels.${channel}`, 'en')).toBe(true)
  })
})
