// One witness process per state directory: two would each check the stored size and then both
// write, which is the rollback race tlog-witness warns about. A lock file holds the owner's pid.
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigError } from './config.ts'
import { createFileDurably } from './durable-file.ts'

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock, replacing one left by a process that no longer runs; returns its release. */
export async function acquireStateLock(stateDir: string): Promise<() => Promise<void>> {
  const path = join(stateDir, 'witness.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createFileDurably(path, `${process.pid}\n`, 0o644)) return () => rm(path, { force: true })
    const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim())
    if (Number.isSafeInteger(owner) && owner > 0 && isRunning(owner)) {
      throw new ConfigError(`${stateDir} is in use by process ${owner}`)
    }
    await rm(path, { force: true })
  }
  throw new ConfigError(`cannot take the lock ${path}`)
}
