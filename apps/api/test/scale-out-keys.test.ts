import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

/**
 * Scale-out readiness (issue 9 item 9): on every office-owned table (one with an `office_id`
 * column) the primary key and every unique key lead with `office_id`, so the office can become
 * the partition / shard key without a global index; ids are bigint or UUID. A key that does not yet
 * lead with office_id is listed here with the reason, so a new table cannot slip in unnoticed
 * and an old one is taken off this list when it is fixed.
 */
const surrogateId =
  'a random UUID primary key: unique without the office, and every foreign key to the table names it alone; ' +
  'turning it into (office_id, id) means composite foreign keys in every child table (not done yet)'
const notYetLeadingWithOffice: Record<string, string> = {
  'applications.applications_pkey (id)': surrogateId,
  'applications.applications_registration_no_unique (registration_no)':
    'public tracking receives only the registration number (REG-<year>-<n>, one sequence per deployment); ' +
    'leading with office_id needs the office in the number or in the tracking URL',
  'audit_log.audit_log_pkey (id)':
    "the identity id is the leaf's position in the one transparency log of the deployment; " +
    'a log per office would make it (office_id, id)',
  'account_codes.account_codes_pkey (id)':
    'the id travels in the reset link alone (it names the code before any office is known); a random UUID',
  'back_entries.back_entries_pkey (id)': surrogateId,
  'closures.closures_pkey (id)': surrogateId,
  'complaints.complaints_number_unique (number)':
    'complaint numbers (ADU-<year>-<n>, one sequence per deployment) are followed up by number and code alone',
  'complaints.complaints_pkey (id)': surrogateId,
  'delegations.delegations_pkey (id)': surrogateId,
  'escalations.escalations_once (application_id, stage, due_date, kind)':
    'application_id is already unique within one office; adding office_id in front changes nothing it guards',
  'escalations.escalations_pkey (id)': surrogateId,
  'holidays.holidays_pkey (id)': surrogateId,
  'integration_clients.integration_clients_pkey (id)':
    'the client id is what a client authenticates with (client credentials), before any office is known',
  'invoices.invoices_application_id_unique (application_id)':
    'application_id is already unique within one office (one invoice per application)',
  'invoices.invoices_number_unique (number)': 'SKRD numbers are unique per deployment today; per office is still to do',
  'invoices.invoices_pkey (id)': surrogateId,
  'invoices.invoices_virtual_account_unique (virtual_account)':
    "the bank's virtual account number is unique at the bank, across offices: the callback carries no office",
  'notification_deliveries.notification_deliveries_pkey (id)': surrogateId,
  'payment_notices.payment_notices_bank_reference_unique (bank_reference)':
    "the bank's reference is unique at the bank, across offices: the callback carries no office",
  'payment_notices.payment_notices_pkey (id)': surrogateId,
  'permits.permits_application_id_unique (application_id)':
    'application_id is already unique within one office (one permit per application)',
  'permits.permits_number_unique (number)':
    'permit numbers carry the office in their format and are verified publicly by number alone',
  'permits.permits_pkey (id)': surrogateId,
  'role_grants.role_grants_pkey (id)': surrogateId,
  'service_types.service_types_pkey (id)': surrogateId,
  'signers.signers_pkey (id)': surrogateId,
  'stats_files.stats_files_pkey (application_id)':
    'application_id is already unique within one office (one statistics record per file)',
  'survey_answers.survey_answers_id_unique (id)': surrogateId,
  'survey_answers.survey_answers_pkey (application_id)':
    'application_id is already unique within one office (one answer per application)',
  'users.users_email_unique (email)': 'people log in with their email alone, before any office is known',
  'users.users_employee_number_unique (employee_number)': 'a civil servant has one NIP nationally (18 digits)',
  'users.users_nik_unique (nik)': 'a resident has one NIK nationally; one account per person',
  'users.users_pkey (id)': surrogateId,
  'applicant_consents.applicant_consents_pkey (id)': surrogateId,
  'webhook_deliveries.webhook_deliveries_once (subscription_id, outbox_id)':
    'subscription_id is already unique within one office (a subscription belongs to one office)',
  'webhook_deliveries.webhook_deliveries_pkey (id)': surrogateId,
  'webhook_subscriptions.webhook_subscriptions_pkey (id)': surrogateId,
  'provisional_ranges.provisional_ranges_pkey (id)': surrogateId,
  'provisional_receipts.provisional_receipts_application (application_id)':
    'application_id is already unique within one office (one provisional receipt per application)',
  'provisional_receipts.provisional_receipts_pkey (number)':
    'a provisional number (SEM-<year>-<device>-<n>) is tracked by number and code alone, like a registration number',
}

/** Columns named like ids that are not row ids of Pintu, with why they are text. */
const textIds: Record<string, string> = {
  'audit_log.entity_id: text': 'names entities of every kind, some keyed by code (a service type, a year)',
  'webhook_deliveries.event_id: text':
    'the CloudEvents id and `webhook-id` header (`evt_<office>_<outbox id>`), the receiver’s dedupe key; not a row id',
  'audit_log.request_id: text': "Fastify's request id, for correlating logs; not a key",
  'outbox.entity_id: text': 'the same entity name as the audit entry it points at',
  'permits.key_id: text': 'the fingerprint of the Ed25519 signing key, published with the key',
  'stats_officer_backlog.assignee_id: text':
    "an officer's UUID as text in a counter's primary key, which cannot hold null: '' stands for nobody",
  'stats_officer_backlog_days.assignee_id: text': 'the same key as stats_officer_backlog, by day',
  'stats_officer_backlog_snapshots.assignee_id: text': 'the same key as stats_officer_backlog, in the day snapshots',
}

describe('keys ready for scale-out by office', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('every primary and unique key of an office-owned table leads with office_id, or is listed with its reason', async () => {
    const keys = await queryRows<{ table_name: string; constraint_name: string; kind: string; columns: string[] }>(
      t.db,
      sql`select c.conrelid::regclass::text as table_name, c.conname as constraint_name, c.contype::text as kind,
                 array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns
          from pg_constraint c
          join pg_class r on r.oid = c.conrelid
          join pg_namespace ns on ns.oid = r.relnamespace and ns.nspname = 'public'
          where c.contype in ('p', 'u')
            and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'office_id' and not a.attisdropped)
          order by 1, 2`,
    )
    expect(keys.length).toBeGreaterThan(0)
    const offending = keys
      .filter((k) => k.columns[0] !== 'office_id')
      .map((k) => `${k.table_name}.${k.constraint_name} (${k.columns.join(', ')})`)
    expect(offending.sort()).toEqual(Object.keys(notYetLeadingWithOffice).sort())
    // The tables that already comply, so the list above only shrinks.
    expect(keys.filter((k) => k.columns[0] === 'office_id').map((k) => k.table_name)).toEqual(
      expect.arrayContaining(['officer_loads', 'outbox']),
    )
  })

  it('every id column of an office-owned table is a bigint or a UUID', async () => {
    const ids = await queryRows<{ column: string; type: string }>(
      t.db,
      sql`select c.table_name || '.' || c.column_name as column, c.data_type as type
          from information_schema.columns c
          where c.table_schema = 'public' and (c.column_name = 'id' or right(c.column_name, 3) = '_id')
            and exists (select 1 from information_schema.columns o
                        where o.table_schema = 'public' and o.table_name = c.table_name and o.column_name = 'office_id')
          order by 1`,
    )
    expect(ids.length).toBeGreaterThan(0)
    const other = ids.filter((c) => c.type !== 'uuid' && c.type !== 'bigint').map((c) => `${c.column}: ${c.type}`)
    expect(other.sort()).toEqual(Object.keys(textIds).sort())
  })
})
