import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { returnedApplication } from '../testing/fixtures.ts'
import ReturnNotice from './ReturnNotice.vue'

describe('the notice of a returned application', () => {
  it('gives the reasons in words, the officer’s note and the checklist by name', () => {
    const app = returnedApplication({ fields: ['pemohon_nik'], requirements: ['proposal'] })
    const wrapper = mount(ReturnNotice, {
      props: { app, openReturn: app.openReturn!, fixLink: null },
      global: { plugins: [createTestI18n('id')], stubs: { RouterLink: true } },
    })
    const text = wrapper.text()
    expect(text).toContain('Data tidak sesuai dengan dokumen')
    expect(text).toContain('NIK tidak sesuai dengan KTP yang diunggah.')
    expect(text).toContain('Isian: NIK pemohon')
    expect(text).toContain('Dokumen: Proposal penelitian')
    expect(text).toContain('14 hari kerja')
  })
})
