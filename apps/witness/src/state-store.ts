// What the witness remembers per log: the size and root of the latest checkpoint it cosigned and
// that cosigned checkpoint itself, in <state dir>/state.json, replaced atomically on every change.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fromBase64, parseCheckpoint, parseNote, toBase64 } from '@pintu/tlog/node'
import { ConfigError } from './config.ts'
import { replaceFileDurably } from './durable-file.ts'

export interface LogState {
  readonly size: number
  readonly rootHash: Uint8Array
  /** The cosigned checkpoint: the log's verified signatures and this witness's cosignature. */
  readonly checkpoint: string
}

export interface StateStore {
  get(origin: string): LogState | undefined
  /** Persists one log's new state durably; the in-memory view changes only once it is on disk. */
  update(origin: string, state: LogState): Promise<void>
}

interface StoredLog {
  size: number
  rootHash: string
  checkpoint: string
}

const STATE_VERSION = 1

function parseStoredLog(origin: string, stored: StoredLog): LogState {
  const rootHash = typeof stored?.rootHash === 'string' ? fromBase64(stored.rootHash) : undefined
  const wellFormed = Number.isSafeInteger(stored?.size) && stored.size >= 0 && rootHash?.length === 32
  if (!wellFormed || typeof stored.checkpoint !== 'string') {
    throw new ConfigError(`state.json: malformed state for ${origin}`)
  }
  // The stored note must say what the stored size and root say; anything else is corruption.
  const checkpoint = parseCheckpoint(parseNote(stored.checkpoint).text)
  const sameRoot = toBase64(checkpoint.rootHash) === stored.rootHash
  if (checkpoint.origin !== origin || checkpoint.size !== stored.size || !sameRoot) {
    throw new ConfigError(`state.json: the checkpoint stored for ${origin} does not match its size and root`)
  }
  return { size: stored.size, rootHash, checkpoint: stored.checkpoint }
}

export async function openStateStore(stateDir: string): Promise<StateStore> {
  const path = join(stateDir, 'state.json')
  const logs = new Map<string, LogState>()
  let text: string | undefined
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (text !== undefined) {
    let parsed: { version?: unknown; logs?: Record<string, StoredLog> }
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      throw new ConfigError(`${path} is not JSON: ${(error as Error).message}`)
    }
    if (parsed.version !== STATE_VERSION || typeof parsed.logs !== 'object' || parsed.logs === null) {
      throw new ConfigError(`${path} is not a version ${STATE_VERSION} witness state`)
    }
    for (const [origin, stored] of Object.entries(parsed.logs)) logs.set(origin, parseStoredLog(origin, stored))
  }

  const serialise = (all: ReadonlyMap<string, LogState>): string => {
    const stored: Record<string, StoredLog> = {}
    for (const [origin, log] of all) {
      stored[origin] = { size: log.size, rootHash: toBase64(log.rootHash), checkpoint: log.checkpoint }
    }
    return `${JSON.stringify({ version: STATE_VERSION, logs: stored }, null, 2)}\n`
  }

  return {
    get: (origin) => logs.get(origin),
    async update(origin, state) {
      const next = new Map(logs).set(origin, state)
      await replaceFileDurably(path, serialise(next))
      logs.set(origin, state)
    },
  }
}
