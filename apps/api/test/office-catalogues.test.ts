import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/test-app.ts'

// Two offices in one deployment publish their own versions of a service of the national template
// (the catalogue every office is seeded with): a local fee, a local stage budget, an extra local
// requirement, each under the same dual control, and neither office's version reaches the other.
const BANDUNG = '32.73'
const MAKASSAR = '73.71'

type Account = Awaited<ReturnType<TestApp['account']>>
type Definition = {
  slaDays: number
  fee: { kind: string; amount?: number } | null
  stages: { key: string; budgetDays: number }[]
  requirements: { key: string; name: { id: string; en: string }; mandatory: boolean }[]
}

describe("each office's own catalogue versions from the national template", () => {
  let t: TestApp
  const admins = {} as Record<string, [Account, Account]>
  const at = (code: string) => ({ 'x-pintu-office': code })
  const published = async (code: string) => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/services/ITPMB', headers: at(code) })
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as { version: number; definition: Definition }
  }
  const call = (who: Account, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) })

  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [MAKASSAR] })
    const makassar = t.otherOffices[0]!
    admins[BANDUNG] = [await t.account(['admin']), await t.account(['admin'])]
    admins[MAKASSAR] = [
      await t.account(['admin'], { office: makassar }),
      await t.account(['admin'], { office: makassar }),
    ]
  })
  afterAll(() => t?.close())

  it('starts both offices from the same template version', async () => {
    const [bandung, makassar] = [await published(BANDUNG), await published(MAKASSAR)]
    expect(bandung.version).toBe(1)
    expect(makassar.version).toBe(1)
    expect(makassar.definition).toEqual(bandung.definition)
  })

  it("publishes Makassar's local fee, budget and requirement there only, by a second Makassar admin", async () => {
    const [author, second] = admins[MAKASSAR]!
    const draft = await call(author, 'POST', '/api/v1/catalogue/services/ITPMB/drafts', {})
    expect(draft.statusCode, draft.body).toBe(201)
    const { id, revision, definition } = draft.json() as { id: string; revision: number; definition: Definition }
    definition.fee = { ...definition.fee!, amount: 4_000_000 }
    const decision = definition.stages.find((stage) => stage.key === 'decision')!
    decision.budgetDays += 1
    definition.slaDays += 1
    definition.requirements.push({
      ...definition.requirements.find((r) => !r.mandatory)!,
      key: 'rekomendasi_camat',
      name: { id: 'Rekomendasi camat setempat', en: "The district head's recommendation" },
    })
    const saved = await call(author, 'PUT', `/api/v1/catalogue/versions/${id}`, { revision, definition })
    expect(saved.statusCode, saved.body).toBe(200)

    // Another office's admins cannot see or publish it: their token belongs to Bandung.
    const [bandungAdmin] = admins[BANDUNG]!
    const fromBandung = await t.app.inject({
      method: 'POST',
      url: `/api/v1/catalogue/versions/${id}/publish`,
      headers: { ...bandungAdmin.headers, ...at(MAKASSAR) },
      payload: { revision: revision + 1 },
    })
    expect(fromBandung.statusCode).toBe(403)
    expect(fromBandung.json().error.code).toBe('auth.wrong_office')
    const inBandung = await call(bandungAdmin, 'POST', `/api/v1/catalogue/versions/${id}/publish`, {
      revision: revision + 1,
    })
    expect(inBandung.statusCode).toBe(404)
    // The author alone cannot publish (dual control holds per office); a second Makassar admin can.
    const byAuthor = await call(author, 'POST', `/api/v1/catalogue/versions/${id}/publish`, { revision: revision + 1 })
    expect(byAuthor.json().error.code).toBe('catalogue.same_author')
    const bySecond = await call(second, 'POST', `/api/v1/catalogue/versions/${id}/publish`, { revision: revision + 1 })
    expect(bySecond.statusCode, bySecond.body).toBe(200)

    const [bandung, makassar] = [await published(BANDUNG), await published(MAKASSAR)]
    expect(makassar.version).toBe(2)
    expect(makassar.definition.fee).toMatchObject({ kind: 'fixed', amount: 4_000_000 })
    expect(makassar.definition.slaDays).toBe(bandung.definition.slaDays + 1)
    expect(makassar.definition.stages.find((s) => s.key === 'decision')!.budgetDays).toBe(
      bandung.definition.stages.find((s) => s.key === 'decision')!.budgetDays + 1,
    )
    expect(makassar.definition.requirements.map((r) => r.key)).toContain('rekomendasi_camat')
    // Bandung still publishes the template's version, untouched.
    expect(bandung.version).toBe(1)
    expect(bandung.definition.fee).toMatchObject({ kind: 'fixed', amount: 5_000_000 })
    expect(bandung.definition.requirements.map((r) => r.key)).not.toContain('rekomendasi_camat')
  })
})
