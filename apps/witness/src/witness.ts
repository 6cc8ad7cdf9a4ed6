// The witness's decisions (C2SP tlog-witness "add-checkpoint"): which checkpoints it cosigns,
// and the status code of every refusal. HTTP wiring lives in http-server.ts.
import {
  bytesEqual,
  CheckpointFormatError,
  formatCheckpoint,
  formatSignatureLine,
  hasher,
  NoteError,
  openNote,
  parseCheckpoint,
  parseNote,
  sha256,
  signNote,
  toHex,
  utf8,
  verifyConsistency,
  type Checkpoint,
  type NoteSigner,
  type NoteVerifier,
  type OpenedNote,
} from '@pintu/tlog/node'
import { parseAddCheckpointRequest } from './add-checkpoint-request.ts'
import type { CosignedLog } from './cosigned-log.ts'
import type { StateStore } from './state-store.ts'

export interface WitnessResponse {
  readonly status: number
  readonly contentType: string
  readonly body: string
}

export interface Witness {
  addCheckpoint(body: Uint8Array): Promise<WitnessResponse>
  /** GET <prefix>/<origin hash>/checkpoint: the latest cosigned checkpoint, or undefined (404). */
  latestCheckpoint(originHash: string): string | undefined
}

/** Requests waiting for the state lock beyond this are turned away (503) rather than queued. */
export const MAX_QUEUED_UPDATES = 64

const TEXT = 'text/plain; charset=utf-8'
const refuse = (status: number, reason: string): WitnessResponse => ({ status, contentType: TEXT, body: `${reason}\n` })

export function createWitness(options: {
  readonly cosigner: NoteSigner
  /** Trusted log keys by checkpoint origin. */
  readonly logs: ReadonlyMap<string, readonly NoteVerifier[]>
  readonly store: StateStore
  readonly cosignedLog: CosignedLog
  readonly now?: () => number
}): Witness {
  const { cosigner, logs, store, cosignedLog, now = Date.now } = options
  const originsByHash = new Map([...logs.keys()].map((origin) => [toHex(sha256(utf8(origin))), origin]))

  // Checking the old size against the stored one and persisting the new checkpoint must be one
  // atomic step, or two requests could roll the log back (the race tlog-witness describes), so
  // every update runs in turn on this chain.
  let chain: Promise<unknown> = Promise.resolve()
  let queued = 0
  function serialised<T>(step: () => Promise<T>): Promise<T> | undefined {
    if (queued >= MAX_QUEUED_UPDATES) return undefined
    queued++
    const run = chain.then(step).finally(() => queued--)
    chain = run.catch(() => undefined)
    return run
  }

  async function openLogNote(note: string): Promise<{ opened: OpenedNote; checkpoint: Checkpoint } | WitnessResponse> {
    try {
      const origin = parseNote(note).text.split('\n', 1)[0]!
      const verifiers = logs.get(origin)
      if (!verifiers) return refuse(404, 'unknown log origin')
      const opened = await openNote(note, verifiers)
      return { opened, checkpoint: parseCheckpoint(opened.text) }
    } catch (error) {
      if (error instanceof NoteError && error.code === 'malformed') return refuse(400, 'malformed checkpoint note')
      if (error instanceof NoteError) return refuse(403, 'no valid signature by a key of the log')
      if (error instanceof CheckpointFormatError) return refuse(400, 'malformed checkpoint')
      throw error
    }
  }

  async function update(
    checkpoint: Checkpoint,
    opened: OpenedNote,
    oldSize: number,
    proof: readonly Uint8Array[],
  ): Promise<WitnessResponse> {
    const stored = store.get(checkpoint.origin)
    const known = stored ?? { size: 0, rootHash: hasher.emptyRoot }
    if (oldSize !== known.size) return { status: 409, contentType: 'text/x.tlog.size', body: `${known.size}\n` }
    if (oldSize === 0) {
      // The empty tree is consistent with every tree, so no proof is needed, and none is allowed.
      if (proof.length > 0) return refuse(422, 'a proof from size 0 must be empty')
    } else {
      const consistent = verifyConsistency(hasher, {
        oldSize,
        newSize: checkpoint.size,
        oldRoot: known.rootHash,
        newRoot: checkpoint.rootHash,
        proof,
      })
      if (!consistent) return refuse(422, 'the consistency proof does not verify')
    }
    // Sign the re-encoding of what was parsed (the same bytes, as parsing is strict), keeping the
    // log's verified signatures but not unverified ones, which could be crafted to collide with
    // this witness's own signature line.
    const text = formatCheckpoint(checkpoint)
    const cosigned = await signNote(text, [cosigner], opened.verified)
    const answer = { status: 200, contentType: TEXT, body: formatSignatureLine(parseNote(cosigned).signatures.at(-1)!) }
    // A repeat of the latest checkpoint gets a fresh timestamp but changes nothing worth keeping:
    // writing it again would let anyone who replays it fill the disk.
    if (stored && parseNote(stored.checkpoint).text === text) return answer
    // On disk before anyone sees the cosignature: first the auditable record, then the state.
    await cosignedLog.append({
      time: new Date(now()).toISOString(),
      origin: checkpoint.origin,
      size: checkpoint.size,
      checkpoint: cosigned,
    })
    const { origin, size, rootHash } = checkpoint
    await store.update(origin, { size, rootHash, checkpoint: cosigned })
    return answer
  }

  return {
    async addCheckpoint(body) {
      const request = parseAddCheckpointRequest(body)
      if (typeof request === 'string') return refuse(400, request)
      const result = await openLogNote(request.note)
      if ('status' in result) return result
      const { opened, checkpoint } = result
      if (request.oldSize > checkpoint.size) return refuse(400, 'the old size is larger than the checkpoint size')
      if (checkpoint.size === 0 && !bytesEqual(checkpoint.rootHash, hasher.emptyRoot)) {
        return refuse(422, 'a checkpoint of size 0 must have the empty tree hash')
      }
      const updated = serialised(() => update(checkpoint, opened, request.oldSize, request.proof))
      return updated ?? refuse(503, 'too many checkpoints waiting, retry later')
    },
    latestCheckpoint(originHash) {
      const origin = originsByHash.get(originHash)
      return origin === undefined ? undefined : store.get(origin)?.checkpoint
    },
  }
}
