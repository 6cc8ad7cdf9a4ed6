import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadPermitKeys } from '../modules/permits/permit-keys.ts'
import { loadLogKey } from '../modules/transparency/log-key.ts'
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

  it('gives them one permit signing key and one transparency log key too', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pintu-secret-'))
    const permitKeys = await Promise.all(Array.from({ length: 6 }, () => loadPermitKeys(dir!)))
    expect(new Set(permitKeys.map((k) => k.keyId)).size).toBe(1)
    const origin = 'pintu.test/api/v1/transparency/log'
    const logKeys = await Promise.all(Array.from({ length: 6 }, () => loadLogKey(dir!, origin)))
    expect(new Set(logKeys.map((k) => k.vkey)).size).toBe(1)
    expect((await readdir(dir)).sort()).toEqual(['permit-signing-key.pem', 'transparency-log.key'])
  })

  it('prefers the configured secret', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pintu-secret-'))
    expect(await persistentSecret(dir, 'jwt-secret', 'configured-secret')).toBe('configured-secret')
    expect(await readdir(dir)).toEqual([])
  })
})
