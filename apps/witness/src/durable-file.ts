// Writes that survive a crash: a replaced file is either the old or the new one, never a torn mix,
// and an appended record is on disk before the caller goes on (and answers the client).
import { randomUUID } from 'node:crypto'
import { open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

async function syncDirectory(path: string): Promise<void> {
  // The rename is only durable once the directory entry is: fsync the directory too (POSIX).
  const directory = await open(dirname(path), 'r')
  try {
    await directory.sync()
  } finally {
    await directory.close()
  }
}

/** Write to a temporary file beside the target, fsync it, rename it over the target, fsync the directory. */
export async function replaceFileDurably(path: string, data: string, mode = 0o600): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`
  const handle = await open(temporary, 'wx', mode)
  try {
    await handle.writeFile(data, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temporary, path)
  await syncDirectory(path)
}

/** Creates `path` with `data` only if it does not exist; false when it already did. */
export async function createFileDurably(path: string, data: string, mode = 0o600): Promise<boolean> {
  let handle
  try {
    handle = await open(path, 'wx', mode)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(data, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await syncDirectory(path)
  return true
}

export async function appendDurably(path: string, data: string): Promise<void> {
  const handle = await open(path, 'a', 0o600)
  try {
    await handle.appendFile(data, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
}
