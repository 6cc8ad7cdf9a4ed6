// `pnpm national:sql <command> …`: prints the SQL that connects a province cell to the national
// statistics database (docs/operations.md, "Cells and national statistics"), for the operator to
// read and pipe into psql. It connects to nothing itself. Exits 0, or 2 on a usage error.
//
//   publication --office <uuid>… [--grant-to <role>] [--alter]   run on the cell
//   national-tables                                        run on the national database, once
//   subscription --cell <name> --connection <conninfo>     run on the national database, per cell
//   repoint --cell <name> --connection <conninfo> --office <uuid>…
//                                                          run on the national database after a failover
import { parseArgs } from 'node:util'
import {
  nationalTablesSql,
  NationalSqlError,
  publicationSql,
  repointSql,
  subscriptionSql,
} from './national-publication.ts'

const USAGE = `usage:
  pnpm national:sql publication --office <uuid>… [--grant-to <role>] [--alter]
  pnpm national:sql national-tables
  pnpm national:sql subscription --cell <name> --connection <conninfo>
  pnpm national:sql repoint --cell <name> --connection <conninfo> --office <uuid>…`

function sqlFor(args: string[]): string {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      office: { type: 'string', multiple: true },
      'grant-to': { type: 'string' },
      alter: { type: 'boolean' },
      cell: { type: 'string' },
      connection: { type: 'string' },
    },
  })
  const officeIds = values.office ?? []
  const required = (name: 'cell' | 'connection') => {
    const value = values[name]
    if (!value) throw new NationalSqlError(`--${name} is required`)
    return value
  }
  if (positionals.length !== 1) throw new NationalSqlError('name one command')
  switch (positionals[0]) {
    case 'publication':
      return publicationSql({ officeIds, grantTo: values['grant-to'], alter: values.alter })
    case 'national-tables':
      return nationalTablesSql()
    case 'subscription':
      return subscriptionSql({ cell: required('cell'), connection: required('connection') })
    case 'repoint':
      return repointSql({ cell: required('cell'), connection: required('connection'), officeIds })
    default:
      throw new NationalSqlError(`unknown command: ${positionals[0]}`)
  }
}

try {
  process.stdout.write(sqlFor(process.argv.slice(2)))
} catch (error) {
  // parseArgs throws TypeError with a code for an unknown or malformed option.
  if (!(error instanceof NationalSqlError) && !(error instanceof TypeError)) throw error
  console.error(`${error.message}\n${USAGE}`)
  process.exitCode = 2
}
