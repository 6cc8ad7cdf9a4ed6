#!/usr/bin/env node
// `pnpm lint`: the house rules of docs/architecture.md. Prettier owns the layout, ESLint the code
// rules, dependency-cruiser the module boundaries (each SPA cruised with its own tsconfig so its
// `@/` imports resolve). Each checker is mostly one core's work, so they run in two lanes, one per
// core of the machines this runs on: in a row they took a minute, all at once they fought for the
// cores. Repeated runs reuse Prettier's and ESLint's caches in node_modules/.cache. Each checker's
// output is printed whole, in order; the exit status is non-zero when any of them finds a problem.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bin = (name) => path.join(root, 'node_modules/.bin', name)
const cruise = (label, ...args) => ({
  label,
  command: bin('depcruise'),
  args: [...args, '--config', '.dependency-cruiser.cjs', '--no-progress'],
})

const lanes = [
  [
    {
      label: 'code rules (ESLint)',
      command: bin('eslint'),
      args: ['--max-warnings', '0', '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.'],
    },
    cruise('boundaries: officer SPA', 'apps/officer/src', '--ts-config', 'apps/officer/tsconfig.json'),
  ],
  [
    {
      label: 'formatting (Prettier)',
      command: bin('prettier'),
      args: ['--check', '--log-level', 'warn', '--cache', '.'],
    },
    cruise('boundaries: citizen SPA', 'apps/citizen/src', '--ts-config', 'apps/citizen/tsconfig.json'),
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
