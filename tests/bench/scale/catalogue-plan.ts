// The 54 services as the generator needs them, read from the seeded catalogue (never from code):
// stages, fee, kinds, a valid form and the mandatory documents of each application kind.
import type { ServiceDefinition } from '@pintu/contract'
import { mandatoryRequirements, sampleFormData } from '@pintu/contract/samples'
import { sql } from 'drizzle-orm'
import type { Statements } from './database.ts'

export interface ScaleService {
  idx: number
  type_id: string
  version_id: string
  code: string
  kind: string
  sector: string
  technical: boolean
  fee: boolean
  sla_days: number
  return_limit_days: number
  budgets: Record<string, number>
  kinds: string[]
  form: Record<string, string | number | boolean>
}

/** Services in force in the seeded office, in code order, numbered 0..53. */
export async function loadServices(db: Statements): Promise<ScaleService[]> {
  const rows = await db.rows<{ type_id: string; version_id: string; code: string; definition: ServiceDefinition }>(
    sql`select st.id as type_id, sv.id as version_id, st.code, sv.definition
          from service_types st join service_versions sv on sv.service_type_id = st.id
         where st.retired_at is null and sv.status = 'published' and sv.valid_to is null
         order by st.code`,
  )
  return rows.map((r, idx) => {
    const d = typeof r.definition === 'string' ? (JSON.parse(r.definition) as ServiceDefinition) : r.definition
    return {
      idx,
      type_id: r.type_id,
      version_id: r.version_id,
      code: r.code,
      kind: d.kind,
      sector: d.sector,
      technical: d.stages.some((s) => s.key === 'technical_review'),
      fee: d.fee.kind !== 'free',
      sla_days: d.slaDays,
      return_limit_days: d.returnLimitDays,
      budgets: Object.fromEntries(d.stages.map((s) => [s.key, s.budgetDays])),
      kinds: [...d.applicationKinds],
      form: sampleFormData(d),
    }
  })
}

/** The mandatory documents of each service and application kind, in catalogue order. */
export async function loadRequirements(
  db: Statements,
): Promise<{ version_id: string; application_kind: string; keys: string[] }[]> {
  const rows = await db.rows<{ version_id: string; definition: ServiceDefinition }>(
    sql`select sv.id as version_id, sv.definition from service_versions sv where sv.status = 'published'`,
  )
  return rows.flatMap((r) => {
    const d = typeof r.definition === 'string' ? (JSON.parse(r.definition) as ServiceDefinition) : r.definition
    return d.applicationKinds.map((kind) => ({
      version_id: r.version_id,
      application_kind: kind,
      keys: mandatoryRequirements(d, kind).map((q) => q.key),
    }))
  })
}
