import { hasher, loadVerifier, openNote, parseCheckpoint, verifyConsistency, verifyInclusion } from '@pintu/tlog/node'
import { fromBase64 } from '@pintu/tlog'
import { sql, type SQL } from 'drizzle-orm'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers } from './support/applications.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'
import { TEST_LOG_ORIGIN } from './support/test-log-key.ts'

// A tlog-tiles client from the spec alone (c2sp.org/tlog-tiles, RFC 9162 §2.1): nothing of
// Pintu's or of @pintu/tlog, only SHA-256, so the served log is checked by a second reading of the
// standards rather than by the code that wrote it.
const sha256 = (...parts: Uint8Array[]) => new Uint8Array(createHash('sha256').update(Buffer.concat(parts)).digest())
const leafHashOf = (entry: Uint8Array) => sha256(Uint8Array.of(0), entry)
function mth(leaves: Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return sha256()
  if (leaves.length === 1) return leaves[0]!
  let k = 1
  while (k * 2 < leaves.length) k *= 2
  return sha256(Uint8Array.of(1), mth(leaves.slice(0, k)), mth(leaves.slice(k)))
}
const indexPath = (n: number) => {
  let path = String(n % 1000).padStart(3, '0')
  for (let rest = Math.floor(n / 1000); rest > 0; rest = Math.floor(rest / 1000)) {
    path = `x${String(rest % 1000).padStart(3, '0')}/${path}`
  }
  return path
}
function splitBundle(bundle: Uint8Array): Uint8Array[] {
  const entries: Uint8Array[] = []
  for (let offset = 0; offset < bundle.length;) {
    const length = (bundle[offset]! << 8) | bundle[offset + 1]!
    entries.push(bundle.subarray(offset + 2, offset + 2 + length))
    offset += 2 + length
  }
  return entries
}

let t: TestApp
const get = (url: string) => t.app.inject({ method: 'GET', url })
const rowsOf = async <T>(query: SQL) => ((await t.db.execute(query)) as unknown as { rows: T[] }).rows
const prefix = '/api/v1/transparency/log'

/** Every entry of the log of `size`, read from the entry bundles as any client would. */
async function readEntries(size: number): Promise<Uint8Array[]> {
  const entries: Uint8Array[] = []
  for (let n = 0; n * 256 < size; n++) {
    const width = Math.min(256, size - n * 256)
    const res = await get(`${prefix}/tile/entries/${indexPath(n)}${width < 256 ? `.p/${width}` : ''}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/octet-stream')
    expect(res.headers['cache-control']).toContain('immutable')
    entries.push(...splitBundle(res.rawPayload))
  }
  return entries
}

async function latestCheckpoint() {
  const res = await get(`${prefix}/checkpoint`)
  expect(res.statusCode).toBe(200)
  expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
  const vkey = (await get('/api/v1/transparency/vkey')).body.trim()
  const opened = await openNote(res.body, [await loadVerifier(vkey)])
  return parseCheckpoint(opened.text)
}

beforeAll(async () => {
  t = await createTestApp()
  const h = applicationHelpers(t)
  const register = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      nik: '3273014508901234',
      fullName: 'Siti Rahmawati Kusuma',
      email: 'siti.kusuma@contoh.id',
      phone: '0812-9876-5432',
      password: 'teh manis hangat sekali',
    },
  })
  expect(register.statusCode).toBe(201)
  const applicant = await t.account(['applicant'])
  const draft = await h.readyDraft(applicant, 'SKP')
  expect((await h.act(applicant, draft.id, 'submit', { version: draft.version })).statusCode).toBe(200)
  await t.app.integrateLog()
})
afterAll(async () => t?.close())

describe('the transparency log (C2SP tlog-tiles)', () => {
  it('serves a checkpoint signed by the published vkey, under the configured origin', async () => {
    const checkpoint = await latestCheckpoint()
    expect(checkpoint.origin).toBe(TEST_LOG_ORIGIN)
    const [count] = await rowsOf<{ n: number }>(sql`select count(*)::int as n from outbox`)
    expect(checkpoint.size).toBe(count!.n)
    expect(checkpoint.size).toBeGreaterThan(3)
  })

  it('serves tiles and entry bundles that rebuild exactly the checkpoint root, read by a spec-only client', async () => {
    const checkpoint = await latestCheckpoint()
    const entries = await readEntries(checkpoint.size)
    expect(entries).toHaveLength(checkpoint.size)
    const leaves = entries.map(leafHashOf)
    const tile = await get(`${prefix}/tile/0/000.p/${checkpoint.size}`)
    expect(tile.statusCode).toBe(200)
    expect(Buffer.from(tile.rawPayload)).toEqual(Buffer.concat(leaves))
    expect(Buffer.from(mth(leaves))).toEqual(Buffer.from(checkpoint.rootHash))
  })

  it('puts no personal data in any entry: no NIK, name, email or phone, and actors as pseudonyms', async () => {
    const checkpoint = await latestCheckpoint()
    const text = new TextDecoder().decode(Buffer.concat(await readEntries(checkpoint.size)))
    // The phone's digits as written and run together (a bare '9876' turns up by chance in hashes and times).
    for (const secret of ['3273014508901234', 'Siti', 'Kusuma', 'siti.kusuma', '9876-5432', '98765432', '+62812']) {
      expect(text).not.toContain(secret)
    }
    const users = await rowsOf<{ id: string }>(sql`select id::text as id from users`)
    for (const { id } of users) expect(text).not.toContain(id)
    const first = JSON.parse(new TextDecoder().decode((await readEntries(checkpoint.size))[0]))
    expect(first).toMatchObject({ v: 1, office: expect.any(String), action: expect.any(String) })
  })

  it('answers inclusion and consistency proofs that verify against the signed roots', async () => {
    const before = await latestCheckpoint()
    const applicant = await t.account(['applicant'])
    await applicationHelpers(t).readyDraft(applicant, 'SKP')
    await t.app.integrateLog()
    const after = await latestCheckpoint()
    expect(after.size).toBeGreaterThan(before.size)
    for (const index of [0, before.size - 1, after.size - 1]) {
      const res = await get(`/api/v1/transparency/proofs/inclusion?index=${index}`)
      expect(res.statusCode).toBe(200)
      const proof = res.json()
      const entry = new TextEncoder().encode(proof.entry)
      expect(Buffer.from(fromBase64(proof.leafHash)!)).toEqual(Buffer.from(leafHashOf(entry)))
      const verified = verifyInclusion(hasher, {
        leafHash: leafHashOf(entry),
        index,
        size: after.size,
        proof: proof.proof.map((p: string) => fromBase64(p)!),
        root: after.rootHash,
      })
      expect(verified).toBe(true)
    }
    const res = await get(`/api/v1/transparency/proofs/consistency?from=${before.size}&to=${after.size}`)
    expect(res.statusCode).toBe(200)
    const consistent = verifyConsistency(hasher, {
      oldSize: before.size,
      newSize: after.size,
      oldRoot: before.rootHash,
      newRoot: after.rootHash,
      proof: res.json().proof.map((p: string) => fromBase64(p)!),
    })
    expect(consistent).toBe(true)
  })

  it('gives every change of many parallel transactions exactly one position: no gap, no duplicate', async () => {
    const applicants = await Promise.all(Array.from({ length: 6 }, () => t.account(['applicant'])))
    const h = applicationHelpers(t)
    await Promise.all([...applicants.map((a) => h.readyDraft(a, 'SKP')), t.app.integrateLog(), t.app.integrateLog()])
    await t.app.integrateLog()
    const rows = await rowsOf<{ changes: number; entries: number; audits: number; last: number; missing: number }>(
      sql`
        select (select count(*)::int from outbox) as changes,
               (select count(*)::int from transparency_entries) as entries,
               (select count(distinct audit_id)::int from transparency_entries) as audits,
               (select coalesce(max(position), -1)::int from transparency_entries) as last,
               (select count(*)::int from outbox o where not exists
                  (select 1 from transparency_entries e where e.audit_id = o.audit_id)) as missing`,
    )
    const { changes, entries, audits, last, missing } = rows[0]!
    expect({ entries, audits, last, missing }).toEqual({
      entries: changes,
      audits: changes,
      last: changes - 1,
      missing: 0,
    })
    expect((await latestCheckpoint()).size).toBe(changes)
  })

  it('refuses malformed tile paths (400), missing tiles (404) and sizes beyond the checkpoint (422)', async () => {
    for (const path of ['1/2/3', '0/1234', '0/000.p/256', '0/000.p/0', 'entries/x001', '64/000', '0/-1']) {
      const res = await get(`${prefix}/tile/${path}`)
      expect(res.statusCode, path).toBe(400)
      expect(res.json().error.code).toBe('transparency.bad_tile_path')
    }
    const missing = await get(`${prefix}/tile/3/x999/999`)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.code).toBe('transparency.tile_not_found')
    const size = (await latestCheckpoint()).size
    for (const url of [`proofs/inclusion?index=${size}`, `proofs/consistency?from=${size + 1}`]) {
      const res = await get(`/api/v1/transparency/${url}`)
      expect(res.statusCode, url).toBe(422)
      expect(res.json().error.code).toBe('transparency.beyond_tree')
    }
  })

  it('says where the log stands: size, root and how many changes wait', async () => {
    const state = (await get('/api/v1/transparency')).json()
    const checkpoint = await latestCheckpoint()
    expect(state).toMatchObject({ origin: TEST_LOG_ORIGIN, treeSize: checkpoint.size, pending: 0 })
    expect(fromBase64(state.rootHash)).toEqual(checkpoint.rootHash)
  })
})
