// Resident memory and CPU time of processes, read from /proc (Linux only).
import { readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100 // USER_HZ on Linux

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined // the process ended meanwhile
  }
}

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces). */
function statFields(pid: number): string[] | undefined {
  const text = read(`/proc/${pid}/stat`)
  if (!text) return undefined
  return text.slice(text.lastIndexOf(')') + 2).split(' ')
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
}

/** The process and all its descendants (tsx runs the server in a child process). */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>()
  for (const pid of allPids()) {
    const ppid = Number(statFields(pid)?.[1])
    if (!children.has(ppid)) children.set(ppid, [])
    children.get(ppid)!.push(pid)
  }
  const tree: number[] = []
  const queue = [rootPid]
  while (queue.length) {
    const pid = queue.shift()!
    tree.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return tree
}

export function pidsNamed(comm: string): number[] {
  return allPids().filter((pid) => read(`/proc/${pid}/comm`)?.trim() === comm)
}

/** VmRSS in kB, 0 when the process is gone. */
export function rssKb(pid: number): number {
  const match = read(`/proc/${pid}/status`)?.match(/^VmRSS:\s+(\d+) kB/m)
  return match ? Number(match[1]) : 0
}

/** User + system CPU seconds of one process so far (undefined once it is gone). */
function cpuOf(pid: number): number | undefined {
  const f = statFields(pid)
  return f ? (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND : undefined
}

/** PostgreSQL backends serving one database (their process title names it). */
export function backendsOf(database: string): number[] {
  return pidsNamed('postgres').filter((pid) => read(`/proc/${pid}/cmdline`)?.includes(` ${database} `))
}

/** Children of this process with the given command name (pgbench). */
export function childrenNamed(comm: string): number[] {
  return pidsNamed(comm).filter((pid) => Number(statFields(pid)?.[1]) === process.pid)
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
export function machineBusySeconds(): number {
  const [, ...values] = read('/proc/stat')!.split('\n')[0]!.trim().split(/\s+/)
  const n = values.map(Number)
  const idle = (n[3] ?? 0) + (n[4] ?? 0)
  return (n.reduce((a, b) => a + b, 0) - idle) / TICKS_PER_SECOND
}

/**
 * Samples the resident memory of a process tree every `everyMs`. `peak()` gives the largest single
 * process (the API server itself) and the largest sum over the tree since the last `reset()`.
 */
export function startRssSampler(rootPid: number, everyMs = 200) {
  let pids = processTree(rootPid)
  let largest = 0
  let tree = 0
  let overallLargest = 0
  const sample = () => {
    const values = pids.map(rssKb)
    largest = Math.max(largest, ...values)
    tree = Math.max(
      tree,
      values.reduce((a, b) => a + b, 0),
    )
    overallLargest = Math.max(overallLargest, largest)
  }
  sample()
  const timer = setInterval(() => {
    pids = processTree(rootPid)
    sample()
  }, everyMs)
  timer.unref()
  return {
    /** Peak since the last reset, in MB. */
    peak: () => ({ processMb: largest / 1024, treeMb: tree / 1024 }),
    reset() {
      largest = 0
      tree = 0
      sample()
    },
    overallPeakMb: () => overallLargest / 1024,
    stop: () => clearInterval(timer),
  }
}
export type RssSampler = ReturnType<typeof startRssSampler>

export interface CpuShare {
  /** Cores busy on average, per group, and for the whole machine. */
  [group: string]: number
}

/**
 * Measures how much CPU each group of processes used while \`fn\` ran, in cores (1.0 = one core
 * fully busy). Groups are looked up every 100 ms, so processes that start and end during the run
 * (pgbench and its backends) count up to their last sample. \`other\` is what the rest of the
 * machine used: other tenants, and PostgreSQL's shared background processes.
 */
export async function measureCpu<T>(
  groups: Record<string, () => number[]>,
  fn: () => Promise<T>,
): Promise<{ result: T; cpu: CpuShare }> {
  const first = new Map<number, number>()
  const last = Object.fromEntries(Object.keys(groups).map((g) => [g, new Map<number, number>()]))
  const sample = (initial: boolean) => {
    for (const [group, list] of Object.entries(groups)) {
      for (const pid of list()) {
        const cpu = cpuOf(pid)
        if (cpu === undefined) continue
        if (initial) first.set(pid, cpu)
        last[group]!.set(pid, cpu)
      }
    }
  }
  sample(true)
  const busyBefore = machineBusySeconds()
  const start = process.hrtime.bigint()
  const timer = setInterval(() => sample(false), 100)
  try {
    const result = await fn()
    sample(false)
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    const cpu: CpuShare = {}
    let grouped = 0
    for (const [group, pids] of Object.entries(last)) {
      let used = 0
      for (const [pid, cpuNow] of pids) used += cpuNow - (first.get(pid) ?? 0)
      cpu[group] = used / seconds
      grouped += used
    }
    const busy = machineBusySeconds() - busyBefore
    cpu.other = Math.max(0, busy - grouped) / seconds
    cpu.machine = busy / seconds
    return { result, cpu }
  } finally {
    clearInterval(timer)
  }
}
