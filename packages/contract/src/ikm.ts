import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, Text } from './common.ts'

/*
 * The community satisfaction index (Indeks Kepuasan Masyarakat, Permenpan RB 14/2017): nine
 * elements rated 1–4; IKM = Σ(mean of each element × 1/9) × 25, on a 25–100 scale, with grade bands.
 */
export const ikmElements = [
  'requirements',
  'procedure',
  'time',
  'cost',
  'product',
  'competence',
  'conduct',
  'complaint_handling',
  'facilities',
] as const
export type IkmElement = (typeof ikmElements)[number]

const Score = (description: string) => Type.Integer({ minimum: 1, maximum: 4, description: `${description} (1–4)` })

export const SurveyBodySchema = Type.Object(
  {
    requirements: Score('U1 Persyaratan: requirements'),
    procedure: Score('U2 Sistem, mekanisme dan prosedur'),
    time: Score('U3 Waktu penyelesaian'),
    cost: Score('U4 Biaya/tarif'),
    product: Score('U5 Produk spesifikasi jenis pelayanan'),
    competence: Score('U6 Kompetensi pelaksana'),
    conduct: Score('U7 Perilaku pelaksana'),
    complaint_handling: Score('U8 Penanganan pengaduan, saran dan masukan'),
    facilities: Score('U9 Sarana dan prasarana'),
    comment: Type.Optional(Text({ maxLength: 2000, multiline: true, description: 'Optional; never published' })),
  },
  { additionalProperties: false },
)
export type SurveyBody = Static<typeof SurveyBodySchema>

export const SurveyStateSchema = Type.Object({
  state: Type.Enum(['not_yet', 'open', 'answered'], {
    description: '`not_yet` until the application is issued or rejected, then `open`, then `answered` (once)',
  }),
  answeredAt: Type.Union([IsoDateTime('When it was answered'), Type.Null()]),
})
export type SurveyState = Static<typeof SurveyStateSchema>

export type IkmGrade = 'A' | 'B' | 'C' | 'D'

/**
 * The index from the sums of the scores of each element over n respondents, to two decimals
 * (half up). Exact: Σ(sum_i / n) / 9 × 25 = 25 · Σ sum_i / (9n), rounded in integers.
 */
export function ikmIndex(elementSums: readonly number[], n: number): number | null {
  if (n === 0) return null
  const total = elementSums.reduce((a, b) => a + b, 0)
  const numerator = BigInt(2500 * total)
  const denominator = BigInt(9 * n)
  return Number((2n * numerator + denominator) / (2n * denominator)) / 100
}

/** The grade of an index to two decimals (Permenpan RB 14/2017, annex). */
export function ikmGrade(index: number | null): IkmGrade | null {
  if (index === null) return null
  if (index >= 88.31) return 'A'
  if (index >= 76.61) return 'B'
  if (index >= 65) return 'C'
  return 'D'
}

const IkmValue = {
  respondents: Type.Integer({ minimum: 0, description: 'n: number of answers' }),
  index: Type.Union([Type.Number(), Type.Null()], { description: 'IKM, 25–100 to two decimals; null with n = 0' }),
  grade: Type.Union([Type.Enum(['A', 'B', 'C', 'D']), Type.Null()], {
    description: 'A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99',
  }),
  elementMeans: Type.Array(Type.Number(), { description: 'Mean of each of the 9 elements, in order, to two decimals' }),
}
export const IkmFiguresSchema = Type.Object({
  from: Type.Union([IsoDate('First day counted'), Type.Null()]),
  to: Type.Union([IsoDate('Last day counted'), Type.Null()]),
  overall: Type.Object(IkmValue),
  services: Type.Array(Type.Object({ serviceCode: Type.String(), ...IkmValue }), { description: 'Per service' }),
  periods: Type.Array(
    Type.Object({ period: Type.String({ description: "Month, YYYY-MM (the office's time zone)" }), ...IkmValue }),
    {
      description: 'Per month',
    },
  ),
})
export type IkmFigures = Static<typeof IkmFiguresSchema>
export const IkmQuerySchema = Type.Object(
  {
    from: Type.Optional(IsoDate('First day (answers on or after)')),
    to: Type.Optional(IsoDate('Last day (answers on or before)')),
  },
  { additionalProperties: false },
)
