// What `pnpm office:auditor` does, apart from reading the configuration and opening the database
// (office-auditor.ts): tests call it on their own database and read what it printed.
import { parseArgs } from 'node:util'
import { prepareDatabase } from '../bootstrap/prepare-database.ts'
import { createChangesModule } from '../modules/changes/changes.module.ts'
import { setAuditorOffices, type ReadOfficesScope } from '../modules/identity/auditor-offices.usecases.ts'
import { createIdentityRepository } from '../modules/identity/identity.repository.ts'
import type { ExitCode, OperatorCommandRun } from './operator-command.ts'

export const AUDITOR_USAGE =
  'usage: pnpm office:auditor --email <auditor email> (--province <code, e.g. 32> | --offices <code,code, e.g. 32.77> | --none)'

/** The arguments, or why they are not usable. */
export function parseOfficeAuditorArgs(
  args: readonly string[],
): { email: string; scope: ReadOfficesScope } | { problem: string } {
  let values: { email?: string; province?: string; offices?: string; none?: boolean }
  try {
    values = parseArgs({
      args: [...args],
      options: {
        email: { type: 'string' },
        province: { type: 'string' },
        offices: { type: 'string' },
        none: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return { problem: (error as Error).message }
  }
  const { email, province, offices, none } = values
  if (!email) return { problem: '--email is needed' }
  const given = [province !== undefined, offices !== undefined, none === true].filter(Boolean).length
  if (given !== 1) return { problem: 'exactly one of --province, --offices and --none is needed' }
  if (province !== undefined) return { email, scope: { province: province.trim() } }
  if (offices !== undefined) {
    const codes = offices
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean)
    if (codes.length === 0) return { problem: '--offices needs at least one office code (or use --none)' }
    return { email, scope: { offices: codes } }
  }
  return { email, scope: { none: true } }
}

/**
 * Sets which other served offices an auditor may read (GET routes open to auditors), by province
 * or by a list of offices, or takes the rights away. Prints what the auditor reads now.
 */
export async function runOfficeAuditor(run: OperatorCommandRun): Promise<ExitCode> {
  const parsed = parseOfficeAuditorArgs(run.args)
  if ('problem' in parsed) {
    run.err(parsed.problem)
    run.err(AUDITOR_USAGE)
    return 2
  }
  const database = await run.database()
  try {
    // As the API does at start: migrations, and a row for every served office.
    const { office, otherOffices } = await prepareDatabase(database, run.clock, run.served)
    const outcome = await setAuditorOffices(
      {
        db: database.db,
        identity: createIdentityRepository(),
        clock: run.clock,
        served: [office, ...otherOffices],
        changesOf: (home) => createChangesModule({ office: home, clock: run.clock }).changes,
      },
      parsed,
    )
    if (outcome.set) {
      const reads = outcome.reads.length ? outcome.reads.join(', ') : 'no other office'
      const scope = outcome.to.length ? outcome.to.join(', ') : 'none'
      if (!outcome.changed) {
        run.out(`${outcome.auditor.email} already reads ${scope}; nothing changed.`)
        return 0
      }
      run.out(`${outcome.auditor.email} (auditor of ${outcome.auditor.officeCode}) may now read: ${scope}.`)
      run.out(`Served offices read besides their own: ${reads}. Only GET routes open to auditors; nothing is written.`)
      run.out('Their sessions ended: they log in again to receive the new reading rights.')
      return 0
    }
    switch (outcome.reason) {
      case 'unknown_province':
        run.err(
          `Province ${outcome.code} is not in the office registry (@pintu/catalogue offices.ts); nothing changed.`,
        )
        run.err(AUDITOR_USAGE)
        return 2
      case 'nothing_served':
        run.err(
          `Province ${outcome.code} has no served office besides the auditor's own (PINTU_OFFICES=${run.served.join(',')}); nothing changed.`,
        )
        return 2
      case 'office_not_served':
        run.err(
          `Office ${outcome.code} is not served by this deployment (PINTU_OFFICES=${run.served.join(',')}); nothing changed.`,
        )
        run.err(AUDITOR_USAGE)
        return 2
      case 'own_office':
        run.err(`Office ${outcome.code} is the auditor's own office, which they read already; nothing changed.`)
        return 2
      case 'not_found':
        run.err('No officer of a served office has this email; nothing changed.')
        return 1
      case 'deactivated':
        run.err('This officer is deactivated; nothing changed.')
        return 1
      case 'not_auditor':
        run.err(
          'This officer does not hold the auditor role; an admin of their office gives it first (only auditors read other offices). Nothing changed.',
        )
        return 1
    }
  } finally {
    await database.close()
  }
}
