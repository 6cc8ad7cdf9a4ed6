/** The transparency log: C2SP tlog-tiles resources, the log's verifier key and JSON proofs. */
import { Type } from 'typebox'
import { defineRoute } from '../route.ts'
import {
  ConsistencyProofQuerySchema,
  ConsistencyProofSchema,
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
        'The signed tree head, `text/plain; charset=utf-8`, as C2SP tlog-tiles serves it: origin, tree size, base64 root hash, then the Ed25519 signature of the log and the cosignatures of the witnesses that cosigned it. Cached for a few seconds only.',
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
}
