// The generator's SQL: set-based (generate_series, INSERT … SELECT), the same on PGlite and
// PostgreSQL. Every value is derived from the application's number n through a seeded hash
// (hashint8extended), so a run is reproducible and the rows of one application (its history,
// documents and assignments) are computed from it without looking anything up.
import {
  AGENCY_SHARE,
  LATE_SHARE,
  DAYS_OF_HISTORY,
  RECENT_DAYS,
  RETURNED_ONCE_SHARE,
  oldStatusWeights,
  recentStatusWeights,
  thresholds,
} from './distribution.ts'
import { stageRoles } from './paths.ts'

export interface GeneratorParams {
  applications: number
  applicants: number
  agencies: number
  officers: Record<string, number>
  officeId: string
  /** The day the data ends ("today" of the generated office), UTC ISO timestamp. */
  today: string
  /** The service every coverage row uses: one with a technical review and a fee, so every status fits it. */
  coverService: number
  services: number
}

/** A uniform draw in [0, 1) from n and a draw number. */
const u = (n: string, draw: number) => `((hashint8extended(${n}, ${draw}) & 2147483647)::float8 / 2147483648)`

const statusCase = (draw: string, weights: Partial<Record<string, number>>) =>
  `case ${thresholds(weights)
    .map((t, i, all) => (i === all.length - 1 ? `else '${t.value}'` : `when ${draw} < ${t.upTo} then '${t.value}'`))
    .join(' ')} end`

const officeStages = Object.keys(stageRoles)
const inOffice = `('submitted', ${officeStages.map((s) => `'${s}'`).join(', ')})`
const jakartaDate = (ts: string) => `((${ts} at time zone 'UTC') + interval '7 hours')::date`
const workingDaysAsCalendar = (days: string) => `ceil((${days}) * 7 / 5.0)::int`

/** scale_officer(role, n, stage): the officer of that role who holds stage `stage` of application n. */
export function officerFunction(p: GeneratorParams): string {
  const counts = Object.entries(p.officers)
    .map(([role, count]) => `when '${role}' then ${count}`)
    .join(' ')
  return `create or replace function scale_officer(role text, n bigint, stage text) returns uuid language sql immutable as $$
  select md5('scale-officer:' || role || ':' || ((hashint8extended(n, hashtext(stage)::bigint) & 2147483647) % (case role ${counts} end)))::uuid
$$`
}

export const officerId = (role: string, i: number) => `md5('scale-officer:${role}:${i}')::uuid`

export function insertOfficers(p: GeneratorParams): string {
  const rows = Object.entries(p.officers).flatMap(([role], r) =>
    Array.from({ length: p.officers[role]! }, (_, i) => `('${role}', ${i}, ${r})`),
  )
  return `insert into users (id, office_id, kind, employee_number, full_name, email, password_hash, roles, on_duty, created_at)
select md5('scale-officer:' || role || ':' || i)::uuid, '${p.officeId}', 'officer',
       '1990' || lpad(r::text, 2, '0') || lpad(i::text, 12, '0'), 'Petugas ' || role || ' ' || i,
       'petugas.' || role || '.' || i || '@scale.pintu.test', '$argon2id$v=19$m=19456,t=2,p=1$c2NhbGU$c2NhbGU', array[role], true,
       timestamptz '${p.today}' - interval '${DAYS_OF_HISTORY} days'
  from (values ${rows.join(', ')}) as o(role, i, r)`
}

export function insertApplicants(p: GeneratorParams): string {
  return `insert into users (id, office_id, kind, nik, full_name, email, phone, password_hash, roles, on_duty, created_at)
select md5('scale-applicant:' || k)::uuid, '${p.officeId}', 'applicant', '3273' || lpad(k::text, 12, '0'),
       case when k < ${p.agencies} then 'Biro Jasa ' || k else 'Pemohon ' || k end,
       'pemohon.' || k || '@scale.pintu.test', '08' || lpad(k::text, 10, '0'),
       '$argon2id$v=19$m=19456,t=2,p=1$c2NhbGU$c2NhbGU', array['applicant'], true,
       timestamptz '${p.today}' - interval '${DAYS_OF_HISTORY + 30} days'
  from generate_series(0, ${p.applicants - 1}) as k`
}

/**
 * One row per application with everything decided about it: service, status, dates, holder. The
 * first 24 files of the last 30 days go through every status in turn (on a service with every
 * stage and a fee), and the first 540 through every service, so even a small scale has them all.
 */
export function createPlan(p: GeneratorParams): string {
  const N = p.applications
  const spanSeconds = DAYS_OF_HISTORY * 86_400
  const start = `(timestamptz '${p.today}' - interval '${DAYS_OF_HISTORY} days')`
  const recentFrom = `(timestamptz '${p.today}' - interval '${RECENT_DAYS} days')`
  // Dates grow as sqrt(n/N): filings per day double over the five years, and n follows time, as registration does.
  const firstRecent = Math.ceil(N * ((DAYS_OF_HISTORY - RECENT_DAYS) / DAYS_OF_HISTORY) ** 2 + 0.5)
  const statuses = Object.keys(recentStatusWeights)
  return `create unlogged table scale_plan as
with draws as materialized (
  select n::bigint as n,
         ${start} + (${spanSeconds} * sqrt((n - 0.5) / ${N})) * interval '1 second' as created_at,
         n >= ${firstRecent} and n < ${firstRecent + 2 * statuses.length} as cover,
         ${u('n', 1)} as u_status, ${u('n', 2)} as u_svc, ${u('n', 3)} as u_kind, ${u('n', 4)} as u_who,
         ${u('n', 5)} as u_applicant, ${u('n', 6)} as u_returned, ${u('n', 7)} as u_span, ${u('n', 8)} as u_docs,
         ${u('n', 9)} as u_fee, ${u('n', 10)} as u_late
    from generate_series(1, ${N}) as n
), picked as materialized (
  select d.*,
         case when d.cover then ${p.coverService} when d.n <= ${p.services * 10} then ((d.n - 1) % ${p.services})::int
              else least(floor(d.u_svc * ${p.services})::int, ${p.services - 1}) end as svc,
         case when d.cover then (array[${statuses.map((s) => `'${s}'`).join(', ')}])[((d.n - ${firstRecent}) % ${statuses.length}) + 1]
              when d.created_at >= ${recentFrom} then ${statusCase('d.u_status', recentStatusWeights)}
              else ${statusCase('d.u_status', oldStatusWeights)} end as drawn_status
    from draws d
), settled as materialized (
  select k.*, s.technical, s.fee, s.kinds, s.return_limit_days, s.sla_days, s.budgets,
         case when k.drawn_status = 'technical_review' and not s.technical then 'decision'
              when k.drawn_status = 'awaiting_payment' and not s.fee then 'signing'
              else k.drawn_status end as status
    from picked k join scale_services s on s.idx = k.svc
), timed as materialized (
  select t.*,
         case when t.status in ('draft', 'submitted', 'returned', 'deleted') then false
              when t.status = 'withdrawn' then t.u_returned < 0.4
              when t.status = 'expired' then true
              else t.u_returned < ${RETURNED_ONCE_SHARE} end as returned,
         case when t.status in ${inOffice}
                then t.created_at + (timestamptz '${p.today}' - t.created_at)
                     * (case when t.u_late < ${LATE_SHARE} then 0.2 + 0.3 * t.u_span else 0.85 + 0.15 * t.u_span end)
              when t.status in ('returned', 'awaiting_payment')
                then t.created_at + (timestamptz '${p.today}' - t.created_at) * (0.3 + 0.7 * t.u_span)
              when t.status = 'draft' then t.created_at + t.u_span * interval '2 hours'
              else least(t.created_at + (2 + t.u_span * 25) * interval '1 day', timestamptz '${p.today}' - interval '1 minute')
          end as last_at,
         case when t.status = 'submitted' then 'admin_verification' when t.status in ${inOffice} then t.status end as stage
    from settled t
)
select m.n, md5('scale-application:' || m.n)::uuid as id, m.svc, m.status, m.returned, m.created_at, m.last_at, m.stage,
       md5('scale-applicant:' || case when m.u_who < ${AGENCY_SHARE} then floor(m.u_applicant * ${p.agencies})::bigint
                                      else ${p.agencies} + floor(m.u_applicant * ${p.applicants - p.agencies})::bigint end)::uuid as applicant_id,
       m.kinds[1 + least(floor(m.u_kind * cardinality(m.kinds))::int, cardinality(m.kinds) - 1)] as application_kind,
       case when m.stage is not null and m.status <> 'submitted'
            then scale_officer(case m.stage ${Object.entries(stageRoles)
              .map(([stage, role]) => `when '${stage}' then '${role}'`)
              .join(' ')} end, m.n, m.stage) end as assignee_id,
       case when m.stage is not null
            then to_char(${jakartaDate('m.last_at')} + ${workingDaysAsCalendar(`(m.budgets ->> m.stage)::int`)}, 'YYYY-MM-DD') end as stage_due_date,
       case when m.status = 'returned'
            then to_char(${jakartaDate('m.last_at')} + ${workingDaysAsCalendar('m.return_limit_days')}, 'YYYY-MM-DD') end as return_due_date,
       x.steps, m.sla_days, m.u_docs, m.u_fee, m.fee, m.technical
  from timed m
  join scale_paths x on x.status = m.status and x.technical = m.technical and x.fee = m.fee and x.returned = m.returned`
}

/** Time of step `step` of `steps`, spread evenly between filing and the last change. */
const stepAt = (step: string) =>
  `(p.created_at + (p.last_at - p.created_at) * ((${step} - 1)::float8 / greatest(p.steps - 1, 1)))`

const neverSubmitted = `(p.status in ('draft', 'deleted') or (p.status = 'withdrawn' and not p.returned))`
const hasSubmitted = `not ${neverSubmitted}`

export function insertApplications(p: GeneratorParams): string {
  const submittedAt = stepAt('2')
  const regNo = `'REG-' || to_char(${jakartaDate(submittedAt)}, 'YYYY') || '-' || lpad(p.n::text, 7, '0')`
  return `insert into applications (id, office_id, applicant_id, service_type_id, service_version_id, service_code, service_kind,
  sector, application_kind, status, version, form_data, fee_amount, registration_no, tracking_code_hash, submitted_at,
  expected_completion_date, current_stage, stage_started_at, stage_due_date, assignee_id, open_return, return_due_date,
  decision_note, technical_report, created_at, updated_at)
select p.id, '${p.officeId}', p.applicant_id, s.type_id, s.version_id, s.code, s.kind, s.sector, p.application_kind, p.status,
       p.steps, case when p.status = 'deleted' then '{}'::jsonb else s.form end,
       case when ${neverSubmitted} then null when p.fee then 50000 * (1 + floor(p.u_fee * 100)::int) else 0 end,
       case when ${hasSubmitted} then ${regNo} end,
       case when ${hasSubmitted} then encode(sha256(convert_to(${regNo} || ':' || ${trackingCode('p.n')}, 'UTF8')), 'hex') end,
       case when ${hasSubmitted} then ${submittedAt} end,
       case when ${hasSubmitted} then to_char(${jakartaDate(submittedAt)} + ${workingDaysAsCalendar('p.sla_days')}, 'YYYY-MM-DD') end,
       p.stage, case when p.stage is not null then p.last_at end, p.stage_due_date, p.assignee_id,
       case when p.status = 'returned' then jsonb_build_object(
         'at', to_char(p.last_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'codes', jsonb_build_array('document_missing'),
         'requirements', '[]'::jsonb, 'fields', '[]'::jsonb, 'note', 'Lengkapi dokumen yang belum diunggah.') end,
       p.return_due_date,
       case when p.status = 'rejected' then 'Tidak memenuhi ketentuan teknis (Perwal Kota Bandung 235/2017).' end,
       case when p.technical and p.status in ('decision', 'awaiting_payment', 'signing', 'issued', 'rejected')
            then 'Hasil peninjauan lapangan: sesuai dengan permohonan.' end,
       p.created_at, p.last_at
  from scale_plan p join scale_services s on s.idx = p.svc`
}

/** The tracking code given to applicant n (stored only as a hash, as the API stores it). */
export const trackingCode = (n: string) => `translate(upper(substr(md5('scale-code:' || ${n}), 1, 10)), '01', 'XY')`

/**
 * Each file's steps, in order: the small path table is hashed and the plan streamed past it, and
 * the steps of one path unnest in order, so ids (which order a history) follow the steps.
 */
const steps = `from scale_plan p
  join scale_paths x on x.status = p.status and x.technical = p.technical and x.fee = p.fee and x.returned = p.returned
  cross join lateral unnest(x.actions, x.froms, x.tos, x.stages, x.roles) with ordinality
    as t(action, from_status, to_status, stage, actor_role, step)`

export function insertHistory(): string {
  return `insert into application_events (application_id, at, action, from_status, to_status, actor_id, actor_role, stage, details)
select p.id, ${stepAt('t.step')}, t.action, t.from_status, t.to_status,
       case t.actor_role when 'applicant' then p.applicant_id when 'system' then null
            else scale_officer(t.actor_role, p.n, t.stage) end,
       t.actor_role, t.stage, '{}'::jsonb
  ${steps}`
}

export function insertAssignments(): string {
  return `insert into stage_assignments (application_id, stage, officer_id, assigned_at, ended_at)
select p.id, t.to_status, scale_officer(case t.to_status ${Object.entries(stageRoles)
    .map(([stage, role]) => `when '${stage}' then '${role}'`)
    .join(' ')} end, p.n, t.to_status),
       ${stepAt('t.step')}, case when t.step < p.steps then ${stepAt('t.step + 1')} end
  ${steps}
 where t.to_status in (${officeStages.map((s) => `'${s}'`).join(', ')})`
}

/** Three documents per file (the first mandatory ones of its kind); a draft has zero to three of them. */
export function insertDocuments(): string {
  return `insert into application_documents (application_id, requirement_key, file_name, content_type, size_bytes, sha256,
  storage_key, uploaded_at, uploaded_by)
select p.id, r.key, r.key || '.pdf', 'application/pdf', 40000 + floor(p.u_docs * 1960000)::int,
       md5('scale-doc:' || p.n || ':' || r.ord) || md5('scale-doc2:' || p.n || ':' || r.ord),
       'scale/' || p.id || '/' || r.key || '.pdf', p.created_at + r.ord * interval '3 minutes', p.applicant_id
  from scale_plan p
  join scale_services s on s.idx = p.svc
  join scale_requirements q on q.version_id = s.version_id and q.application_kind = p.application_kind
  cross join lateral unnest(q.keys) with ordinality as r(key, ord)
 where r.ord <= case when p.status = 'draft' then floor(p.u_docs * 4)::int when p.status = 'deleted' then 0 else 3 end`
}
