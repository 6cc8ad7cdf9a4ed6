// What one `pnpm bench` run reports (report.ts writes it into docs/benchmarks.md).
import { readFileSync } from 'node:fs'
import os from 'node:os'
import type { LoadResult } from './load.ts'
import type { PgbenchResult } from './pgbench.ts'
import type { CpuShare } from './proc.ts'

export interface Phase {
  name: string
  load: LoadResult
  cpu: CpuShare
  rssMb?: number
  ranOut?: boolean
  /** Files the officers held when the run ended (the queue grows run after run; the kept load does not care). */
  heldAtEnd?: number
}

/** Submit and tracking at one connection count (latency against concurrency). */
export interface SweepPoint {
  connections: number
  submit: LoadResult
  tracking: LoadResult
  ranOut: boolean
}

export interface RunReport {
  startedAt: Date
  finishedAt: Date
  machine: ReturnType<typeof machineFacts>
  postgres: { version: string; settings: Record<string, string> }
  connections: number
  service: string
  fieldsPerDraft: number
  documentsPerDraft: number
  phases: Phase[]
  pgbench: PgbenchResult & { cpu: CpuShare; heldAtEnd: number }
  /** pgbench's floor on this machine: one row inserted and committed per transaction. */
  plainInsert: PgbenchResult & { cpu: CpuShare }
  sweep: SweepPoint[]
  apiRssPeakMb: number
  idleRssMb: number
  verifierOfficers: number
  /** The eligible-officers query at the backlog the sustained submit run left. */
  officerQuery: { heldFiles: number; ms: number }
  sizes: { responseBodyKb: number; definitionKb: number }
  serverWarnings: string[]
}

export function machineFacts() {
  const cpuModel = (
    readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ??
    os.cpus()[0]?.model ??
    'unknown'
  ).trim()
  return {
    cpuModel,
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
  }
}
