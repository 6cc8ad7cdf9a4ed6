import { Type, type Static } from 'typebox'
import { TrackingCodeSchema } from './tracking.ts'
import { IsoDateTime } from './common.ts'

/**
 * The transparency log (SPEC §8): every recorded change is one entry of a C2SP tlog-tiles log,
 * served as tiles and signed checkpoints under /api/v1/transparency/log/, with these JSON
 * conveniences for clients that do not speak tiles. Hashes are base64 (RFC 4648, padded), as in
 * checkpoints.
 */

/** Tree sizes and leaf positions: JavaScript reads integers exactly up to 2^53 − 1. */
const TreeSize = (description: string) => Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description })
const Hash = (description: string) => Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$', description })

export const TileParamsSchema = Type.Object({
  '*': Type.String({
    maxLength: 200,
    pattern: '^[\\x21-\\x7e]+$',
    description: 'A C2SP tlog-tiles path below `tile/`: `<L>/<N>[.p/<W>]` or `entries/<N>[.p/<W>]`',
  }),
})

export const InclusionProofQuerySchema = Type.Object(
  {
    index: TreeSize('Position of the entry (leaf index)'),
    treeSize: Type.Optional(TreeSize('Size of the tree to prove against; the latest checkpoint when omitted')),
  },
  { additionalProperties: false },
)
export type InclusionProofQuery = Static<typeof InclusionProofQuerySchema>

export const InclusionProofSchema = Type.Object({
  index: TreeSize('Position of the entry'),
  treeSize: TreeSize('Size of the tree the proof is for'),
  leafHash: Hash('RFC 9162 leaf hash of the entry: SHA-256(0x00 ‖ entry)'),
  entry: Type.String({ description: 'The entry itself: canonical JSON (RFC 8785), as in the entry bundles' }),
  proof: Type.Array(Hash('One node hash of the audit path, leaf to root (RFC 9162 §2.1.3)'), { maxItems: 64 }),
})
export type InclusionProof = Static<typeof InclusionProofSchema>

export const ConsistencyProofQuerySchema = Type.Object(
  {
    from: TreeSize('The older tree size'),
    to: Type.Optional(TreeSize('The newer tree size; the latest checkpoint when omitted')),
  },
  { additionalProperties: false },
)
export type ConsistencyProofQuery = Static<typeof ConsistencyProofQuerySchema>

export const ConsistencyProofSchema = Type.Object({
  from: TreeSize('The older tree size'),
  to: TreeSize('The newer tree size'),
  proof: Type.Array(Hash('One node hash of the consistency proof (RFC 9162 §2.1.4)'), { maxItems: 64 }),
})
export type ConsistencyProof = Static<typeof ConsistencyProofSchema>

export const WitnessStateSchema = Type.Object({
  name: Type.String({ description: 'The witness’s key name' }),
  vkey: Type.String({ description: 'Its cosignature verifier key (signed-note vkey, C2SP tlog-cosignature)' }),
  treeSize: Type.Union([TreeSize('The largest checkpoint it cosigned'), Type.Null()], {
    description: 'The largest checkpoint it cosigned; null while it has cosigned none',
  }),
  cosignedAt: Type.Union([IsoDateTime('When it cosigned that checkpoint'), Type.Null()]),
})

export const LogStateSchema = Type.Object({
  origin: Type.String({ description: 'The log origin, the first line of every checkpoint' }),
  vkey: Type.String({ description: 'The verifier key of the log, in the signed-note vkey format' }),
  treeSize: TreeSize('Size of the latest checkpoint'),
  rootHash: Hash('Root hash of the latest checkpoint'),
  checkpointAt: Type.Union([IsoDateTime('When the latest checkpoint was signed'), Type.Null()]),
  pending: TreeSize('Recorded changes not yet in a checkpoint (they are integrated within seconds)'),
  witnesses: Type.Array(WitnessStateSchema, {
    description: 'Every configured witness, with the last size it vouched for',
  }),
  quorum: Type.Integer({ minimum: 0, description: 'How many witness cosignatures a checkpoint needs to count' }),
  cosignatures: Type.Integer({ minimum: 0, description: 'Witness cosignatures the latest checkpoint carries' }),
})
export type LogState = Static<typeof LogStateSchema>

/** One entry with its inclusion proof against the checkpoint it is served with. */
export const ProvenEntrySchema = Type.Object({
  index: TreeSize('Position of the entry'),
  leafHash: Hash('RFC 9162 leaf hash of the entry: SHA-256(0x00 ‖ entry)'),
  entry: Type.String({ description: 'The entry itself: canonical JSON (RFC 8785), as in the entry bundles' }),
  proof: Type.Array(Hash('One node hash of the audit path, leaf to root (RFC 9162 §2.1.3)'), { maxItems: 64 }),
})
export type ProvenEntry = Static<typeof ProvenEntrySchema>

/** How many entries one page of an application's log holds. */
export const ENTRIES_PAGE_SIZE = 100

/**
 * The log entries of one application (or one permit), each with its inclusion proof against the
 * same checkpoint: check the checkpoint's signature with the log's vkey, then each proof against
 * its root hash, and the entries say what happened to the file — publicly, and unchangeably.
 */
export const EntryProofsSchema = Type.Object({
  checkpoint: Type.String({
    description: 'The checkpoint the proofs are for: a C2SP signed note with the witnesses’ cosignatures',
  }),
  treeSize: TreeSize('Its tree size'),
  entries: Type.Array(ProvenEntrySchema, { maxItems: ENTRIES_PAGE_SIZE }),
  pending: Type.Integer({
    minimum: 0,
    description: 'Changes of this file recorded but not yet in that checkpoint (they are integrated within seconds)',
  }),
  next: Type.Union([TreeSize('More entries: ask again with `after` set to this position'), Type.Null()]),
})
export type EntryProofs = Static<typeof EntryProofsSchema>

const After = TreeSize('Only entries after this position (the `next` of the previous page)')
export const EntryPageQuerySchema = Type.Object({ after: Type.Optional(After) }, { additionalProperties: false })
export type EntryPageQuery = Static<typeof EntryPageQuerySchema>

export const TrackedLogQuerySchema = Type.Object(
  { code: TrackingCodeSchema, after: Type.Optional(After) },
  { additionalProperties: false },
)
export type TrackedLogQuery = Static<typeof TrackedLogQuerySchema>

/** What the auditor's check can find, each named so the finding says where to look. */
export const logFindingKinds = [
  'entry_missing',
  'audit_entry_deleted',
  'audit_entry_altered',
  'audit_entry_not_in_log',
  'bundle_altered',
  'tiles_altered',
  'checkpoint_bad_signature',
  'checkpoint_beyond_log',
  'checkpoint_mismatch',
  'log_truncated',
  'history_rewritten',
] as const
export type LogFindingKind = (typeof logFindingKinds)[number]

export const LogFindingSchema = Type.Object({
  kind: Type.Enum([...logFindingKinds]),
  message: Type.String({ description: 'What was found, in English, naming the entry or checkpoint' }),
  position: Type.Optional(TreeSize('The log position concerned')),
  auditId: Type.Optional(Type.Integer({ minimum: 0, description: 'The audit entry concerned' })),
  treeSize: Type.Optional(TreeSize('The checkpoint concerned')),
})
export type LogFinding = Static<typeof LogFindingSchema>

export const LogVerificationSchema = Type.Object({
  treeSize: TreeSize('Entries checked'),
  checkpoints: Type.Integer({ minimum: 0, description: 'Checkpoints of the log checked' }),
  witnessCheckpoints: Type.Integer({ minimum: 0, description: 'Saved checkpoints compared' }),
  findings: Type.Array(LogFindingSchema, { description: 'Empty when the log verifies clean; the first break first' }),
})
export type LogVerification = Static<typeof LogVerificationSchema>
