import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { persistentSecret } from './secrets.ts'

describe('persistentSecret', () => {
  let dir: string | undefined
  afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined))

  it('gives processes starting at once on one data directory the same secret, written whole', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pintu-secret-'))
    const secrets = await Promise.all(Array.from({ length: 12 }, () => persistentSecret(dir!, 'jwt-secret')))
    expect(new Set(secrets).size).toBe(1)
    expect(secrets[0]).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect(await readdir(dir)).toEqual(['jwt-secret'])
    expect((await stat(path.join(dir, 'jwt-secret'))).mode & 0o777).toBe(0o600)
    expect(await persistentSecret(dir, 'jwt-secret')).toBe(secrets[0])
  })

  it('prefers the configured secret', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pintu-secret-'))
    expect(await persistentSecret(dir, 'jwt-secret', 'configured-secret')).toBe('configured-secret')
    expect(await readdir(dir)).toEqual([])
  })
})
