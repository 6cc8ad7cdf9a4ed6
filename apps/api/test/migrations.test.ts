import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const apiDir = fileURLToPath(new URL('..', import.meta.url))

describe('migrations', () => {
  it('the committed migrations match the Drizzle tables (regenerating adds nothing)', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'pintu-drift-'))
    try {
      await cp(path.join(apiDir, 'src/db/migrations'), out, { recursive: true })
      const before = await readdir(out)
      const { stdout } = await promisify(execFile)(
        path.join(apiDir, 'node_modules/.bin/drizzle-kit'),
        ['generate', '--dialect', 'postgresql', '--schema', './src/db/schema.ts', '--out', out],
        { cwd: apiDir, timeout: 60_000 },
      )
      expect(await readdir(out), stdout).toEqual(before)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  }, 90_000)
})
