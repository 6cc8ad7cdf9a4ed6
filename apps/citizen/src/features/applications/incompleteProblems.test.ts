import { ApiError } from '@pintu/contract/client'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { pickLocalized } from '@/i18n/useLocalized.ts'
import { incompleteProblems } from './incompleteProblems.ts'
import { application } from './testing/fixtures.ts'

const t = createTestI18n('id').global.t as (key: string, named?: Record<string, unknown>) => string
const localize = (text: { id: string; en: string }) => pickLocalized(text, 'id')

describe('problems of an incomplete submission', () => {
  it('names each missing field and document and links to the page that fixes it', () => {
    const error = new ApiError(422, 'applications.incomplete', 'Permohonan belum lengkap.', [
      { field: '/data/penelitian_judul', code: 'field.required', message: 'server text' },
      { field: '/documents/proposal', code: 'documents.missing', message: 'server text' },
    ])
    const app = application()
    const [field, document] = incompleteProblems(error, app, t, localize)
    expect(field!.message).toBe('Judul wajib diisi.')
    expect(field!.to).toMatchObject({
      name: 'application-section',
      params: { id: app.id, section: 'penelitian' },
      hash: '#field-penelitian_judul',
    })
    expect(document!.message).toBe('Proposal penelitian belum diunggah.')
    expect(document!.to).toMatchObject({ name: 'application-documents', hash: '#upload-proposal' })
  })

  it('keeps the server’s text for a problem it cannot place', () => {
    const error = new ApiError(422, 'applications.incomplete', 'x', [
      { field: '/something', code: 'new.rule', message: 'Aturan baru.' },
    ])
    expect(incompleteProblems(error, application(), t, localize)).toEqual([{ message: 'Aturan baru.' }])
  })
})
