import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, databaseRefusal, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

describe('catalogue administration with dual control', () => {
  let t: TestApp
  let admin1: Account
  let admin2: Account
  beforeAll(async () => {
    t = await createTestApp()
    admin1 = await t.account(['admin'], { fullName: 'Admin Satu' })
    admin2 = await t.account(['admin'], { fullName: 'Admin Dua' })
  })
  afterAll(() => t.close())

  const call = (who: Account, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) })
  const auditActions = async () =>
    (await queryRows<{ action: string }>(t.db, sql`select action from audit_log order by id`)).map((r) => r.action)

  it('drafts a change, refuses publication by its author, publishes by a second admin', async () => {
    const draft = await call(admin1, 'POST', '/api/v1/catalogue/services/REKLAME/drafts', {})
    expect(draft.statusCode).toBe(201)
    const { id, revision, definition, version } = draft.json()
    expect(version).toBe(2)
    const decision = definition.stages.find((s: { key: string }) => s.key === 'decision')
    decision.budgetDays += 1
    definition.slaDays += 1
    definition.description.en = 'Permit to put up a billboard (edited)'
    const saved = await call(admin1, 'PUT', `/api/v1/catalogue/versions/${id}`, { revision, definition })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().revision).toBe(revision + 1)

    const byAuthor = await call(admin1, 'POST', `/api/v1/catalogue/versions/${id}/publish`, { revision: revision + 1 })
    expect(byAuthor.statusCode).toBe(403)
    expect(byAuthor.json().error.code).toBe('catalogue.same_author')

    const bySecond = await call(admin2, 'POST', `/api/v1/catalogue/versions/${id}/publish`, { revision: revision + 1 })
    expect(bySecond.statusCode).toBe(200)
    expect(bySecond.json()).toMatchObject({ status: 'published', publishedBy: 'Admin Dua', createdBy: 'Admin Satu' })

    const pub = (await t.app.inject({ method: 'GET', url: '/api/v1/services/REKLAME' })).json()
    expect(pub.version).toBe(2)
    expect(pub.definition.slaDays).toBe(definition.slaDays)
    expect(pub.definition.description.en).toBe('Permit to put up a billboard (edited)')

    const versions = (await call(admin1, 'GET', '/api/v1/catalogue/services/REKLAME/versions')).json().items
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'published'],
    ])
    expect(versions[1].validTo).toBe(versions[0].validFrom)
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['catalogue.draft_created', 'catalogue.draft_edited', 'catalogue.version_published']),
    )
  })

  it('never lets an admin who edited a draft publish it, even if someone else created it', async () => {
    const admin3 = await t.account(['admin'])
    const draft = (await call(admin1, 'POST', '/api/v1/catalogue/services/SIUP/drafts', {})).json()
    const edited = (
      await call(admin2, 'PUT', `/api/v1/catalogue/versions/${draft.id}`, { revision: 1, definition: draft.definition })
    ).json()
    expect(
      (await call(admin2, 'POST', `/api/v1/catalogue/versions/${draft.id}/publish`, { revision: edited.revision }))
        .statusCode,
    ).toBe(403)
    expect(
      (await call(admin3, 'POST', `/api/v1/catalogue/versions/${draft.id}/publish`, { revision: edited.revision }))
        .statusCode,
    ).toBe(200)
  })

  it('refuses a stale revision, a second open draft, and edits to a published version', async () => {
    const draft = (await call(admin1, 'POST', '/api/v1/catalogue/services/TDP/drafts', {})).json()
    expect((await call(admin2, 'POST', '/api/v1/catalogue/services/TDP/drafts', {})).json().error.code).toBe(
      'catalogue.draft_exists',
    )
    expect(
      (
        await call(admin1, 'PUT', `/api/v1/catalogue/versions/${draft.id}`, {
          revision: 1,
          definition: draft.definition,
        })
      ).statusCode,
    ).toBe(200)
    const stale = await call(admin2, 'PUT', `/api/v1/catalogue/versions/${draft.id}`, {
      revision: 1,
      definition: draft.definition,
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error.code).toBe('catalogue.stale_revision')
    const published = (await call(admin1, 'GET', '/api/v1/catalogue/services/TDP/versions'))
      .json()
      .items.find((v: { status: string }) => v.status === 'published')
    const edit = await call(admin1, 'PUT', `/api/v1/catalogue/versions/${published.id}`, {
      revision: published.revision,
      definition: published.definition,
    })
    expect(edit.statusCode).toBe(409)
    expect(edit.json().error.code).toBe('catalogue.version_immutable')
  })

  it('has the database itself refuse to change or delete a published version', async () => {
    expect(
      await databaseRefusal(
        t.db.execute(sql`update service_versions set definition = '{}'::jsonb where status = 'published'`),
      ),
    ).toMatch(/immutable/)
    expect(await databaseRefusal(t.db.execute(sql`delete from service_versions where status = 'published'`))).toMatch(
      /cannot be deleted/,
    )
    expect(
      await databaseRefusal(
        t.db.execute(
          sql`update service_versions set valid_to = now() where status = 'published' and valid_to is not null`,
        ),
      ),
    ).toMatch(/immutable/)
  })

  it('refuses an inconsistent definition with field details and stores nothing', async () => {
    const draft = (await call(admin1, 'POST', '/api/v1/catalogue/services/IMB/drafts', {})).json()
    const broken = { ...draft.definition, slaDays: draft.definition.slaDays + 5 }
    const res = await call(admin1, 'PUT', `/api/v1/catalogue/versions/${draft.id}`, { revision: 1, definition: broken })
    expect(res.statusCode).toBe(422)
    expect(res.json().error).toMatchObject({
      code: 'catalogue.invalid_definition',
      details: [expect.objectContaining({ field: '/slaDays', code: 'catalogue.sla_mismatch' })],
    })
    const renamed = await call(admin1, 'PUT', `/api/v1/catalogue/versions/${draft.id}`, {
      revision: 1,
      definition: { ...draft.definition, code: 'IMB-X' },
    })
    expect(renamed.json().error.code).toBe('catalogue.code_mismatch')
    expect((await call(admin1, 'GET', `/api/v1/catalogue/versions/${draft.id}`)).json().revision).toBe(1)
    expect((await call(admin1, 'POST', `/api/v1/catalogue/versions/${draft.id}/discard`)).json().status).toBe(
      'discarded',
    )
    expect(
      (await call(admin2, 'POST', `/api/v1/catalogue/versions/${draft.id}/publish`, { revision: 1 })).json().error.code,
    ).toBe('catalogue.not_draft')
  })

  it('refuses a publication dated in the past', async () => {
    const draft = (await call(admin1, 'POST', '/api/v1/catalogue/services/TDUP/drafts', {})).json()
    const res = await call(admin2, 'POST', `/api/v1/catalogue/versions/${draft.id}/publish`, {
      revision: 1,
      validFrom: '2020-01-01T00:00:00Z',
    })
    expect(res.json().error.code).toBe('catalogue.valid_from_past')
  })

  it('adds a new service as a draft and retires a service keeping its history', async () => {
    const base = (await t.app.inject({ method: 'GET', url: '/api/v1/services/SIUP' })).json().definition
    const created = await call(admin1, 'POST', '/api/v1/catalogue/services', {
      definition: { ...base, code: 'SIUP-UJI', name: { id: 'Layanan Uji', en: 'Test Service' } },
    })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ code: 'SIUP-UJI', version: 1, status: 'draft' })
    expect((await call(admin1, 'POST', '/api/v1/catalogue/services', { definition: base })).json().error.code).toBe(
      'catalogue.code_taken',
    )
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/SIUP-UJI' })).statusCode).toBe(404)

    const retired = await call(admin1, 'POST', '/api/v1/catalogue/services/STPW/retire', {
      reason: { id: 'Dicabut oleh peraturan uji', en: 'Revoked by a test regulation' },
    })
    expect(retired.statusCode).toBe(200)
    expect(retired.json().retired.reason.en).toBe('Revoked by a test regulation')
    const codes = (await t.app.inject({ method: 'GET', url: '/api/v1/services?pageSize=100' }))
      .json()
      .items.map((s: { code: string }) => s.code)
    expect(codes).not.toContain('STPW')
    expect(
      (await call(admin1, 'GET', '/api/v1/catalogue/services/STPW/versions')).json().items[0].validTo,
    ).not.toBeNull()
    expect((await call(admin1, 'POST', '/api/v1/catalogue/services/STPW/drafts', {})).json().error.code).toBe(
      'catalogue.retired',
    )
  })

  it('lists service types with their open drafts for administrators', async () => {
    const drafts = (await call(admin1, 'GET', '/api/v1/catalogue/services?status=draft')).json()
    expect(drafts.items.length).toBeGreaterThan(0)
    expect(drafts.items.every((s: { openDraft: unknown }) => s.openDraft !== null)).toBe(true)
    const retired = (await call(admin1, 'GET', '/api/v1/catalogue/services?status=retired')).json()
    expect(retired.items.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['HO', 'STPW']))
  })
})
