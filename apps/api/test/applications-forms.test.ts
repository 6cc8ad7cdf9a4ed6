import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleFormData } from '@pintu/contract/samples'
import { lifecycleScene, type LifecycleScene } from './support/lifecycle-scene.ts'

describe('application forms and submission checks', () => {
  let t: LifecycleScene['t']
  let h: LifecycleScene['h']
  let applicant: LifecycleScene['applicant']
  beforeAll(async () => ({ t, h, applicant } = await lifecycleScene()))
  afterAll(() => t.close())

  it('refuses an incomplete submission, listing every missing field and document', async () => {
    const created = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: applicant.headers,
        payload: { serviceCode: 'SKP', applicationKind: 'baru' },
      })
    ).json()
    const res = await h.act(applicant, created.id, 'submit', { version: created.version })
    expect(res.statusCode).toBe(422)
    const details = res.json().error.details.map((d: { field: string; code: string }) => `${d.code} ${d.field}`)
    expect(details.some((d: string) => d.startsWith('field.required /data/'))).toBe(true)
    expect(details.some((d: string) => d.startsWith('documents.missing /documents/'))).toBe(true)
    expect((await h.get(applicant, created.id)).json().status).toBe('draft')
  })

  it('validates form values against the pinned form, field by field', async () => {
    const created = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: applicant.headers,
        payload: { serviceCode: 'IMB', applicationKind: 'baru' },
      })
    ).json()
    const numeric = created.service.form.sections
      .flatMap((s: { fields: { key: string; type: string }[] }) => s.fields)
      .find((f: { type: string }) => f.type === 'decimal' || f.type === 'integer')
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${created.id}/form`,
      headers: applicant.headers,
      payload: { version: created.version, data: { [numeric.key]: 'banyak', made_up_field: 'x' } },
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: `/${numeric.key}`, code: 'field.type' }),
        expect.objectContaining({ code: 'field.unknown' }),
      ]),
    )
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${created.id}/form`,
      headers: applicant.headers,
      payload: { version: created.version + 5, data: sampleFormData(created.service) },
    })
    expect(stale.json().error.code).toBe('applications.stale_version')
    const kind = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant.headers,
      payload: { serviceCode: 'IMTA', applicationKind: 'baru' },
    })
    expect(kind.json().error.code).toBe('applications.kind_not_offered')
    const retired = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant.headers,
      payload: { serviceCode: 'HO', applicationKind: 'baru' },
    })
    expect(retired.json().error.code).toBe('catalogue.retired')
  })

  it('counts a required text answer of spaces alone as missing, on the form and on submission', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const text = (draft.service.form.sections as { fields: { key: string; type: string; required: boolean }[] }[])
      .flatMap((s) => s.fields)
      .find((f) => f.type === 'text' && f.required)!
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}/form`,
      headers: applicant.headers,
      payload: { version: draft.version, data: { [text.key]: '    ' } },
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: `/${text.key}`, code: 'field.required' }),
    ])
    const nul = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}/form`,
      headers: applicant.headers,
      payload: { version: draft.version, data: { [text.key]: 'Budi\u0000' } },
    })
    expect(nul.statusCode).toBe(400)
    expect(nul.json().error.details[0].code).toBe('field.invalid_characters')
  })

  it('refuses a decimal sent as text ("1.200") with a field error, never reading it as 1.2', async () => {
    const create = { serviceCode: 'IMB', applicationKind: 'baru' }
    const created = (
      await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: applicant.headers, payload: create })
    ).json()
    expect(created.service.fee.kind).toBe('per_unit')
    const area: string = created.service.fee.field // the decimal m² field the fee is computed from
    const patch = (version: number, value: unknown) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/applications/${created.id}/form`,
        headers: applicant.headers,
        payload: { version, data: { [area]: value } },
      })
    const asText = await patch(created.version, '1.200')
    expect(asText.statusCode).toBe(422)
    expect(asText.json().error.details).toEqual([expect.objectContaining({ field: `/${area}`, code: 'field.type' })])
    expect((await h.get(applicant, created.id)).json().formData[area]).toBeUndefined()

    const asNumber = await patch(created.version, 1200)
    expect(asNumber.statusCode).toBe(200)
    expect(asNumber.json().formData[area]).toBe(1200)
  })
})
