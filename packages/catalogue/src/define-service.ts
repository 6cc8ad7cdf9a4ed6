import type {
  ApplicationKind,
  FeeRule,
  FormField,
  LocalizedText,
  Requirement,
  Sector,
  ServiceDefinition,
  ServiceKind,
  Stage,
} from '@pintu/contract'
import { stageRoles } from '@pintu/contract'
import type { FormSection } from './form-fields.ts'
import { COMPLAINT_HANDLING, FREE_OF_CHARGE, procedureSteps, rupiahEn, rupiahId, timeNote } from './requirements.ts'

/** Working-day budget of each office stage; technical review is the only optional one. */
export interface StageBudget {
  admin: number
  technical?: number
  decision: number
  signing: number
}

export interface ServiceSpec {
  code: string
  kind: ServiceKind
  sector: Sector
  name: LocalizedText
  shortName?: string
  description: LocalizedText
  applicationKinds: ApplicationKind[]
  /** Sector regulations, most specific first; the PTSP regulations common to all services are appended. */
  legalBasis: string[]
  requirements: Requirement[]
  sections: FormSection[]
  /** The published completion time; the stage budgets must add up to it. */
  slaDays: number
  budget: StageBudget
  deemedApproval: boolean
  fee?: FeeRule
  feeLegalBasis?: string
  /** Replaces the cost note derived from the fee rule, e.g. to point at a separate tax. */
  costNote?: LocalizedText
  validity: ServiceDefinition['validity']
  /**
   * Form fields printed on the permit as its key data, in order. When omitted: the names and
   * addresses of what the service is for (fields ending in `_nama`, `_alamat`, `_kelurahan`,
   * `_kecamatan` outside the applicant section) and the field the fee is computed from.
   */
  permitFields?: string[]
  product: LocalizedText
  permitNumberFormat: string
  returnLimitDays?: number
}

// Every service rests on these: the public-service law, the national PTSP rules and Bandung's SOP.
const PTSP_LEGAL_BASIS = [
  'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  'Peraturan Presiden Nomor 97 Tahun 2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu',
  'Peraturan Menteri Dalam Negeri Nomor 138 Tahun 2017 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu Daerah',
  'Peraturan Wali Kota Bandung Nomor 235 Tahun 2017 tentang Standar Operasional Prosedur Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
]
// UU 30/2014 art. 53 as amended by UU 11/2020 (Cipta Kerja): a decision not made in time is deemed granted.
const DEEMED_APPROVAL_BASIS =
  'Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan, Pasal 53 (keputusan fiktif positif)'

export const DEFAULT_RETURN_LIMIT_DAYS = 14

/** Which agency's technical team reviews files of a sector (Bandung organisation after Perda 8/2016). */
export const TECHNICAL_AGENCY: Record<Sector, LocalizedText> = {
  trade: { id: 'Dinas Perdagangan dan Perindustrian', en: 'Trade and Industry Office' },
  industry: { id: 'Dinas Perdagangan dan Perindustrian', en: 'Trade and Industry Office' },
  tourism: { id: 'Dinas Kebudayaan dan Pariwisata', en: 'Culture and Tourism Office' },
  building: { id: 'Dinas Penataan Ruang', en: 'Spatial Planning Office' },
  advertising: {
    id: 'Dinas Penataan Ruang dan Bapenda (tim reklame)',
    en: 'Spatial Planning Office and Revenue Agency (billboard team)',
  },
  health: { id: 'Dinas Kesehatan', en: 'Health Office' },
  environment: { id: 'Dinas Lingkungan Hidup dan Kebersihan', en: 'Environment and Sanitation Office' },
  transport: { id: 'Dinas Perhubungan', en: 'Transport Office' },
  labour: { id: 'Dinas Tenaga Kerja', en: 'Manpower Office' },
  education: { id: 'Dinas Pendidikan', en: 'Education Office' },
  research: { id: 'Badan Kesatuan Bangsa dan Politik', en: 'National Unity and Politics Agency' },
  investment: { id: 'Bidang Penanaman Modal DPMPTSP', en: 'Investment Division of DPMPTSP' },
  social: { id: 'Dinas Sosial dan Penanggulangan Kemiskinan', en: 'Social Affairs and Poverty Reduction Office' },
}

function stagesOf(budget: StageBudget): Stage[] {
  const stage = (key: Stage['key'], budgetDays: number): Stage => ({ key, role: stageRoles[key], budgetDays })
  return [
    stage('admin_verification', budget.admin),
    ...(budget.technical ? [stage('technical_review', budget.technical)] : []),
    stage('decision', budget.decision),
    stage('signing', budget.signing),
  ]
}

function costNote(fee: FeeRule, basis: string | undefined, fields: FormField[]): LocalizedText {
  const payAt = {
    id: 'dibayar melalui kode bayar / virtual account bank setelah SKRD terbit',
    en: 'paid through the bank billing code or virtual account once the assessment (SKRD) is issued',
  }
  switch (fee.kind) {
    case 'free':
      return FREE_OF_CHARGE
    case 'fixed':
      return {
        id: `Retribusi ${rupiahId(fee.amount)} berdasarkan ${basis}, ${payAt.id}.`,
        en: `A levy of ${rupiahEn(fee.amount)} under ${basis}, ${payAt.en}.`,
      }
    case 'per_unit': {
      const unitField = fields.find((candidate) => candidate.key === fee.field)
      const label = unitField?.label ?? { id: fee.field, en: fee.field }
      const unit = unitField?.unit ?? 'unit'
      const base =
        fee.baseAmount > 0
          ? { id: ` ditambah ${rupiahId(fee.baseAmount)}`, en: ` plus ${rupiahEn(fee.baseAmount)}` }
          : { id: '', en: '' }
      return {
        id:
          `Retribusi = ${label.id} × ${rupiahId(fee.ratePerUnit)} per ${unit}${base.id}, paling sedikit ${rupiahId(fee.minimum)}, ` +
          `berdasarkan ${basis}; ${payAt.id}.`,
        en:
          `Levy = ${label.en} × ${rupiahEn(fee.ratePerUnit)} per ${unit}${base.en}, at least ${rupiahEn(fee.minimum)}, ` +
          `under ${basis}; ${payAt.en}.`,
      }
    }
  }
}

const PRINTED_BY_DEFAULT = /_(nama|judul|kegiatan|alamat|lokasi|kelurahan|kecamatan)$/

/** Names and places of what the service is for, and the fee's field; else the first fields of the first section. */
function defaultPermitFields(sections: FormSection[], fee: FeeRule): string[] {
  const printable = sections
    .filter((formSection) => formSection.key !== 'pemohon')
    .map((formSection) => formSection.fields.filter((field) => !['nik', 'phone', 'email'].includes(field.type)))
  const keys = printable
    .flat()
    .filter((field) => PRINTED_BY_DEFAULT.test(field.key) || (fee.kind === 'per_unit' && field.key === fee.field))
    .map((field) => field.key)
  const chosen = keys.length ? keys : (printable[0] ?? []).slice(0, 2).map((field) => field.key)
  return [...new Set(chosen)].slice(0, 12)
}

/** Turns a compact service description into the full definition, filling the shared standard texts. */
export function defineService(spec: ServiceSpec): ServiceDefinition {
  const fee = spec.fee ?? { kind: 'free' }
  const fields = spec.sections.flatMap((formSection) => formSection.fields)
  const requirements = spec.requirements
    .map((req) => ({ ...req, appliesTo: req.appliesTo.filter((kind) => spec.applicationKinds.includes(kind)) }))
    .filter((req) => req.appliesTo.length > 0)
  return {
    code: spec.code,
    kind: spec.kind,
    sector: spec.sector,
    name: spec.name,
    ...(spec.shortName && { shortName: spec.shortName }),
    description: spec.description,
    applicationKinds: spec.applicationKinds,
    legalBasis: [...spec.legalBasis, ...(spec.deemedApproval ? [DEEMED_APPROVAL_BASIS] : []), ...PTSP_LEGAL_BASIS],
    standard: {
      procedure: procedureSteps({
        ...(spec.budget.technical && { technicalAgency: TECHNICAL_AGENCY[spec.sector] }),
        payment: fee.kind !== 'free',
      }),
      timeNote: timeNote(spec.slaDays),
      costNote: spec.costNote ?? costNote(fee, spec.feeLegalBasis, fields),
      product: spec.product,
      complaintHandling: COMPLAINT_HANDLING,
    },
    requirements,
    form: { sections: spec.sections },
    stages: stagesOf(spec.budget),
    slaDays: spec.slaDays,
    deemedApproval: spec.deemedApproval,
    fee,
    ...(spec.feeLegalBasis && { feeLegalBasis: spec.feeLegalBasis }),
    validity: spec.validity,
    permitFields: spec.permitFields ?? defaultPermitFields(spec.sections, fee),
    permitNumberFormat: spec.permitNumberFormat,
    returnLimitDays: spec.returnLimitDays ?? DEFAULT_RETURN_LIMIT_DAYS,
  }
}

/** Number format `<archive class>/{seq}/<mark>/DPMPTSP/{roman_month}/{year}` (Permendagri archive classification). */
export const permitNumber = (archiveClass: string, mark: string) =>
  `${archiveClass}/{seq}/${mark}/DPMPTSP/{roman_month}/{year}`

/** Validity of the output: months, or null when it lasts while the activity runs. */
export const validity = (months: number | null, id: string, en: string): ServiceDefinition['validity'] => ({
  months,
  note: { id, en },
})
