import { canonicalJson, type EntryProofs } from '@pintu/contract'
import { checkEntryProofs, hasher, loadVerifier } from '@pintu/tlog/node'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'
import { TEST_LOG_ORIGIN } from './support/test-log-key.ts'

// One application's entries in the transparency log, with their proofs: for the applicant by
// tracking code, for the applicant and officers by id, and for a permit on its verification page.
let t: TestApp
let h: ReturnType<typeof applicationHelpers>
let team: Awaited<ReturnType<typeof officerCrew>>
let applicant: Awaited<ReturnType<TestApp['account']>>
let app: { id: string; registrationNo: string; trackingCode: string }

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers })
const trackedLog = (registrationNo: string, code: string, query = '') =>
  get(`/api/v1/track/${encodeURIComponent(registrationNo)}/log?code=${code}${query}`)

/** The check a browser makes: the log's key from /vkey, the proofs against the checkpoint. */
async function check(proofs: EntryProofs) {
  const vkey = (await get('/api/v1/transparency/vkey')).body.trim()
  return checkEntryProofs(hasher, { log: await loadVerifier(vkey), origin: TEST_LOG_ORIGIN }, proofs)
}
const actions = (proofs: EntryProofs) => proofs.entries.map((e) => (JSON.parse(e.entry) as { action: string }).action)

beforeAll(async () => {
  t = await createTestApp()
  h = applicationHelpers(t)
  team = await officerCrew(t)
  applicant = await t.account(['applicant'])
  const draft = await h.readyDraft(applicant, 'SKP')
  const submitted = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json()
  app = { id: draft.id, ...submitted.receipt }
  // Other files' changes in between, so the application's entries are not simply the whole log.
  await h.readyDraft(await t.account(['applicant']), 'SKP')
  await t.app.integrateLog()
})
afterAll(async () => t?.close())

describe("an application's entries in the transparency log", () => {
  it('are served to whoever holds the tracking code, each proven against the signed checkpoint', async () => {
    const res = await trackedLog(app.registrationNo, app.trackingCode)
    expect(res.statusCode).toBe(200)
    const proofs = res.json<EntryProofs>()
    expect(actions(proofs)).toEqual(expect.arrayContaining(['application.created', 'application.submit']))
    expect(actions(proofs)).toContain('application.document_uploaded')
    expect(proofs).toMatchObject({ pending: 0, next: null })
    const checked = await check(proofs)
    expect(checked).toMatchObject({ ok: true, treeSize: proofs.treeSize })
    expect(checked.entries).toHaveLength(proofs.entries.length)
  })

  it('answers a wrong tracking code exactly as an unknown registration number, and bad input with 400', async () => {
    const wrong = await trackedLog(app.registrationNo, 'WRONGCODE2')
    const unknown = await trackedLog('REG-2026-999999', app.trackingCode)
    expect(wrong.statusCode).toBe(404)
    expect(wrong.json().error.code).toBe('tracking.not_found')
    const { requestId: _a, ...wrongError } = wrong.json().error
    const { requestId: _b, ...unknownError } = unknown.json().error
    expect(unknownError).toEqual(wrongError)
    for (const query of ['&after=-1', '&after=x', '&extra=1']) {
      const res = await trackedLog(app.registrationNo, app.trackingCode, query)
      expect(res.statusCode).toBe(400)
    }
    expect((await get(`/api/v1/track/${app.registrationNo}/log`)).statusCode).toBe(400)
  })

  it('shows the file to its applicant and to officers who may open it, and to nobody else', async () => {
    const byId = (who: { headers: Record<string, string> }) => get(`/api/v1/applications/${app.id}/log`, who.headers)
    const own = await byId(applicant)
    expect(own.statusCode).toBe(200)
    const tracked = (await trackedLog(app.registrationNo, app.trackingCode)).json<EntryProofs>()
    expect(own.json<EntryProofs>().entries).toEqual(tracked.entries)
    expect((await byId(await t.account(['applicant']))).statusCode).toBe(404)
    expect((await byId(team.crew.auditor!)).statusCode).toBe(200)
    expect((await get(`/api/v1/applications/${app.id}/log`)).statusCode).toBe(401)
  })

  it('says how many of its changes are not in the checkpoint yet, and pages past a hundred', async () => {
    const officer = team.byId(await h.assigneeId(app.id))!
    const version = (await h.get(applicant, app.id)).json().version
    expect((await h.act(officer, app.id, 'accept', { version })).statusCode).toBe(200)
    const waiting = (await trackedLog(app.registrationNo, app.trackingCode)).json<EntryProofs>()
    expect(waiting.pending).toBeGreaterThan(0)
    await t.app.integrateLog()
    const all = (await trackedLog(app.registrationNo, app.trackingCode)).json<EntryProofs>()
    expect(all.pending).toBe(0)
    expect(actions(all)).toContain('application.accept')
    const after = all.entries[1]!.index
    const rest = (await trackedLog(app.registrationNo, app.trackingCode, `&after=${after}`)).json<EntryProofs>()
    expect(rest.entries.map((e) => e.index)).toEqual(all.entries.slice(2).map((e) => e.index))
  })

  it('is caught when the server hands out an entry that is not the one the log holds', async () => {
    const proofs = (await trackedLog(app.registrationNo, app.trackingCode)).json<EntryProofs>()
    const rewritten = proofs.entries[0]!.entry.replace('application.created', 'application.withdraw')
    const forged = { ...proofs, entries: [{ ...proofs.entries[0]!, entry: rewritten }] }
    expect(await check(forged)).toMatchObject({ ok: false, problem: 'entry_not_included' })
  })
})

describe("a permit's verification", () => {
  it('carries its issuance entry, committing to the SHA-256 of exactly the signed data, with a proof', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    let current = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    for (const action of ['accept', 'approve', 'sign']) {
      const officer = team.byId(await h.assigneeId(draft.id))!
      current = (await h.act(officer, draft.id, action, { version: current.version })).json().application
    }
    const own = (await get(`/api/v1/applications/${draft.id}/permit`, applicant.headers)).json()
    const verifyUrl = `/api/v1/permits/${encodeURIComponent(own.permit.number)}/verify`
    // Before the sequencer's next round the permit is recorded but not yet in a checkpoint.
    expect((await get(verifyUrl)).json().log).toMatchObject({ entries: [], pending: 1 })
    await t.app.integrateLog()
    const verification = (await get(verifyUrl)).json()
    expect(verification.log.entries).toHaveLength(1)
    const entry = JSON.parse(verification.log.entries[0].entry)
    expect(entry).toMatchObject({ action: 'permit.issued', details: { number: own.permit.number } })
    expect(entry.details.sha256).toBe(createHash('sha256').update(canonicalJson(own.permit)).digest('hex'))
    expect(await check(verification.log)).toMatchObject({ ok: true })
  })
})

describe("the auditor's check over HTTP", () => {
  const verify = (headers: Record<string, string>, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/transparency/verify', headers, payload })

  it('runs for auditors and supervisors only, and reports a clean log', async () => {
    const res = await verify(team.crew.auditor!.headers)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ findings: [], checkpoints: expect.any(Number) })
    expect(res.json().treeSize).toBeGreaterThan(10)
    expect((await verify(applicant.headers)).statusCode).toBe(403)
    expect((await verify(team.crew.frontdesk1!.headers)).statusCode).toBe(403)
  })

  it('runs one check at a time: the same request sent ten times at once is answered, never queued', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => verify(team.crew.auditor!.headers)))
    const codes = results.map((r) => r.statusCode)
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(1)
    expect(codes.every((c) => c === 200 || c === 409)).toBe(true)
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(r.json().error.code).toBe('transparency.verify_running')
  })

  it('names a saved checkpoint that is not the log’s, and refuses malformed bodies', async () => {
    const res = await verify(team.crew.auditor!.headers, { witnessCheckpoints: ['not a signed note'] })
    expect(res.statusCode).toBe(200)
    expect(res.json().findings.map((f: { kind: string }) => f.kind)).toEqual(['checkpoint_bad_signature'])
    for (const bad of [{ witnessCheckpoints: 'x' }, { witnessCheckpoints: [1] }, { other: true }]) {
      expect((await verify(team.crew.auditor!.headers, bad)).statusCode).toBe(400)
    }
  })
})
