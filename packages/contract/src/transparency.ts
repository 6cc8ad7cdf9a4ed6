import { Type, type Static } from 'typebox'
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
  treeSize: TreeSize('The largest checkpoint it cosigned'),
  cosignedAt: IsoDateTime('When it cosigned that checkpoint'),
})

export const LogStateSchema = Type.Object({
  origin: Type.String({ description: 'The log origin, the first line of every checkpoint' }),
  vkey: Type.String({ description: 'The verifier key of the log, in the signed-note vkey format' }),
  treeSize: TreeSize('Size of the latest checkpoint'),
  rootHash: Hash('Root hash of the latest checkpoint'),
  checkpointAt: Type.Union([IsoDateTime('When the latest checkpoint was signed'), Type.Null()]),
  pending: TreeSize('Recorded changes not yet in a checkpoint (they are integrated within seconds)'),
  witnesses: Type.Array(WitnessStateSchema, {
    description: 'Every configured witness that has cosigned, with the last size it vouched for',
  }),
  quorum: Type.Integer({ minimum: 0, description: 'How many witness cosignatures a checkpoint needs to count' }),
  cosignatures: Type.Integer({ minimum: 0, description: 'Witness cosignatures the latest checkpoint carries' }),
})
export type LogState = Static<typeof LogStateSchema>
