// One transparency log per cell (issue 16 item 4): a deployment serving two offices publishes one
// tree, one checkpoint and one set of tiles, each entry naming its office, while the file routes
// still show a caller only their own office's files.
import type { EntryProofs } from '@pintu/contract'
import { checkEntryProofs, hasher, loadVerifier, openNote, parseEntryBundle } from '@pintu/tlog/node'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers } from './support/applications.ts'
import { witnessNotes } from '../src/modules/transparency/witness-notes.ts'
import { loadWitnesses } from '../src/modules/transparency/witnesses.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'
import { testLogKey, TEST_LOG_ORIGIN } from './support/test-log-key.ts'
import { startWitness } from './support/witness-process.ts'

const BANDUNG = '32.73'
const MAKASSAR = '73.71'

type Account = Awaited<ReturnType<TestApp['account']>>
type Filed = { applicant: Account; id: string; registrationNo: string; trackingCode: string }

let t: TestApp
let bandung: Filed
let makassar: Filed

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers })
/** A public request routed to one office, as the citizen SPA of that office sends it. */
const at = (office: string) => ({ 'x-pintu-office': office })
const officesOf = (entries: readonly string[]) => entries.map((e) => (JSON.parse(e) as { office: string }).office)

async function file(applicant: Account): Promise<Filed> {
  const h = applicationHelpers(t)
  const draft = await h.readyDraft(applicant, 'SKP')
  const submitted = await h.act(applicant, draft.id, 'submit', { version: draft.version })
  expect(submitted.statusCode).toBe(200)
  return { applicant, id: draft.id, ...submitted.json().receipt }
}

beforeAll(async () => {
  t = await createTestApp({ otherOffices: [MAKASSAR] })
  bandung = await file(await t.account(['applicant'], { fullName: 'Pemohon Bandung' }))
  makassar = await file(await t.account(['applicant'], { office: t.otherOffices[0]!, fullName: 'Pemohon Makassar' }))
  await t.app.integrateLog()
}, 120_000)
afterAll(async () => t?.close())

describe('one transparency log per cell', () => {
  it('integrates both offices’ changes as leaves of one tree, each naming its office', async () => {
    const [{ changes }] = (await queryRows<{ changes: number }>(
      t.db,
      sql`select count(*)::int as changes from outbox`,
    )) as [{ changes: number }]
    const state = (await get('/api/v1/transparency', at(BANDUNG))).json<{ treeSize: number; pending: number }>()
    expect(state).toMatchObject({ treeSize: changes, pending: 0 })
    // Every change of the cell is in the one tree, at its own position.
    const byOffice = await queryRows<{ code: string; logged: number; recorded: number }>(
      t.db,
      sql`select o.code, count(e.position)::int as logged, count(*)::int as recorded
          from outbox x join offices o on o.id = x.office_id
          left join transparency_entries e on e.audit_id = x.audit_id
          group by o.code order by o.code`,
    )
    expect(byOffice).toEqual([
      { code: BANDUNG, logged: expect.any(Number), recorded: expect.any(Number) },
      { code: MAKASSAR, logged: expect.any(Number), recorded: expect.any(Number) },
    ])
    for (const row of byOffice) expect(row.logged).toBe(row.recorded)

    const width = state.treeSize % 256 || 256
    const bundle = await get(`/api/v1/transparency/log/tile/entries/000${width < 256 ? `.p/${width}` : ''}`)
    expect(bundle.statusCode).toBe(200)
    const entries = parseEntryBundle(new Uint8Array(bundle.rawPayload), width)!.map((e) => new TextDecoder().decode(e))
    expect(new Set(officesOf(entries))).toEqual(new Set([BANDUNG, MAKASSAR]))
  })

  it('signs one checkpoint covering both offices, served the same through either office', async () => {
    const notes = await Promise.all(
      [BANDUNG, MAKASSAR].map(async (office) => (await get('/api/v1/transparency/log/checkpoint', at(office))).body),
    )
    expect(notes[0]).toBe(notes[1])
    expect(notes[0]!.split('\n')[0]).toBe(TEST_LOG_ORIGIN)
    const [{ checkpoints }] = (await queryRows<{ checkpoints: number }>(
      t.db,
      sql`select count(*)::int as checkpoints from transparency_checkpoints`,
    )) as [{ checkpoints: number }]
    expect(checkpoints).toBe(1)
    const vkeys = await Promise.all(
      [BANDUNG, MAKASSAR].map(async (office) => (await get('/api/v1/transparency/vkey', at(office))).body),
    )
    expect(vkeys[0]).toBe(vkeys[1])
  })

  it('serves identical tiles through either office’s routing', async () => {
    const { treeSize } = (await get('/api/v1/transparency')).json<{ treeSize: number }>()
    const width = treeSize % 256 || 256
    const suffix = width < 256 ? `.p/${width}` : ''
    for (const path of [`tile/0/000${suffix}`, `tile/entries/000${suffix}`]) {
      const [a, b] = await Promise.all(
        [BANDUNG, MAKASSAR].map((office) => get(`/api/v1/transparency/log/${path}`, at(office))),
      )
      expect(a!.statusCode).toBe(200)
      expect(Buffer.compare(a!.rawPayload, b!.rawPayload)).toBe(0)
    }
  })

  it('shows each applicant their own file’s entries, proven against the cell’s tree', async () => {
    const vkey = (await get('/api/v1/transparency/vkey')).body.trim()
    const log = { log: await loadVerifier(vkey), origin: TEST_LOG_ORIGIN }
    for (const [filed, code] of [
      [bandung, BANDUNG],
      [makassar, MAKASSAR],
    ] as const) {
      const res = await get(`/api/v1/applications/${filed.id}/log`, filed.applicant.headers)
      expect(res.statusCode).toBe(200)
      const proofs = res.json<EntryProofs>()
      expect(proofs.entries.length).toBeGreaterThan(0)
      expect(new Set(officesOf(proofs.entries.map((e) => e.entry)))).toEqual(new Set([code]))
      expect(await checkEntryProofs(hasher, log, proofs)).toMatchObject({ ok: true })
    }
  })

  it('gives the two offices’ applicants distinct pseudonyms, never their account ids', async () => {
    const actorsOf = async (filed: Filed) => {
      const proofs = (await get(`/api/v1/applications/${filed.id}/log`, filed.applicant.headers)).json<EntryProofs>()
      const entries = proofs.entries.map((e) => JSON.parse(e.entry) as { actor: { role: string; id: string | null } })
      return new Set(entries.filter((e) => e.actor.role === 'applicant').map((e) => e.actor.id))
    }
    const [inBandung, inMakassar] = [await actorsOf(bandung), await actorsOf(makassar)]
    expect(inBandung.size).toBe(1)
    expect(inMakassar.size).toBe(1)
    const [a] = [...inBandung]
    const [b] = [...inMakassar]
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(a).not.toBe(b)
    for (const id of [bandung.applicant.user.id, makassar.applicant.user.id]) expect([a, b]).not.toContain(id)
  })

  it('never lists one office’s entries to an applicant or a tracking code of the other', async () => {
    // Makassar's applicant asks for Bandung's file: routed to Makassar, it is not there.
    const routed = await get(`/api/v1/applications/${bandung.id}/log`, makassar.applicant.headers)
    expect(routed.statusCode).toBe(404)
    // Named at Bandung, the Makassar token is refused there.
    const named = await get(`/api/v1/applications/${bandung.id}/log`, {
      ...makassar.applicant.headers,
      ...at(BANDUNG),
    })
    expect([401, 403]).toContain(named.statusCode)
    // Bandung's tracking code opens nothing through Makassar.
    const tracked = await get(
      `/api/v1/track/${encodeURIComponent(bandung.registrationNo)}/log?code=${bandung.trackingCode}`,
      at(MAKASSAR),
    )
    expect(tracked.statusCode).toBe(404)
    expect(tracked.json().error.code).toBe('tracking.not_found')
    for (const res of [routed, named, tracked]) expect(res.body).not.toContain(bandung.id)
  })

  it('verifies the whole cell’s log clean', async () => {
    expect(await t.app.verifyLog()).toMatchObject({ findings: [] })
    expect(await t.app.offices.get(MAKASSAR)!.verifyLog()).toMatchObject({ findings: [] })
  })
})

describe('the cell’s witnesses', { timeout: 180_000 }, () => {
  // Another cell acting as witness (apps/witness on loopback) for a two-office deployment.
  let cell: TestApp
  let witness: Awaited<ReturnType<typeof startWitness>>

  beforeAll(async () => {
    const logKey = await testLogKey()
    witness = await startWitness('witness.other-cell.test', { origin: TEST_LOG_ORIGIN, vkey: logKey.vkey })
    cell = await createTestApp({
      otherOffices: [MAKASSAR],
      logKey,
      witnesses: { list: await loadWitnesses([witness]), quorum: 1 },
    })
    const h = applicationHelpers(cell)
    await h.readyDraft(await cell.account(['applicant']), 'SKP')
    await h.readyDraft(await cell.account(['applicant'], { office: cell.otherOffices[0]! }), 'SKP')
    // Either office's handle runs the same cell log.
    await cell.app.offices.get(MAKASSAR)!.integrateLog()
    await cell.app.offices.get(BANDUNG)!.integrateLog()
  }, 180_000)
  afterAll(async () => {
    await cell?.close()
    await witness?.stop()
  })

  it('cosign the cell’s one series of checkpoints (one per size), served through either office', async () => {
    const [{ checkpoints }] = (await queryRows<{ checkpoints: number }>(
      cell.db,
      sql`select count(*)::int as checkpoints from transparency_checkpoints`,
    )) as [{ checkpoints: number }]
    const cosigned = witnessNotes(await witness.cosigned())
    expect(cosigned).toHaveLength(checkpoints)
    const verifiers = [await loadVerifier(witness.vkey)]
    for (const office of [BANDUNG, MAKASSAR]) {
      const note = (
        await cell.app.inject({ method: 'GET', url: '/api/v1/transparency/log/checkpoint', headers: at(office) })
      ).body
      expect((await openNote(note, verifiers)).verified.map((v) => v.name)).toEqual(['witness.other-cell.test'])
    }
  })
})
