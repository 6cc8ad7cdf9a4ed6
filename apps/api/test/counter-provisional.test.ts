import type { ServiceDefinition } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { createPublicKey, randomUUID, verify } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fillCounterDraft, officerCrew } from './support/applications.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/** An Ed25519 public key from its raw 32 bytes: the fixed SPKI header and the key. */
const ed25519Key = (raw: string) =>
  createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(raw, 'base64')]),
    format: 'der',
    type: 'spki',
  })

/** Provisional receipts (issue 13 item 2): numbers the counter prints while the API cannot be reached. */
describe('provisional receipt numbers for the offline counter', () => {
  let t: TestApp
  let desk: Account
  let otherDesk: Account
  let n = 0
  const nextNik = () => `327301450890${String(6000 + ++n).slice(-4)}`

  beforeAll(async () => {
    t = await createTestApp()
    const team = await officerCrew(t)
    desk = team.crew.frontdesk1!
    otherDesk = team.crew.frontdesk2!
  })
  afterAll(() => t.close())

  const call = (who: Account, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, key?: string) =>
    t.app.inject({ method, url, headers: { ...who.headers, ...(key && { 'idempotency-key': key }) }, payload })
  const allocate = (who: Account, deviceId: string, count?: number) =>
    call(who, 'POST', '/api/v1/counter/provisional-ranges', { deviceId, ...(count !== undefined && { count }) })
  async function applicant(): Promise<string> {
    const nik = nextNik()
    const res = await call(desk, 'POST', '/api/v1/counter/applicants', {
      nik,
      fullName: 'Budi Tanpa Jaringan',
      email: `offline-${nik}@contoh.id`,
      phone: '081234567002',
      passwordChannel: 'email',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json().id
  }
  const create = (who: Account, applicantId: string, extra: object, key?: string) =>
    call(
      who,
      'POST',
      '/api/v1/counter/applications',
      { applicantId, serviceCode: 'SKP', applicationKind: 'baru', ...extra },
      key,
    )
  const countFor = async (applicantId: string) =>
    Number(
      (
        await queryRows<{ n: number }>(
          t.db,
          sql`select count(*)::int as n from applications where applicant_id = ${applicantId}`,
        )
      )[0]!.n,
    )
  const track = (no: string, code: string) => t.app.inject({ method: 'GET', url: `/api/v1/track/${no}?code=${code}` })

  async function submitDraft(officer: Account, draft: { id: string; version: number; service: ServiceDefinition }) {
    const ready = await fillCounterDraft(t, officer, draft)
    const res = await call(officer, 'POST', `/api/v1/counter/applications/${ready.id}/submit`, {
      version: ready.version,
    })
    expect(res.statusCode, res.body).toBe(200)
    return res.json().receipt as { registrationNo: string; trackingCode: string }
  }

  it('allocates non-overlapping ranges to a device, signed so anyone can check them offline', async () => {
    const deviceId = randomUUID()
    const first = await allocate(desk, deviceId)
    expect(first.statusCode, first.body).toBe(201)
    const range = first.json()
    const year = new Date().getUTCFullYear()
    expect(range).toMatchObject({ deviceId, officerId: desk.user.id, first: 1, last: 50 })
    expect(range.prefix).toMatch(new RegExp(`^SEM-(${year}|${year + 1})-${deviceId.slice(0, 6).toUpperCase()}-$`))
    expect(JSON.parse(range.signed)).toMatchObject({
      deviceId,
      first: 1,
      last: 50,
      prefix: range.prefix,
      office: t.office.code,
    })
    expect(
      verify(null, Buffer.from(range.signed), ed25519Key(range.publicKey), Buffer.from(range.signature, 'base64')),
    ).toBe(true)
    // A changed range does not verify.
    const forged = range.signed.replace('"last":50', '"last":500')
    expect(verify(null, Buffer.from(forged), ed25519Key(range.publicKey), Buffer.from(range.signature, 'base64'))).toBe(
      false,
    )

    const next = (await allocate(desk, deviceId, 10)).json()
    expect(next).toMatchObject({ first: 51, last: 60, prefix: range.prefix, publicKey: range.publicKey })
    const [entry] = await queryRows<{ actor_id: string; actor_role: string; details: Record<string, unknown> }>(
      t.db,
      sql`select actor_id, actor_role, details from audit_log where action = 'counter.range_allocated' and entity_id = ${range.id}`,
    )
    expect(entry).toMatchObject({
      actor_id: desk.user.id,
      actor_role: 'frontdesk',
      details: { deviceId, first: 1, last: 50 },
    })
  })

  it('links a provisional number to the application once; tracking answers for it with the real number', async () => {
    const range = (await allocate(desk, randomUUID())).json()
    const number = `${range.prefix}001`
    const applicantId = await applicant()
    const created = await create(
      desk,
      applicantId,
      { provisionalNo: number, provisionalCode: 'ABCDEFGH23' },
      randomUUID(),
    )
    expect(created.statusCode, created.body).toBe(201)
    // Not sent yet (a draft): like an unknown number.
    expect((await track(number, 'ABCDEFGH23')).statusCode).toBe(404)
    const receipt = await submitDraft(desk, created.json())
    const tracked = await track(number, 'abcdefgh23')
    expect(tracked.statusCode, tracked.body).toBe(200)
    expect(tracked.json()).toMatchObject({ registrationNo: receipt.registrationNo, channel: 'counter' })
    expect((await track(receipt.registrationNo, receipt.trackingCode)).json().registrationNo).toBe(
      receipt.registrationNo,
    )
    const wrong = await track(number, 'ABCDEFGH22')
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([404, 'tracking.not_found'])
    const [created_] = await queryRows<{ details: Record<string, unknown> }>(
      t.db,
      sql`select details from audit_log where action = 'application.created' and entity_id = ${created.json().id}`,
    )
    expect(created_!.details.provisionalNo).toBe(number)
  })

  it('refuses bad, unallocated, foreign and used provisional numbers with stable codes, creating nothing', async () => {
    const range = (await allocate(desk, randomUUID(), 5)).json()
    const foreign = (await allocate(otherDesk, randomUUID(), 5)).json()
    const applicantId = await applicant()
    const attempt = async (extra: object) => {
      const res = await create(desk, applicantId, extra, randomUUID())
      return [res.statusCode, res.json().error?.code]
    }
    const code = { provisionalCode: 'ZZZZZZZZ22' }
    expect(await attempt({ provisionalNo: 'SEM-2026-XYZ-001', ...code })).toEqual([400, 'request.invalid'])
    expect(await attempt({ provisionalNo: `${range.prefix}001` })).toEqual([400, 'request.invalid'])
    expect(await attempt({ provisionalNo: `${range.prefix}006`, ...code })).toEqual([
      422,
      'counter.provisional_unknown',
    ])
    expect(await attempt({ provisionalNo: `${range.prefix}0001`, ...code })).toEqual([
      422,
      'counter.provisional_unknown',
    ])
    expect(await attempt({ provisionalNo: `${foreign.prefix}001`, ...code })).toEqual([
      422,
      'counter.provisional_unknown',
    ])
    expect(await countFor(applicantId)).toBe(0)
    expect(await attempt({ provisionalNo: `${range.prefix}002`, ...code })).toEqual([201, undefined])
    expect(await attempt({ provisionalNo: `${range.prefix}002`, ...code })).toEqual([409, 'counter.provisional_used'])
    expect(await countFor(applicantId)).toBe(1)
  })

  it('creates exactly one application when the same intake is sent ten times at once', async () => {
    const range = (await allocate(desk, randomUUID())).json()
    const applicantId = await applicant()
    const key = randomUUID()
    const body = { provisionalNo: `${range.prefix}003`, provisionalCode: 'QWERTYUP23' }
    const answers = await Promise.all(Array.from({ length: 10 }, () => create(desk, applicantId, body, key)))
    for (const res of answers) expect([201, 409], res.body).toContain(res.statusCode)
    const ids = new Set(answers.filter((r) => r.statusCode === 201).map((r) => r.json().id))
    expect(ids.size).toBe(1)
    expect(await countFor(applicantId)).toBe(1)
    // Sending again later replays the same draft.
    const again = await create(desk, applicantId, body, key)
    expect([again.statusCode, again.json().id]).toEqual([201, [...ids][0]])
    expect(await countFor(applicantId)).toBe(1)
  })

  it('is for frontdesk officers only', async () => {
    const res = await allocate(otherDesk, randomUUID(), 0)
    expect(res.statusCode).toBe(400)
    const approver = await t.account(['approver'])
    expect((await allocate(approver, randomUUID())).statusCode).toBe(403)
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/counter/provisional-ranges',
          payload: { deviceId: randomUUID() },
        })
      ).statusCode,
    ).toBe(401)
  })
})
