/** The transparency log: C2SP tlog-tiles resources, the log's verifier key and JSON proofs. */
import { Type } from 'typebox'
import { ApplicationIdParamsSchema } from '../applications.ts'
import { TrackParamsSchema } from '../tracking.ts'
import { Text } from '../common.ts'
import { fileReaderRoles, oversightRoles } from '../roles.ts'
import { defineRoute } from '../route.ts'
import {
  ConsistencyProofQuerySchema,
  ConsistencyProofSchema,
  EntryPageQuerySchema,
  EntryProofsSchema,
  LogVerificationSchema,
  TrackedLogQuerySchema,
  InclusionProofQuerySchema,
  InclusionProofSchema,
  LogStateSchema,
  TileParamsSchema,
} from '../transparency.ts'

const tags = ['transparency']

export const transparencyRoutes = {
  checkpoint: defineRoute({
    method: 'GET',
    url: '/api/v1/transparency/log/checkpoint',
    access: 'public',
    errors: ['transparency.empty_log'],
    schema: {
      summary: 'The latest checkpoint (C2SP tlog-checkpoint, signed note)',
      description:
        'The signed tree head, `text/plain; charset=utf-8`, as C2SP tlog-tiles serves it: origin, tree size, base64 root hash, then the Ed25519 signature of the log and the cosignatures of the witnesses that cosigned it. Cached for a few seconds only. A deployment (a cell) keeps one log for every office it serves, each entry naming its office in `office`: this checkpoint, the tiles and the proofs are the same whichever office a request is routed to.',
      tags,
      response: { 200: Type.String({ description: 'text/plain; charset=utf-8: a C2SP signed note' }) },
    },
  }),
  tile: defineRoute({
    method: 'GET',
    url: '/api/v1/transparency/log/tile/*',
    access: 'public',
    errors: ['transparency.bad_tile_path', 'transparency.tile_not_found'],
    schema: {
      summary: 'A Merkle tile or an entry bundle (C2SP tlog-tiles)',
      description:
        '`tile/<L>/<N>[.p/<W>]`: 32-byte hashes, concatenated; `tile/entries/<N>[.p/<W>]`: entries, each a big-endian 16-bit length and the entry (canonical JSON). `application/octet-stream`, immutable: cached for a year.',
      tags,
      params: TileParamsSchema,
      response: { 200: Type.String({ description: 'application/octet-stream' }) },
    },
  }),
  vkey: defineRoute({
    method: 'GET',
    url: '/api/v1/transparency/vkey',
    access: 'public',
    schema: {
      summary: 'The verifier key of the log (signed-note vkey format)',
      description: '`<name>+<key id>+<base64 of 0x01 ‖ Ed25519 public key>`, `text/plain`.',
      tags,
      response: { 200: Type.String({ description: 'text/plain; charset=utf-8' }) },
    },
  }),
  state: defineRoute({
    method: 'GET',
    url: '/api/v1/transparency',
    access: 'public',
    schema: {
      summary: 'Where the log stands: origin, key, latest checkpoint, entries waiting',
      tags,
      response: { 200: LogStateSchema },
    },
  }),
  inclusionProof: defineRoute({
    method: 'GET',
    url: '/api/v1/transparency/proofs/inclusion',
    access: 'public',
    errors: ['transparency.beyond_tree', 'transparency.empty_log'],
    schema: {
      summary: 'An inclusion proof of one entry (RFC 9162), with the entry',
      description:
        'For clients that do not read tiles. `treeSize` must not exceed the latest checkpoint; verify the proof against that checkpoint’s root hash.',
      tags,
      querystring: InclusionProofQuerySchema,
      response: { 200: InclusionProofSchema },
    },
  }),
  consistencyProof: defineRoute({
    method: 'GET',
    url: '/api/v1/transparency/proofs/consistency',
    access: 'public',
    errors: ['transparency.beyond_tree', 'transparency.empty_log'],
    schema: {
      summary: 'A consistency proof between two tree sizes (RFC 9162)',
      description: 'Proves the log at `to` extends the log at `from`: nothing before `from` was changed.',
      tags,
      querystring: ConsistencyProofQuerySchema,
      response: { 200: ConsistencyProofSchema },
    },
  }),
  trackedLog: defineRoute({
    method: 'GET',
    url: '/api/v1/track/:registrationNo/log',
    access: 'public',
    errors: ['tracking.not_found', 'transparency.empty_log', 'rate_limited'],
    schema: {
      summary: "An application's entries in the transparency log, with their proofs (public)",
      description:
        'The same tracking code as `/track`, the same answer for a wrong code as for an unknown number, the same rate limit. Every change of the file that is in the latest checkpoint, oldest first, each with its inclusion proof against that checkpoint: verify the checkpoint with `/transparency/vkey` and the proofs against its root hash, and nobody — the office included — can have rewritten what the entries say. Entries hold no personal data.',
      tags,
      params: TrackParamsSchema,
      querystring: TrackedLogQuerySchema,
      response: { 200: EntryProofsSchema },
    },
  }),
  applicationLog: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/log',
    access: ['applicant', ...fileReaderRoles],
    errors: ['applications.not_found', 'applications.not_assigned', 'transparency.empty_log'],
    schema: {
      summary: "An application's entries in the transparency log, with their proofs",
      description: 'As `/track/{registrationNo}/log`, for the applicant and the officers who may open the file.',
      tags,
      params: ApplicationIdParamsSchema,
      querystring: EntryPageQuerySchema,
      response: { 200: EntryProofsSchema },
    },
  }),
  verify: defineRoute({
    method: 'POST',
    url: '/api/v1/transparency/verify',
    access: oversightRoles,
    errors: ['transparency.verify_running'],
    schema: {
      summary: "The auditor's check of the whole log",
      description:
        'Checks the deployment’s whole log, every office’s entries. Recomputes every entry from the audit table, the tree and every checkpoint signature, and the consistency of successive checkpoints — what `pnpm audit:verify` does — and names the first broken entry or checkpoint. Optionally compares with checkpoints a witness saved. One check at a time: another request meanwhile gets 409 `transparency.verify_running`.',
      tags,
      body: Type.Object(
        {
          witnessCheckpoints: Type.Optional(
            Type.Array(Text({ maxLength: 20_000, multiline: true }), {
              maxItems: 100,
              description: 'Checkpoints (signed notes) a witness or anyone saved earlier, to compare with',
            }),
          ),
        },
        { additionalProperties: false },
      ),
      response: { 200: LogVerificationSchema },
    },
  }),
}
