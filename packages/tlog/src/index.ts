// @pintu/tlog: the platform-neutral core. Pick SHA-256 and Ed25519 from @pintu/tlog/node or
// @pintu/tlog/browser (both re-export everything here).
export * from './bytes.ts'
export * from './hasher.ts'
export * from './tree-math.ts'
export * from './merkle.ts'
export * from './proofs.ts'
export * from './verify.ts'
export * from './memory-tree.ts'
export * from './tiles.ts'
export * from './bundles.ts'
export * from './integrate.ts'
export * from './tile-reader.ts'
