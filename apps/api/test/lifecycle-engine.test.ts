import { officeDays } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

const WIB = officeDays('Asia/Jakarta')

type Account = Awaited<ReturnType<TestApp['account']>>

/** What the one transition engine does for every path alike: effects of the table, whoever moves the file. */
describe('the transition engine', () => {
  const clock = createTestClock(new Date('2026-11-17T09:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Account
  beforeAll(async () => {
    t = await createTestApp({ clock })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
  })
  afterAll(() => t.close())

  const call = (who: Account, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) })

  /** SIUP is deemed approved by law; a second admin publishes a version of it with a fixed fee. */
  async function publishFeeBearingSiup() {
    const [a, b] = [await t.account(['admin']), await t.account(['admin'])]
    const draft = (await call(a, 'POST', '/api/v1/catalogue/services/SIUP/drafts', {})).json()
    const definition = {
      ...draft.definition,
      fee: { kind: 'fixed', amount: 250_000 },
      feeLegalBasis: 'Perda Kota Bandung (uji) tentang retribusi',
    }
    const saved = (
      await call(a, 'PUT', `/api/v1/catalogue/versions/${draft.id}`, { revision: draft.revision, definition })
    ).json()
    expect(
      (await call(b, 'POST', `/api/v1/catalogue/versions/${draft.id}/publish`, { revision: saved.revision }))
        .statusCode,
    ).toBe(200)
  }

  it('issues the invoice when a fee-bearing service is deemed approved, exactly as an approval would', async () => {
    await publishFeeBearingSiup()
    const draft = await h.readyDraft(applicant, 'SIUP')
    expect(draft.service).toMatchObject({ deemedApproval: true, fee: { kind: 'fixed', amount: 250_000 } })
    let app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    app = (await h.act(team.byId(await h.assigneeId(draft.id))!, draft.id, 'accept', { version: app.version })).json()
      .application
    expect(app.status).toBe('decision')
    clock.set(new Date(WIB.endOfDay(app.stageDueDate).getTime() + 1))
    expect((await t.app.runEscalations())!.deemedApproved).toBe(1)
    const after = (await h.get(applicant, draft.id)).json()
    expect(after.status).toBe('awaiting_payment')
    expect(after.events.at(-1)).toMatchObject({
      action: 'deem_approve',
      actorRole: 'system',
      toStatus: 'awaiting_payment',
    })
    const invoice = await call(applicant, 'GET', `/api/v1/applications/${draft.id}/invoice`)
    expect(invoice.statusCode).toBe(200)
    expect(invoice.json()).toMatchObject({ amount: 250_000, status: 'unpaid' })
  })

  it("expires a returned application not resubmitted within the catalogue's limit, and shows the deadline before and the expiry after", async () => {
    clock.set(new Date('2026-11-17T09:00:00+07:00'))
    const draft = await h.readyDraft(applicant, 'SKP')
    let app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    const desk = team.byId(await h.assigneeId(draft.id))!
    app = (
      await h.act(desk, draft.id, 'return', {
        version: app.version,
        returnReasons: {
          codes: ['document_unreadable'],
          requirements: [draft.service.requirements[0].key],
          fields: [],
          note: 'Dokumen tidak terbaca dengan jelas.',
        },
      })
    ).json().application
    expect(app.status).toBe('returned')
    const limit = draft.service.returnLimitDays as number
    const deadline = app.returnDueDate as string
    expect(deadline).toBe(
      (await t.app.inject({ method: 'GET', url: `/api/v1/calendar/due-date?from=2026-11-17&days=${limit}` })).json()
        .dueDate,
    )

    clock.set(WIB.endOfDay(deadline))
    expect((await t.app.runEscalations())!.expired).toBe(0)
    expect((await h.get(applicant, draft.id)).json().status).toBe('returned')
    clock.set(new Date(WIB.endOfDay(deadline).getTime() + 1))
    expect((await t.app.runEscalations())!.expired).toBe(1)
    const expired = (await h.get(applicant, draft.id)).json()
    expect(expired.status).toBe('expired')
    expect(expired.events.at(-1)).toMatchObject({
      action: 'expire',
      actorRole: 'system',
      fromStatus: 'returned',
      toStatus: 'expired',
      tone: 'red',
    })
    expect(expired.availableActions).toEqual([])
    // Resubmitting after the deadline is no longer possible.
    expect((await h.act(applicant, draft.id, 'resubmit', { version: expired.version })).json().error.code).toBe(
      'applications.action_not_allowed',
    )
  })

  it('moves a return deadline when a closure is declared inside it', async () => {
    clock.set(new Date('2026-11-17T09:00:00+07:00'))
    const draft = await h.readyDraft(applicant, 'SKP')
    let app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    app = (
      await h.act(team.byId(await h.assigneeId(draft.id))!, draft.id, 'return', {
        version: app.version,
        returnReasons: {
          codes: ['data_incomplete'],
          requirements: [],
          fields: [draft.service.form.sections[0].fields[0].key],
          note: 'Data pemohon belum lengkap.',
        },
      })
    ).json().application
    const before = app.returnDueDate as string
    const closure = await call(team.crew.supervisor!, 'POST', '/api/v1/closures', {
      reason: 'Kantor ditutup sementara (uji).',
      legalBasis: 'Keputusan uji',
      startsOn: '2026-11-19',
      endsOn: '2026-11-20',
    })
    expect(closure.statusCode).toBe(201)
    const after = (await h.get(applicant, draft.id)).json().returnDueDate as string
    expect(after > before).toBe(true)
  })
})
