// Ready-to-submit drafts, written straight into the migrated database with SQL (the API path to a
// draft is create + form update + one multipart upload per document: far too slow for thousands).
import type { ServiceDefinition } from '@pintu/contract'
import { mandatoryRequirements, sampleFormData } from '@pintu/contract/samples'
import pg from 'pg'

export interface SeedContext {
  officeId: string
  applicantId: string
  serviceTypeId: string
  serviceVersionId: string
  serviceCode: string
  serviceKind: string
  sector: string
  applicationKind: string
  formData: Record<string, string | number | boolean>
  documentKeys: string[]
  /** Role that works the admin_verification stage (the stage a submission enters). */
  verifierRole: string
}

/** The demo applicant, the published version of the service, and a complete form for it. */
export async function seedContext(db: pg.Client, serviceCode: string): Promise<SeedContext> {
  const {
    rows: [user],
  } = await db.query(`SELECT id, office_id FROM users WHERE email = 'applicant@demo.pintu.id'`)
  if (!user) throw new Error('the demo applicant is missing (PINTU_DEMO_ACCOUNTS=on)')
  const {
    rows: [service],
  } = await db.query(
    `SELECT st.id AS type_id, st.code, st.kind, st.sector, sv.id AS version_id, sv.definition
       FROM service_types st JOIN service_versions sv ON sv.service_type_id = st.id
      WHERE st.code = $1 AND sv.status = 'published' ORDER BY sv.version DESC LIMIT 1`,
    [serviceCode],
  )
  if (!service) throw new Error(`no published version of ${serviceCode}`)
  const definition = service.definition as ServiceDefinition
  const applicationKind = definition.applicationKinds[0]!
  const formData = sampleFormData(definition)
  const documentKeys = mandatoryRequirements(definition, applicationKind).map((r) => r.key)
  const verifierRole = definition.stages.find((s) => s.key === 'admin_verification')?.role
  if (!verifierRole) throw new Error(`${serviceCode} has no admin_verification stage`)
  return {
    officeId: user.office_id,
    applicantId: user.id,
    serviceTypeId: service.type_id,
    serviceVersionId: service.version_id,
    serviceCode: service.code,
    serviceKind: service.kind,
    sector: service.sector,
    applicationKind,
    formData,
    documentKeys,
    verifierRole,
  }
}

/**
 * Inserts `count` drafts with a complete form, one document per mandatory requirement and the
 * `create` event, as the API would have left them. Returns their ids and version.
 */
export async function seedDrafts(
  db: pg.Client,
  ctx: SeedContext,
  count: number,
): Promise<{ id: string; version: number }[]> {
  await db.query('BEGIN')
  try {
    const { rows } = await db.query<{ id: string; version: number }>(
      `INSERT INTO applications (office_id, applicant_id, service_type_id, service_version_id, service_code, service_kind, sector,
                                 application_kind, status, form_data, created_at, updated_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9::jsonb, now(), now() FROM generate_series(1, $10)
       RETURNING id, version`,
      [
        ctx.officeId,
        ctx.applicantId,
        ctx.serviceTypeId,
        ctx.serviceVersionId,
        ctx.serviceCode,
        ctx.serviceKind,
        ctx.sector,
        ctx.applicationKind,
        JSON.stringify(ctx.formData),
        count,
      ],
    )
    const ids = rows.map((r) => r.id)
    await db.query(
      `INSERT INTO application_documents (application_id, requirement_key, file_name, content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by)
       SELECT a.id, r.key, r.key || '.pdf', 'application/pdf', 48213, repeat('ab', 32), 'bench/' || a.id || '/' || r.key, now(), $3
         FROM unnest($1::uuid[]) AS a(id) CROSS JOIN unnest($2::text[]) AS r(key)`,
      [ids, ctx.documentKeys, ctx.applicantId],
    )
    await db.query(
      `INSERT INTO application_events (application_id, at, action, from_status, to_status, actor_id, actor_role, stage, details)
       SELECT a.id, now(), 'create', NULL, 'draft', $2, 'applicant', NULL, '{}'::jsonb FROM unnest($1::uuid[]) AS a(id)`,
      [ids, ctx.applicantId],
    )
    await db.query('COMMIT')
    await db.query('ANALYZE applications, application_documents, application_events')
    return rows
  } catch (error) {
    await db.query('ROLLBACK')
    throw error
  }
}

/** Drafts for pgbench, numbered 1..n so a script can pick one with an integer. */
export async function numberDraftsForPgbench(db: pg.Client, ids: string[]): Promise<void> {
  await db.query('CREATE TABLE bench_drafts (n integer PRIMARY KEY, id uuid NOT NULL)')
  await db.query('INSERT INTO bench_drafts SELECT ord, id FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)', [ids])
  await db.query('CREATE SEQUENCE bench_pick')
  await db.query('ANALYZE bench_drafts, applications')
}
