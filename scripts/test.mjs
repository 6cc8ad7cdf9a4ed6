#!/usr/bin/env node
// The README's test command: runs `pnpm lint` (the house rules), builds the SPAs, runs every vitest
// project on the embedded database (PGlite), runs the API suite again on PostgreSQL when
// DATABASE_URL is set, and ends with the line "N passed, N failed" counted from vitest's JSON
// results, just after the names of the failed tests; a failed lint counts as one failure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bin = (name) => path.join(root, 'node_modules/.bin', name)
const resultsDir = path.join(root, '.test-results')

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options })
  return result.status ?? 1
}

/** Browser tests need Debian's Chromium; install it when we can (root with apt), else they fail and say why. */
function ensureChromium() {
  if (existsSync(process.env.PINTU_CHROMIUM ?? '/usr/bin/chromium')) return
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium for the browser tests (apt-get install chromium)…')
    run('bash', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
    ])
  } else {
    console.warn(
      'Chromium not found at /usr/bin/chromium: the browser tests will fail. Install it with `apt-get install chromium`.',
    )
  }
}

/** The PAdES tests check permit PDFs with poppler's pdfsig and an NSS database made by certutil (Debian packages). */
function ensurePdfTools() {
  const missing = ['/usr/bin/pdfsig', '/usr/bin/certutil'].filter((file) => !existsSync(file))
  if (missing.length === 0) return
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(
      'Installing pdfsig and certutil for the PDF signature tests (apt-get install poppler-utils libnss3-tools)…',
    )
    run('bash', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils libnss3-tools >/dev/null',
    ])
  } else {
    console.warn(
      `${missing.join(' and ')} not found: the PDF signature tests will fail. Install them with \`apt-get install poppler-utils libnss3-tools\`.`,
    )
  }
}

/** The SPAs and the compiled API, as `pnpm start` serves them: the browser tests run against this build. */
function build() {
  for (const app of ['citizen', 'officer']) {
    const status = run(path.join(root, `apps/${app}/node_modules/.bin/vite`), ['build', '--logLevel', 'warn'], {
      cwd: path.join(root, `apps/${app}`),
    })
    if (status !== 0) return status
  }
  return run(process.execPath, ['scripts/build.mjs'], { cwd: path.join(root, 'apps/api') })
}

const firstLine = (text) => (text ?? '').split('\n')[0].slice(0, 300)

// Vitest colours the call log; the summary is plain text.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

/**
 * The first line of a failure, with what a browser step waited for (Playwright's call log) and the
 * line of the test file it failed at: "Timeout 30000ms exceeded" alone does not say which step timed out.
 */
function failureSummary(message, testFile) {
  const lines = (message ?? '')
    .replaceAll(ANSI_COLOUR, '')
    .split('\n')
    .map((line) => line.trim())
  const waited = lines.find((line) => /^- waiting for /.test(line))
  const at = lines.find((line) => line.includes(testFile))?.match(/(?:\(|at )(\/[^)]*)\)?$/)?.[1]
  return [firstLine(message), waited?.slice(2, 300), at && `at ${path.relative(root, at)}`].filter(Boolean).join(' | ')
}

function vitest(name, args, env) {
  const outputFile = path.join(resultsDir, `${name}.json`)
  const status = run(
    bin('vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`],
    { env },
  )
  if (!existsSync(outputFile))
    return { status: status || 1, passed: 0, failed: 1, skipped: 0, failures: [`${name}: vitest wrote no results`] }
  const report = JSON.parse(readFileSync(outputFile, 'utf8'))
  // A file that failed with no failed test failed outside its tests: it did not load (no test ran),
  // or a hook such as beforeAll threw and vitest reports its tests as skipped. Each such test counts
  // as failed (at least one per file), so the final line never says 0 failed for a failed file.
  let brokenTests = 0
  let skippedByBrokenFiles = 0
  const failures = []
  for (const file of report.testResults) {
    const where = path.relative(root, file.name)
    for (const a of file.assertionResults.filter((a) => a.status === 'failed'))
      failures.push(`${where} > ${a.fullName}: ${failureSummary(a.failureMessages[0], file.name)}`)
    if (file.status !== 'failed' || file.assertionResults.some((a) => a.status === 'failed')) continue
    const skipped = file.assertionResults.filter((a) => a.status === 'pending' || a.status === 'skipped').length
    brokenTests += Math.max(1, skipped)
    skippedByBrokenFiles += skipped
    failures.push(`${where} (the file failed outside its tests): ${firstLine(file.message)}`)
  }
  return {
    status,
    failures,
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenTests,
    skipped: report.numPendingTests + report.numTodoTests - skippedByBrokenFiles,
  }
}

rmSync(resultsDir, { recursive: true, force: true })
mkdirSync(resultsDir, { recursive: true })
ensureChromium()
ensurePdfTools()
console.log(`Running the tests on Node ${process.version}`)
console.log('Lint: formatting, code rules and module boundaries (pnpm lint)')
const lintStatus = run(process.execPath, ['scripts/lint.mjs'])
const buildStatus = build()

const { DATABASE_URL, ...embeddedEnv } = process.env
const lint = {
  label: 'lint',
  status: lintStatus,
  passed: lintStatus === 0 ? 1 : 0,
  failed: lintStatus === 0 ? 0 : 1,
  skipped: 0,
}
const runs = [lint, { label: 'all projects on PGlite', ...vitest('pglite', [], embeddedEnv) }]
if (DATABASE_URL)
  runs.push({ label: 'API suite on PostgreSQL', ...vitest('postgres', ['--project', 'api'], process.env) })

const total = runs.reduce(
  (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
)
console.log('')
// The failures again, by name, just above the totals: a CI log's tail then says what failed.
for (const r of runs) for (const failure of r.failures ?? []) console.log(`FAILED (${r.label}) ${failure}`)
for (const r of runs) console.log(`${r.label}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`)
if (buildStatus !== 0) console.log('Build failed')
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
const ok = buildStatus === 0 && total.failed === 0 && total.passed > 0 && runs.every((r) => r.status === 0)
process.exit(ok ? 0 : 1)
