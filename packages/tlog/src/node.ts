// @pintu/tlog/node: the core over node:crypto (server, witness, CLI). Never import from browsers.
import { hash } from 'node:crypto'
import { createMerkleHasher, type Sha256 } from './hasher.ts'

export * from './index.ts'

const asUint8Array = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

export const sha256: Sha256 = (data) => asUint8Array(hash('sha256', data, 'buffer'))
export const hasher = createMerkleHasher(sha256)
