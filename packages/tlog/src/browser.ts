// @pintu/tlog/browser: the core over @noble/hashes SHA-256 (synchronous, pure JS). Imports nothing
// from Node.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js'
import { createMerkleHasher, type Sha256 } from './hasher.ts'

export * from './index.ts'

export const sha256: Sha256 = (data) => nobleSha256(data)
export const hasher = createMerkleHasher(sha256)
