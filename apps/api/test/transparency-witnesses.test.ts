// Two real witnesses (apps/witness) on loopback: every checkpoint goes to both, their cosignatures
// are served with it, and a log that rewrites its history cannot get them to cosign again.
import { loadVerifier, openNote } from '@pintu/tlog/node'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { witnessNotes } from '../src/modules/transparency/witness-notes.ts'
import { loadWitnesses } from '../src/modules/transparency/witnesses.ts'
import { applicationHelpers } from './support/applications.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'
import { testLogKey, TEST_LOG_ORIGIN } from './support/test-log-key.ts'
import { startWitness } from './support/witness-process.ts'

let t: TestApp
const clock = createTestClock()
let witnesses: Awaited<ReturnType<typeof startWitness>>[]
const checkpoint = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/transparency/log/checkpoint' })).body
const state = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/transparency' })).json()

beforeAll(async () => {
  const logKey = await testLogKey()
  witnesses = await Promise.all(
    ['w1.pintu.test', 'w2.pintu.test'].map((name) =>
      startWitness(name, { origin: TEST_LOG_ORIGIN, vkey: logKey.vkey }),
    ),
  )
  t = await createTestApp({
    clock,
    logKey,
    witnesses: { list: await loadWitnesses(witnesses), quorum: 2 },
  })
  await applicationHelpers(t).readyDraft(await t.account(['applicant']), 'SKP')
  await t.app.integrateLog()
}, 180_000)
afterAll(async () => {
  await t?.close()
  await Promise.all((witnesses ?? []).map((w) => w.stop()))
})

describe('witnesses (C2SP tlog-witness)', { timeout: 180_000 }, () => {
  it('serves the checkpoint with both witnesses’ verified cosignatures, and says so', async () => {
    const note = await checkpoint()
    const verifiers = await Promise.all([
      loadVerifier((await t.app.inject({ method: 'GET', url: '/api/v1/transparency/vkey' })).body.trim()),
      ...witnesses.map((w) => loadVerifier(w.vkey)),
    ])
    const opened = await openNote(note, verifiers)
    expect(opened.verified.map((s) => s.name).sort()).toEqual([TEST_LOG_ORIGIN, 'w1.pintu.test', 'w2.pintu.test'])
    const now = await state()
    expect(now).toMatchObject({ quorum: 2, cosignatures: 2 })
    expect(now.witnesses).toEqual([
      expect.objectContaining({ name: 'w1.pintu.test', treeSize: now.treeSize }),
      expect.objectContaining({ name: 'w2.pintu.test', treeSize: now.treeSize }),
    ])
  })

  it('sends each later checkpoint with a consistency proof from the size each witness last cosigned', async () => {
    const before = (await state()).treeSize
    await applicationHelpers(t).readyDraft(await t.account(['applicant']), 'SKP')
    await t.app.integrateLog()
    const after = await state()
    expect(after.treeSize).toBeGreaterThan(before)
    expect(after.cosignatures).toBe(2)
    for (const witness of witnesses) {
      expect(witnessNotes(await witness.cosigned()).map((n) => n.split('\n')[1])).toEqual([
        expect.any(String),
        String(after.treeSize),
      ])
    }
  })

  it('sends the unchanged checkpoint again once its cosignatures are five minutes old, and serves the fresh ones', async () => {
    const before = await state()
    clock.advance(4 * 60_000)
    await t.app.integrateLog()
    expect((await state()).witnesses).toEqual(before.witnesses)
    clock.advance(2 * 60_000)
    await t.app.integrateLog()
    const after = await state()
    expect(after.treeSize).toBe(before.treeSize)
    for (const [i, witness] of after.witnesses.entries()) {
      expect(witness.treeSize).toBe(before.treeSize)
      expect(Date.parse(witness.cosignedAt)).toBeGreaterThan(Date.parse(before.witnesses[i].cosignedAt))
    }
    const cosignatureLines = (note: string) => note.split('\n').filter((line) => line.startsWith('— w'))
    expect(cosignatureLines(await checkpoint())).toHaveLength(2)
    // A repeat changes nothing the witness keeps: its record of cosigned checkpoints did not grow.
    for (const witness of witnesses) expect(witnessNotes(await witness.cosigned())).toHaveLength(2)
  })

  it('gets no cosignature for a rewritten history, and the witness’s record convicts it', async () => {
    const id = (
      (await t.db.execute(sql`select audit_id::int as id from transparency_entries where position = 1`)) as unknown as {
        rows: { id: number }[]
      }
    ).rows[0]!.id
    const tables = [
      'audit_log',
      'transparency_entries',
      'transparency_tiles',
      'transparency_bundles',
      'transparency_checkpoints',
      'transparency_cosignatures',
    ]
    for (const table of tables) await t.db.execute(sql.raw(`alter table ${table} disable trigger user`))
    await t.db.execute(sql`update audit_log set actor_role = 'system' where id = ${id}`)
    for (const table of tables.slice(1)) await t.db.execute(sql.raw(`delete from ${table}`))
    await t.db.execute(sql`delete from transparency_state`)
    for (const table of tables) await t.db.execute(sql.raw(`alter table ${table} enable trigger user`))
    await applicationHelpers(t).readyDraft(await t.account(['applicant']), 'SKP')
    await t.app.integrateLog()

    expect((await state()).cosignatures).toBe(0)
    const saved = witnessNotes(await witnesses[0]!.cosigned())
    expect((await t.app.verifyLog()).findings).toEqual([])
    expect((await t.app.verifyLog(saved)).findings.map((f) => f.kind)).toContain('history_rewritten')
  })
})
