import type { BacklogRollup, BacklogTotals } from '@pintu/contract'
import { BANDUNG, CIMAHI, MAKASSAR } from '@/features/office/testing/fakeDeployment.ts'

// Three offices in two provinces, their backlogs added up as GET /api/v1/stats/rollup/backlog does.
const totals = (files: number, overdue: number): BacklogTotals => ({
  files,
  overdue,
  age: {},
  byKind: [],
  byStage: [],
  byChannel: [],
  byService: [],
})

export const sampleRollup: BacklogRollup = {
  asOf: '2026-12-03',
  offices: [
    { officeCode: '32.73', provinceCode: '32', backlog: totals(7, 2) },
    { officeCode: '73.71', provinceCode: '73', backlog: totals(4, 0) },
    { officeCode: '32.77', provinceCode: '32', backlog: totals(1, 1) },
  ],
  provinces: [
    { provinceCode: '32', officeCodes: ['32.73', '32.77'], backlog: totals(8, 3) },
    { provinceCode: '73', officeCodes: ['73.71'], backlog: totals(4, 0) },
  ],
  total: totals(12, 3),
}
export const sampleOffices = [BANDUNG, MAKASSAR, CIMAHI]
