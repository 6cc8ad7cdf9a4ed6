import { ikmElements, ikmGrade } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lifecycleScene, type LifecycleScene } from './support/lifecycle-scene.ts'
import { queryRows } from './support/test-app.ts'

const scores = (values: number[]) => Object.fromEntries(ikmElements.map((e, i) => [e, values[i]]))

describe('the IKM survey', () => {
  let s: LifecycleScene
  let rejectedId: string
  let openId: string
  beforeAll(async () => {
    s = await lifecycleScene()
    // A rejected application: finished with a decision, so its applicant may rate the service.
    const draft = await s.h.readyDraft(s.applicant, 'SKP')
    await s.h.act(s.applicant, draft.id, 'submit', { version: draft.version })
    await s.byAssignee(draft.id, 'accept')
    const rejected = await s.byAssignee(draft.id, 'reject', { legalReason: 'Pasal 12 Perwal 235/2017 (uji).' })
    expect(rejected.res.json().application.status).toBe('rejected')
    rejectedId = draft.id
    const open = await s.h.readyDraft(s.applicant, 'SKP')
    await s.h.act(s.applicant, open.id, 'submit', { version: open.version })
    openId = open.id
  })
  afterAll(() => s.t.close())

  const answer = (who: LifecycleScene['applicant'], id: string, body: Record<string, unknown>) =>
    s.t.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/survey`, headers: who.headers, payload: body })
  const state = (who: LifecycleScene['applicant'], id: string) =>
    s.t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/survey`, headers: who.headers })

  it('opens only to the applicant of a finished application', async () => {
    expect((await state(s.applicant, openId)).json()).toEqual({ state: 'not_yet', answeredAt: null })
    const early = await answer(s.applicant, openId, scores([4, 4, 4, 4, 4, 4, 4, 4, 4]))
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('survey.not_finished')
    const stranger = await answer(s.other, rejectedId, scores([1, 1, 1, 1, 1, 1, 1, 1, 1]))
    expect(stranger.statusCode).toBe(404)
    expect(stranger.json().error.code).toBe('applications.not_found')
    expect((await state(s.applicant, rejectedId)).json()).toEqual({ state: 'open', answeredAt: null })
    const outOfRange = await answer(s.applicant, rejectedId, scores([5, 4, 4, 4, 4, 4, 4, 4, 4]))
    expect(outOfRange.statusCode).toBe(400)
    expect(await queryRows(s.t.db, sql`select 1 from survey_answers`)).toEqual([])
  })

  it('takes one answer per application, and the public index equals the formula on the stored answers', async () => {
    const first = await answer(s.applicant, rejectedId, { ...scores([4, 4, 4, 3, 3, 3, 3, 3, 3]), comment: 'Cepat.' })
    expect(first.statusCode, first.body).toBe(201)
    expect(first.json().state).toBe('answered')
    const second = await answer(s.applicant, rejectedId, scores([1, 1, 1, 1, 1, 1, 1, 1, 1]))
    expect(second.statusCode).toBe(409)
    expect(second.json().error.code).toBe('survey.already_answered')

    const rows = await queryRows<Record<string, number>>(
      s.t.db,
      sql`select u1, u2, u3, u4, u5, u6, u7, u8, u9 from survey_answers`,
    )
    expect(rows).toHaveLength(1)
    const n = rows.length
    const means = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => rows.reduce((a, r) => a + r[`u${i}`]!, 0) / n)
    const expected = Math.round(means.reduce((a, m) => a + m / 9, 0) * 25 * 100) / 100
    expect(expected).toBe(83.33)
    const figures = (await s.t.app.inject({ method: 'GET', url: '/api/v1/figures/ikm' })).json()
    expect(figures.overall).toMatchObject({ respondents: 1, index: expected, grade: ikmGrade(expected) })
    expect(figures.overall.grade).toBe('B')
    expect(figures.services).toEqual([expect.objectContaining({ serviceCode: 'SKP', respondents: 1, index: 83.33 })])
    const csv = await s.t.app.inject({ method: 'GET', url: '/api/v1/figures/ikm', headers: { accept: 'text/csv' } })
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    expect(csv.body.split('\r\n').slice(0, 3)).toEqual([
      'lingkup,kode,responden,ikm,mutu',
      'keseluruhan,,1,83.33,B',
      'layanan,SKP,1,83.33,B',
    ])

    // The recorded change carries the scores, not the account, the application or the comment.
    const [audit] = await queryRows<{ actor_id: string | null; details: Record<string, unknown> }>(
      s.t.db,
      sql`select actor_id, details from audit_log where action = 'survey.answered'`,
    )
    expect(audit!.actor_id).toBeNull()
    expect(audit!.details.scores).toEqual([4, 4, 4, 3, 3, 3, 3, 3, 3])
    expect(JSON.stringify(audit!.details)).not.toMatch(new RegExp(`Cepat|${rejectedId}|${s.applicant.user.id}`))
  })
})
