// The public statistics of the generated office, as the change record's writer would have kept them
// (apps/api/src/modules/stats/stats-recorder.ts) had each generated step been a real change: the
// same keys, slots and metrics, computed set-based from the same steps the history is written from.
// What the generator does not model is left out: every file is filed online, no reassignment or
// escalation happens, and a working day is 5/7 of a calendar day (as the generator's due dates are).
import { stageRoles } from './paths.ts'

const officeStages = Object.keys(stageRoles)
const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ')
const jakartaDay = (ts: string) => `((${ts} at time zone 'UTC') + interval '7 hours')::date`
/** The generator's step time (generator-sql.ts stepAt), for a step of the lateral below. */
const stepAt = `(p.created_at + (p.last_at - p.created_at) * ((t.step - 1)::float8 / greatest(p.steps - 1, 1)))`
/** A file "waiting for an officer" is counted as the generator files it: in the first stage. */
const staged = (status: string) => `${status} in ('submitted', ${quoted(officeStages)})`
const stageOf = (status: string) => `case when ${status} = 'submitted' then 'admin_verification' else ${status} end`
const inBacklog = (status: string) =>
  `${status} not in ('draft', 'issued', 'rejected', 'withdrawn', 'expired', 'deleted')`

/**
 * One row per generated step with the backlog key the file had after it (and before it, from the
 * step before), its slot and what it counts as. Unlogged and dropped with the plan.
 */
export function createStatsSteps(): string {
  return `create unlogged table scale_stats_steps as
select p.id, s.code as service_code, s.kind as service_kind,
       get_byte(sha256(convert_to(p.id::text, 'UTF8')), 0) % 8 as slot,
       e.step, e.action, e.to_status, e.day, e.received_on, e.prev_status, e.prev_day,
       case when ${inBacklog('e.to_status')} then e.to_status end as status_after,
       case when ${staged('e.to_status')} then e.day::text else '' end as entered_after,
       case when ${staged('e.to_status')} then (s.budgets ->> ${stageOf('e.to_status')})::int else -1 end as left_after,
       case when e.prev_status is not null and ${inBacklog('e.prev_status')} then e.prev_status end as status_before,
       case when ${staged('e.prev_status')} then e.prev_day::text else '' end as entered_before,
       case when ${staged('e.prev_status')} then (s.budgets ->> ${stageOf('e.prev_status')})::int else -1 end as left_before,
       s.sla_days
  from scale_plan p
  join scale_paths x on x.status = p.status and x.technical = p.technical and x.fee = p.fee and x.returned = p.returned
  join scale_services s on s.idx = p.svc
  cross join lateral (
    select u.*, lag(u.to_status) over w as prev_status, lag(u.day) over w as prev_day,
           min(case when u.action = 'submit' then u.day end) over () as received_on
      from (select t.step, t.action, t.to_status, ${jakartaDay(stepAt)} as day
              from unnest(x.actions, x.tos) with ordinality as t(action, to_status, step)) u
    window w as (order by u.step)
  ) e`
}

/** The moves between backlog keys: -1 from the key before a step, +1 to the key after it. */
const moves = `from scale_stats_steps m
  cross join lateral (values (m.status_before, m.entered_before, m.left_before, -1),
                             (m.status_after, m.entered_after, m.left_after, 1)) as k(status, entered_on, days_left, delta)
 where k.status is not null
   and (m.status_before, m.entered_before, m.left_before) is distinct from (m.status_after, m.entered_after, m.left_after)`
const backlogColumns = `status, service_code, service_kind, channel, received_on, entered_on, days_left, slot`
const movedKey = `k.status, m.service_code, m.service_kind, 'online', m.received_on, k.entered_on, k.days_left, m.slot`
const movedGroup = `k.status, m.service_code, m.service_kind, m.received_on, k.entered_on, k.days_left, m.slot`

export function statsInserts(officeId: string): { step: string; sql: string }[] {
  return [
    {
      step: 'stats_files',
      sql: `insert into stats_files (application_id, office_id, channel, received_on, in_officer_report)
select id, '${officeId}', 'online', min(received_on), true from scale_stats_steps where received_on is not null group by id`,
    },
    {
      step: 'stats_backlog_days',
      sql: `insert into stats_backlog_days (office_id, day, ${backlogColumns}, files)
select '${officeId}', m.day, ${movedKey}, sum(k.delta) ${moves}
 group by m.day, ${movedGroup}`,
    },
    {
      step: 'stats_backlog',
      sql: `insert into stats_backlog (office_id, ${backlogColumns}, files)
select '${officeId}', ${movedKey}, sum(k.delta) ${moves}
 group by ${movedGroup} having sum(k.delta) <> 0`,
    },
    {
      step: 'stats_daily',
      sql: `insert into stats_daily (office_id, day, service_code, metric, detail, slot, count)
select '${officeId}', m.day, m.service_code, c.metric, c.detail, m.slot, count(*)
  from scale_stats_steps m
  cross join lateral (values
    (case m.action when 'submit' then 'registration' when 'approve' then 'approval' when 'reject' then 'rejection'
                   when 'return' then 'return' when 'withdraw' then 'withdrawal' when 'expire' then 'expiry' end, ''),
    (case when m.to_status = 'issued' then 'issuance' end, ''),
    (case when m.action = 'return' then 'return_reason' end, 'document_missing')) as c(metric, detail)
 where c.metric is not null
 group by m.day, m.service_code, c.metric, c.detail, m.slot`,
    },
    {
      step: 'stats_durations',
      sql: `insert into stats_durations (office_id, day, service_code, stage, working_days, within_sla, slot, count)
select '${officeId}', m.day, m.service_code, d.stage, d.working_days, d.within_sla, m.slot, count(*)
  from scale_stats_steps m
  cross join lateral (values
    (case when ${staged('m.prev_status')} then ${stageOf('m.prev_status')} end,
     floor((m.day - m.prev_day) * 5 / 7.0)::int, m.day <= m.prev_day + ceil(m.left_before * 7 / 5.0)::int),
    (case when m.to_status in ('issued', 'rejected') then 'total' end,
     floor((m.day - m.received_on) * 5 / 7.0)::int, m.day <= m.received_on + ceil(m.sla_days * 7 / 5.0)::int))
    as d(stage, working_days, within_sla)
 where d.stage is not null
 group by m.day, m.service_code, d.stage, d.working_days, d.within_sla, m.slot`,
    },
  ]
}

export const STATS_TABLES = ['stats_files', 'stats_backlog', 'stats_backlog_days', 'stats_daily', 'stats_durations']
