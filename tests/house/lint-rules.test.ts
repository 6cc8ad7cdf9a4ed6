// `pnpm lint` must catch a broken house rule, not merely pass on today's code. This plants one
// violation of every rule in a small copy of the repo's layout, runs the real checkers with the
// repo's own configuration files on it, and expects each violation to be reported by its rule.
import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
const configs = [
  'eslint.config.js',
  '.dependency-cruiser.cjs',
  '.prettierrc.json',
  '.prettierignore',
  'tsconfig.base.json',
]

/** Each planted file breaks the rule it is named after (and, apart from the formatting one, is formatted). */
const planted: Record<string, string> = {
  'apps/api/src/config.ts': 'export const port = Number(process.env.PORT)\n',
  'apps/api/src/modules/things/things.module.ts': 'export const face = 1\n',
  'apps/api/src/modules/things/other.repository.ts': 'export const other = 1\n',
  'apps/api/src/modules/changes/changes.table.ts': 'export const auditLog = 1\n',
  'packages/lib/src/c.ts': 'export const c = 1\n',

  // routes-call-use-cases
  'apps/api/src/modules/things/things.routes.ts': "export { other } from './other.repository.ts'\n",
  // use-cases-never-call-routes, use-cases-query-through-repositories
  'apps/api/src/modules/things/things.usecases.ts':
    "export { other } from './things.routes.ts'\nexport { thing } from './things.table.ts'\n",
  // repositories-point-down
  'apps/api/src/modules/things/things.repository.ts': "export { face } from './things.module.ts'\n",
  // tables-are-leaves
  'apps/api/src/modules/things/things.table.ts':
    "export { other } from './other.repository.ts'\nexport const thing = 1\n",
  // plugins-never-import-modules
  'apps/api/src/plugins/thing-plugin.ts': "export { face } from '../modules/things/things.module.ts'\n",
  // one-change-record
  'apps/api/src/modules/things/sneaky.ts': "export { auditLog } from '../changes/changes.table.ts'\n",
  // resolvable
  'apps/api/src/modules/things/missing.ts': "export { nothing } from './nowhere.ts'\n",
  // no-cycles
  'packages/lib/src/a.ts': "import { b } from './b.ts'\nexport const a = () => b\n",
  'packages/lib/src/b.ts': "import { a } from './a.ts'\nexport const b = () => a\n",
  // contract-depends-on-nothing
  'packages/contract/src/leak.ts': "export { c } from '../../lib/src/c.ts'\n",
  // packages-never-import-apps
  'packages/lib/src/up.ts': "export { port } from '../../../apps/api/src/config.ts'\n",
  // apps-never-import-each-other
  'apps/witness/src/borrow.ts': "export { port } from '../../api/src/config.ts'\n",
  // spas-never-reach-the-server (and ESLint's no-restricted-imports)
  'apps/citizen/src/db.ts': "export { sql } from 'drizzle-orm'\n",
  // spas-never-use-node
  'apps/officer/src/disk.ts': "export { readFile } from 'node:fs'\n",
  // only config.ts reads the environment (ESLint no-restricted-properties)
  'apps/api/src/modules/things/env.ts': 'export const secret = process.env.SECRET\n',
  // lines ≤ 120 characters (ESLint @stylistic/max-len): Prettier does not wrap comments
  'packages/lib/src/long.ts': `// ${'a comment that goes on '.repeat(5)}and on\nexport const long = 1\n`,
  // no unused variables (ESLint)
  'packages/lib/src/unused.ts': 'const forgotten = 1\nexport const used = 2\n',
  // formatting (Prettier)
  'packages/lib/src/ugly.ts': 'export const ugly = {a:1,  b : 2};\n',
}

let fixture: string
let cruised: string
let linted: { filePath: string; messages: { ruleId: string | null }[] }[]
let unformatted: string[]

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: fixture, encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

beforeAll(async () => {
  // Inside the repo, so the configuration files find the repo's installed linters and plugins.
  await mkdir(path.join(root, '.tmp'), { recursive: true })
  fixture = await mkdtemp(path.join(root, '.tmp/lint-fixture-'))
  for (const name of configs) await copyFile(path.join(root, name), path.join(fixture, name))
  for (const [file, text] of Object.entries(planted)) {
    await mkdir(path.dirname(path.join(fixture, file)), { recursive: true })
    await writeFile(path.join(fixture, file), text)
  }
  const cruise = run(bin('depcruise'), ['apps', 'packages', '--config', '.dependency-cruiser.cjs', '--no-progress'])
  expect(cruise.status).not.toBe(0)
  cruised = cruise.output
  const eslint = run(bin('eslint'), ['--format', 'json', '.'])
  expect(eslint.status).not.toBe(0)
  linted = JSON.parse(eslint.output)
  const prettier = run(bin('prettier'), ['--list-different', '.'])
  expect(prettier.status).not.toBe(0)
  unformatted = prettier.output.trim().split('\n')
}, 120_000)

afterAll(async () => {
  if (fixture) await rm(fixture, { recursive: true, force: true })
})

describe('pnpm lint catches a planted violation of each house rule', () => {
  it.each([
    ['routes-call-use-cases', 'apps/api/src/modules/things/things.routes.ts'],
    ['use-cases-never-call-routes', 'apps/api/src/modules/things/things.usecases.ts'],
    ['use-cases-query-through-repositories', 'apps/api/src/modules/things/things.usecases.ts'],
    ['repositories-point-down', 'apps/api/src/modules/things/things.repository.ts'],
    ['tables-are-leaves', 'apps/api/src/modules/things/things.table.ts'],
    ['plugins-never-import-modules', 'apps/api/src/plugins/thing-plugin.ts'],
    ['one-change-record', 'apps/api/src/modules/things/sneaky.ts'],
    ['resolvable', 'apps/api/src/modules/things/missing.ts'],
    ['no-cycles', 'packages/lib/src/a.ts'],
    ['contract-depends-on-nothing', 'packages/contract/src/leak.ts'],
    ['packages-never-import-apps', 'packages/lib/src/up.ts'],
    ['apps-never-import-each-other', 'apps/witness/src/borrow.ts'],
    ['spas-never-reach-the-server', 'apps/citizen/src/db.ts'],
    ['spas-never-use-node', 'apps/officer/src/disk.ts'],
  ])('boundary %s (planted in %s)', (rule, file) => {
    expect(cruised).toContain(`error ${rule}: ${file}`)
  })

  it('reports no boundary problem in the files that keep the rules', () => {
    for (const clean of ['things.module.ts', 'other.repository.ts', 'config.ts']) {
      expect(cruised).not.toMatch(new RegExp(`error [\\w-]+: \\S*${clean.replace('.', '\\.')} `))
    }
  })

  const rulesOf = (file: string) =>
    linted.find((result) => result.filePath === path.join(fixture, file))?.messages.map((m) => m.ruleId) ?? []

  it.each([
    ['no-restricted-properties', 'apps/api/src/modules/things/env.ts'],
    ['no-restricted-imports', 'apps/citizen/src/db.ts'],
    ['@stylistic/max-len', 'packages/lib/src/long.ts'],
    ['@typescript-eslint/no-unused-vars', 'packages/lib/src/unused.ts'],
  ])('code rule %s (planted in %s)', (rule, file) => {
    expect(rulesOf(file)).toContain(rule)
  })

  it('lets config.ts, and only config.ts, read process.env', () => {
    expect(rulesOf('apps/api/src/config.ts')).not.toContain('no-restricted-properties')
  })

  it('finds the unformatted file, and only that one', () => {
    expect(unformatted).toEqual(['packages/lib/src/ugly.ts'])
  })
})
