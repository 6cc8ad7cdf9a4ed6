import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import '../messages.ts'
import OfflineIntake from './OfflineIntake.vue'

// The catalogue as the service worker's cache answers it offline: one service, one field, one document.
const definition = {
  code: 'SKP',
  name: { id: 'Surat Keterangan Penelitian', en: 'Research permit' },
  applicationKinds: ['baru'],
  form: {
    sections: [
      {
        key: 'umum',
        title: { id: 'Umum', en: 'General' },
        fields: [{ key: 'judul', type: 'text', label: { id: 'Judul penelitian', en: 'Title' }, required: true }],
      },
    ],
  },
  requirements: [
    {
      key: 'ktp',
      name: { id: 'KTP', en: 'ID card' },
      mandatory: true,
      appliesTo: ['baru'],
      acceptedTypes: ['pdf'],
      maxSizeKb: 1024,
    },
  ],
}
vi.mock('@/api.ts', () => ({
  call: vi.fn(async (route: { url: string }) =>
    route.url.endsWith(':code')
      ? { code: 'SKP', definition }
      : { items: [{ code: 'SKP', name: definition.name }], total: 1 },
  ),
}))

const initial = {
  content: {
    applicant: {
      nik: '3273014508907101',
      fullName: 'Ani',
      email: 'ani@contoh.id',
      phone: '081234567101',
      passwordChannel: 'sms' as const,
    },
    serviceCode: 'SKP',
    serviceName: 'Surat Keterangan Penelitian',
    applicationKind: 'baru' as const,
    data: { judul: 'Air' },
    provisionalCode: 'ABCDEFGH23',
  },
  files: [{ requirementKey: 'ktp', file: new File(['%PDF-1.4'], 'ktp.pdf', { type: 'application/pdf' }) }],
}

describe('the offline intake form', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
  })

  it('asks for every mandatory document before keeping an intake', async () => {
    const wrapper = mount(OfflineIntake, {
      props: { busy: false, problem: null },
      global: { plugins: [i18n, createPinia()] },
    })
    await flushPromises()
    await wrapper.get('#offline-service').setValue('SKP')
    await flushPromises()
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Unggah dokumen wajib ini.')
    expect(wrapper.emitted('keep')).toBeUndefined()
  })

  it('opens a refused intake as typed, with its applicant and service fixed, and keeps the corrections', async () => {
    const wrapper = mount(OfflineIntake, {
      props: { busy: false, problem: null, initial },
      global: { plugins: [i18n, createPinia()] },
    })
    await flushPromises()
    const nik = wrapper.get<HTMLInputElement>('#offline-nik')
    expect([nik.element.value, nik.element.disabled]).toEqual(['3273014508907101', true])
    expect(wrapper.get<HTMLSelectElement>('#offline-service').element.disabled).toBe(true)
    expect(wrapper.get<HTMLInputElement>('#counter-field-judul').element.value).toBe('Air')
    expect(wrapper.text()).toContain('Terunggah: ktp.pdf')
    await wrapper.get('#counter-field-judul').setValue('Air bersih di Bandung')
    await wrapper.get('form').trigger('submit')
    const [content, files] = wrapper.emitted('keep')![0] as [
      { data: Record<string, unknown>; applicant: { nik: string } },
      { requirementKey: string; file: File }[],
    ]
    expect(content.data).toEqual({ judul: 'Air bersih di Bandung' })
    expect(content.applicant.nik).toBe('3273014508907101')
    expect(files.map((f) => [f.requirementKey, f.file.name])).toEqual([['ktp', 'ktp.pdf']])
  })
})
