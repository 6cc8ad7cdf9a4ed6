#!/usr/bin/env node
// `pnpm lint`: the house rules of docs/architecture.md, three checkers in a row. Prettier owns the
// layout, ESLint the code rules, dependency-cruiser the module boundaries. Each SPA is cruised with
// its own tsconfig so its `@/` imports resolve. Exits non-zero when any of them finds a problem.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bin = (name) => path.join(root, 'node_modules/.bin', name)

/** `--root <dir>` lints a copy of the repo elsewhere (the planted-violation test uses it). */
const rootArg = process.argv.indexOf('--root')
const cwd = rootArg >= 0 ? path.resolve(process.argv[rootArg + 1]) : root

const cruise = (...args) => [bin('depcruise'), [...args, '--config', '.dependency-cruiser.cjs', '--no-progress']]
const checks = [
  ['formatting (Prettier)', [bin('prettier'), ['--check', '--log-level', 'warn', '.']]],
  ['code rules (ESLint)', [bin('eslint'), ['--max-warnings', '0', '.']]],
  ['boundaries: citizen SPA', cruise('apps/citizen/src', '--ts-config', 'apps/citizen/tsconfig.json')],
  ['boundaries: officer SPA', cruise('apps/officer/src', '--ts-config', 'apps/officer/tsconfig.json')],
  ['boundaries: API, witness, packages, tests', cruise('apps/api', 'apps/witness', 'packages', 'tests', 'scripts')],
]

const failed = []
for (const [label, [command, args]] of checks) {
  const { status } = spawnSync(command, args, { cwd, stdio: 'inherit' })
  if (status !== 0) failed.push(label)
}
if (failed.length > 0) {
  console.error(`lint failed: ${failed.join('; ')}`)
  process.exit(1)
}
console.log('lint passed: formatting, code rules and boundaries')
