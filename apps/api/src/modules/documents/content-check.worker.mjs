// A worker starts as plain Node, without the TypeScript loader its parent may have (vitest, or
// tsx's hooks, which Node 20 does not carry into workers): register tsx, then load the worker.
import { register } from 'tsx/esm/api'

register()
await import('./content-check.worker.ts')
