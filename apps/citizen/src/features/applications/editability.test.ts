import { describe, expect, it } from 'vitest'
import { application, documentOf, returnedApplication } from './testing/fixtures.ts'
import {
  applicableRequirements,
  canEditField,
  canEditRequirement,
  editMode,
  flowSteps,
  missingDocuments,
  resumeStep,
  stepAfter,
  stepBefore,
} from './editability.ts'

describe('what the applicant may edit', () => {
  it('a draft that can be submitted is editable everywhere', () => {
    const app = application()
    expect(editMode(app)).toBe('draft')
    expect(canEditField(app, 'pemohon_nik')).toBe(true)
    expect(canEditRequirement(app, 'proposal')).toBe(true)
  })

  it('after a return, only the fields and documents on the checklist can be edited', () => {
    const app = returnedApplication({ fields: ['pemohon_nik'], requirements: ['proposal'] })
    expect(editMode(app)).toBe('fix')
    expect(canEditField(app, 'pemohon_nik')).toBe(true)
    expect(canEditField(app, 'pemohon_nama')).toBe(false)
    expect(canEditField(app, 'penelitian_judul')).toBe(false)
    expect(canEditRequirement(app, 'proposal')).toBe(true)
    expect(canEditRequirement(app, 'surat_pengantar')).toBe(false)
  })

  it('nothing can be edited while the office holds the file', () => {
    const app = application({ status: 'admin_verification', availableActions: ['withdraw'] })
    expect(editMode(app)).toBe('readonly')
    expect(canEditField(app, 'pemohon_nik')).toBe(false)
    expect(canEditRequirement(app, 'proposal')).toBe(false)
  })
})

describe('the apply flow, one thing per page', () => {
  it('a draft walks every section, then documents, then the check', () => {
    const app = application()
    expect(flowSteps(app)).toEqual([
      { kind: 'section', key: 'pemohon' },
      { kind: 'section', key: 'penelitian' },
      { kind: 'documents' },
      { kind: 'check' },
    ])
    expect(stepAfter(app, { kind: 'section', key: 'penelitian' })).toEqual({ kind: 'documents' })
    expect(stepBefore(app, { kind: 'section', key: 'pemohon' })).toBeNull()
    expect(stepBefore(app, { kind: 'documents' })).toEqual({ kind: 'section', key: 'penelitian' })
  })

  it('fixing a return visits only the pages holding something on the checklist', () => {
    expect(flowSteps(returnedApplication({ fields: ['pemohon_nik'], requirements: [] }))).toEqual([
      { kind: 'section', key: 'pemohon' },
      { kind: 'check' },
    ])
    expect(flowSteps(returnedApplication({ fields: [], requirements: ['proposal'] }))).toEqual([
      { kind: 'documents' },
      { kind: 'check' },
    ])
  })

  it('only requirements for the kind of application apply', () => {
    expect(applicableRequirements(application()).map((r) => r.key)).toEqual([
      'surat_pengantar',
      'proposal',
      'surat_kuasa',
    ])
    expect(applicableRequirements(application({ applicationKind: 'perpanjangan' })).map((r) => r.key)).toEqual([
      'surat_pengantar',
      'dokumen_lama',
      'surat_kuasa',
    ])
  })

  it('a draft resumes at the first section with a required answer missing, then at the documents', () => {
    expect(resumeStep(application())).toEqual({ kind: 'section', key: 'pemohon' })
    const filled = { pemohon_nik: '3273014508900001', pemohon_nama: 'Dewi', penelitian_judul: 'Judul' }
    expect(resumeStep(application({ formData: { pemohon_nik: '3273014508900001', pemohon_nama: 'Dewi' } }))).toEqual({
      kind: 'section',
      key: 'penelitian',
    })
    expect(resumeStep(application({ formData: filled }))).toEqual({ kind: 'documents' })
    expect(
      missingDocuments(application({ formData: filled, documents: [documentOf('surat_pengantar')] })).map((r) => r.key),
    ).toEqual(['proposal'])
    expect(
      resumeStep(application({ formData: filled, documents: [documentOf('surat_pengantar'), documentOf('proposal')] })),
    ).toEqual({ kind: 'check' })
  })
})
