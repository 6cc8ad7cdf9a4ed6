// docs/benchmarks.md: a fixed head (how to run, what is measured, what is not yet measured) and
// the results, one dated section per run, newest first; earlier sections are kept as they are.
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { head, RESULTS_MARKER } from './report-head.ts'
import { runSection } from './report-run.ts'
import type { RunReport } from './report-data.ts'

export { machineFacts, type Phase, type RunReport, type SweepPoint } from './report-data.ts'

const docFile = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url))

/** Inserts the run's section at the top of the results and writes the file; returns its path. */
export async function writeReport(run: RunReport): Promise<string> {
  const previous = existsSync(docFile) ? readFileSync(docFile, 'utf8') : ''
  const at = previous.indexOf(RESULTS_MARKER)
  const olderRuns = at >= 0 ? previous.slice(at + RESULTS_MARKER.length).replace(/^\n+/, '') : ''
  await writeFile(docFile, `${head()}\n${runSection(run)}${olderRuns}`)
  return docFile
}
