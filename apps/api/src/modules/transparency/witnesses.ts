// Pintu as a client of C2SP tlog-witness: every new checkpoint goes to each configured witness
// with a consistency proof from the size that witness last cosigned; the timestamped cosignature
// (C2SP tlog-cosignature) it answers is checked against the witness's key and kept beside the
// checkpoint, so the served checkpoint carries it. A witness that is down only delays its own line.
import { loadVerifier, openNote, type NoteVerifier } from '@pintu/tlog/node'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { CheckpointRow, TransparencyRepository } from './transparency.repository.ts'

export interface WitnessSetting {
  /** The witness's address; add-checkpoint is POSTed to `<url>/add-checkpoint`. */
  url: string
  /** Its cosignature verifier key (signed-note vkey, type 0x04). */
  vkey: string
}

export interface Witness {
  url: string
  name: string
  /** Its verifier key as configured, published so anyone can check its cosignatures. */
  vkey: string
  verifier: NoteVerifier
}

export async function loadWitnesses(settings: readonly WitnessSetting[]): Promise<Witness[]> {
  return Promise.all(
    settings.map(async ({ url, vkey }) => {
      const verifier = await loadVerifier(vkey)
      return { url: url.replace(/\/+$/, ''), name: verifier.name, vkey, verifier }
    }),
  )
}

export interface CosigningDeps {
  db: Db
  clock: Clock
  log: TransparencyRepository
  witnesses: readonly Witness[]
  /** A consistency proof (base64 lines) from `from` to `to`, both sizes of signed checkpoints. */
  consistencyProof(from: number, to: number): Promise<string[]>
  /** How long one witness may take to answer. */
  timeoutMs: number
  /** How old a witness's cosignature of the latest checkpoint may grow before it is asked again. */
  refreshMs: number
}

type Answer = { status: number; body: string }

async function addCheckpoint(deps: CosigningDeps, witness: Witness, oldSize: number, checkpoint: CheckpointRow) {
  const proof = oldSize === 0 ? [] : await deps.consistencyProof(oldSize, checkpoint.treeSize)
  const body = `old ${oldSize}\n${proof.map((line) => `${line}\n`).join('')}\n${checkpoint.note}`
  const response = await fetch(`${witness.url}/add-checkpoint`, {
    method: 'POST',
    body,
    signal: AbortSignal.timeout(deps.timeoutMs),
  })
  return { status: response.status, body: await response.text() } satisfies Answer
}

/** Asks one witness to cosign `checkpoint`; true when it did and its cosignature verifies. */
async function cosignBy(deps: CosigningDeps, witness: Witness, lastSize: number, checkpoint: CheckpointRow) {
  let answer = await addCheckpoint(deps, witness, lastSize, checkpoint)
  // 409: the witness knows another size than we thought (state lost here, or it saw a later one);
  // it says which, and a proof from there is what it wants.
  if (answer.status === 409) {
    const known = Number(answer.body.trim())
    if (!Number.isSafeInteger(known) || known < 0 || known > checkpoint.treeSize) return false
    answer = await addCheckpoint(deps, witness, known, checkpoint)
  }
  if (answer.status !== 200) return false
  const line = answer.body.trim()
  const opened = await openNote(`${checkpoint.note}${line}\n`, [witness.verifier]).catch(() => undefined)
  if (!opened || opened.verified.length === 0) return false
  await deps.log.insertCosignature(deps.db, {
    treeSize: checkpoint.treeSize,
    witness: witness.name,
    signatureLine: line,
    cosignedAt: deps.clock.now(),
  })
  return true
}

/**
 * Sends the latest checkpoint to every witness that has not cosigned it, or whose cosignature of it
 * is older than `refreshMs`: an idle log still shows, by fresh timestamps, that it has not forked
 * since. The number of witnesses that cosigned now.
 */
export async function collectCosignatures(deps: CosigningDeps): Promise<number> {
  if (deps.witnesses.length === 0) return 0
  const checkpoint = await deps.log.latestCheckpoint(deps.db)
  if (!checkpoint) return 0
  const freshSince = deps.clock.now().getTime() - deps.refreshMs
  const signed = new Set(
    (await deps.log.cosignaturesOf(deps.db, checkpoint.treeSize))
      .filter((c) => c.cosignedAt.getTime() > freshSince)
      .map((c) => c.witness),
  )
  const last = new Map((await deps.log.lastCosignatures(deps.db)).map((c) => [c.witness, c.treeSize]))
  const results = await Promise.all(
    deps.witnesses
      .filter((witness) => !signed.has(witness.name))
      .map((witness) => cosignBy(deps, witness, last.get(witness.name) ?? 0, checkpoint).catch(() => false)),
  )
  return results.filter(Boolean).length
}

/** The checkpoint note as served: the log's signature, then each witness's cosignature. */
export async function cosignedNote(deps: Pick<CosigningDeps, 'db' | 'log'>, checkpoint: CheckpointRow) {
  const cosignatures = await deps.log.cosignaturesOf(deps.db, checkpoint.treeSize)
  return `${checkpoint.note}${cosignatures.map((c) => `${c.signatureLine}\n`).join('')}`
}
