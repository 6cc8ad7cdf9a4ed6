// What `pnpm office:admin` does, apart from reading the configuration and opening the database
// (office-admin.ts): tests call it on their own database and read what it printed.
import { officeFacts } from '@pintu/catalogue'
import { parseArgs } from 'node:util'
import { prepareDatabase } from '../bootstrap/prepare-database.ts'
import { createChangesModule } from '../modules/changes/changes.module.ts'
import { createFirstAdmin } from '../modules/identity/first-admin.usecases.ts'
import { createIdentityRepository } from '../modules/identity/identity.repository.ts'
import type { ExitCode, OperatorCommandRun } from './operator-command.ts'

export const USAGE =
  'usage: pnpm office:admin --office <code, e.g. 73.71> --email <email> --name <full name> --nip <18 digits>'

export interface OfficeAdminRun extends OperatorCommandRun {
  /** Where the officer SPA is, for the hand-over note. */
  publicUrl: string
}

/** The arguments, or why they are not usable. */
export function parseOfficeAdminArgs(
  args: readonly string[],
  served: readonly string[],
): { office: string; email: string; fullName: string; employeeNumber: string } | { problem: string } {
  let values: Record<string, string | undefined>
  try {
    values = parseArgs({
      args: [...args],
      options: {
        office: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        nip: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return { problem: (error as Error).message }
  }
  const { office, email, name, nip } = values
  if (!office || !email || !name || !nip)
    return { problem: 'every one of --office, --email, --name and --nip is needed' }
  if (!officeFacts(office))
    return { problem: `office ${office} is not in the office registry (@pintu/catalogue offices.ts)` }
  if (!served.includes(office))
    return {
      problem: `office ${office} is not served by this deployment (PINTU_OFFICES=${served.join(',')}): add it there and restart the API first`,
    }
  return { office, email, fullName: name, employeeNumber: nip }
}

/**
 * Creates the first admin of a served office and prints their one-time password once, to the
 * operator's terminal only: it is in no log, no file and no change record (only its hash is kept).
 */
export async function runOfficeAdmin(run: OfficeAdminRun): Promise<ExitCode> {
  const parsed = parseOfficeAdminArgs(run.args, run.served)
  if ('problem' in parsed) {
    run.err(parsed.problem)
    run.err(USAGE)
    return 2
  }
  const facts = officeFacts(parsed.office)!
  const label = `${facts.name.id} (${parsed.office})`
  const database = await run.database()
  try {
    // As the API does at start: migrations, and a row (with catalogue and holidays) for every served office.
    const { office, otherOffices } = await prepareDatabase(database, run.clock, run.served)
    const target = [office, ...otherOffices].find((o) => o.code === parsed.office)!
    const { changes } = createChangesModule({ office: target, clock: run.clock })
    const outcome = await createFirstAdmin(
      { db: database.db, identity: createIdentityRepository(), changes, clock: run.clock, office: target },
      parsed,
    )
    if (outcome.created) {
      run.out(`Created the first admin of ${label}: ${outcome.admin.fullName} <${outcome.admin.email}>.`)
      run.out(`One-time password (shown only now, stored nowhere; hand it over in person): ${outcome.initialPassword}`)
      run.out(
        `They log in at ${run.publicUrl}/officer/ and create the office's officers; a second admin, and every role under a two-person rule, needs a second admin's approval as usual.`,
      )
      return 0
    }
    switch (outcome.reason) {
      case 'invalid_input':
        run.err(
          `Not usable: ${outcome.fields.join(', ')} (a full name of 2 to 120 characters, an email, an 18-digit NIP).`,
        )
        run.err(USAGE)
        return 2
      case 'admin_exists':
        run.err(`${label} already has an admin; this command only makes an office's first admin, and changed nothing.`)
        run.err(
          'To recover: an admin who lost their password resets it by email ("Lupa kata sandi?" on the officer login page leads to the reset on the public site); another admin of the office creates officers and asks for roles. Only when every admin of the office is deactivated does this command make a new first admin.',
        )
        return 1
      case 'email_taken':
        run.err(
          `An account with the email ${parsed.email.trim().toLowerCase()} exists already (emails are unique across the deployment); nothing changed.`,
        )
        return 1
      case 'employee_number_taken':
        run.err('An officer with this NIP exists already (NIPs are unique across the deployment); nothing changed.')
        return 1
    }
  } finally {
    await database.close()
  }
}
