#!/usr/bin/env node
// `pnpm lint`: the house rules of docs/architecture.md. Prettier owns the layout, ESLint the code
// rules, dependency-cruiser the module boundaries (each SPA cruised with its own tsconfig so its
// `@/` imports resolve). Each checker is mostly one core's work, so they run in two lanes, one per
// core of the machines this runs on: in a row they took a minute, all at once they fought for the
// cores. Each checker's output is printed whole, in order; the exit status is non-zero when any of
// them finds a problem.
//
// Where the time goes (docs/benchmarks.md, "pnpm lint"): parsing every TypeScript file, twice
// (ESLint and Prettier). So Prettier reads .ts with its babel-ts parser (.prettierrc.json: the same
// layout for all 617 files, an eighth less CPU for Prettier), ESLint skips JSDoc
// parsing (no rule uses types), and the SPA cruises stop at packages/, which the third cruise
// covers. Repeated runs reuse all three checkers' caches in .cache/ (keep it between CI runs).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bin = (name) => path.join(root, 'node_modules/.bin', name)
const cruise = (label, ...args) => ({
  label,
  command: bin('depcruise'),
  args: [...args, '--config', '.dependency-cruiser.cjs', '--no-progress', '--cache', '.cache/dependency-cruiser/'],
})
/** A SPA's own files with its tsconfig; what they import from packages/ is checked, not followed. */
const spaCruise = (app) =>
  cruise(
    `boundaries: ${app} SPA`,
    `apps/${app}/src`,
    '--ts-config',
    `apps/${app}/tsconfig.json`,
    '--do-not-follow',
    '(^|/)node_modules/|^packages/',
  )

const lanes = [
  [
    {
      label: 'code rules (ESLint)',
      command: bin('eslint'),
      args: ['--max-warnings', '0', '--cache', '--cache-location', '.cache/eslint/', '.'],
    },
    spaCruise('officer'),
    spaCruise('citizen'),
  ],
  [
    {
      label: 'formatting (Prettier)',
      command: bin('prettier'),
      args: ['--check', '--log-level', 'warn', '--cache', '--cache-location', '.cache/prettier/cache.json', '.'],
    },
    cruise('boundaries: API, witness, packages, tests', 'apps/api', 'apps/witness', 'packages', 'tests', 'scripts'),
  ],
]

/** Runs one checker, keeping what it prints so the two lanes' outputs do not interleave. */
function run({ command, args }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => resolve({ status: 1, output: `${output}${error.message}\n` }))
    child.on('close', (status) => resolve({ status, output }))
  })
}

async function runLane(checks) {
  const results = []
  for (const check of checks) results.push({ ...check, ...(await run(check)) })
  return results
}

const results = (await Promise.all(lanes.map(runLane))).flat()
for (const { output } of results)
  if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`)
const failed = results.filter((result) => result.status !== 0).map((result) => result.label)
if (failed.length > 0) {
  console.error(`lint failed: ${failed.join('; ')}`)
  process.exit(1)
}
console.log('lint passed: formatting, code rules and boundaries')
