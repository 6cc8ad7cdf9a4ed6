import type { FormSchema } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import { application, returnedApplication, service } from '../testing/fixtures.ts'
import { useApplicationStore } from '../useApplicationStore.ts'
import FormSectionPage from './FormSectionPage.vue'

const api = vi.hoisted(() => ({ callAsAccount: vi.fn() }))
vi.mock('@/api.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  callAsAccount: api.callAsAccount,
}))

const Empty = { template: '<div />' }

async function open(app: ReturnType<typeof application>, section: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useApplicationStore().set(app) // already loaded: the page makes no request
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/permohonan/:id/isi/:section', name: 'application-section', component: FormSectionPage },
      ...['application', 'application-documents', 'application-check', 'applications', 'login', 'privacy'].map(
        (name) => ({
          path: `/${name}/:id?`,
          name,
          component: Empty,
        }),
      ),
    ],
  })
  await router.push(`/permohonan/${app.id}/isi/${section}`)
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, pinia, createTestI18n('id')] } })
  await flushPromises()
  return wrapper
}

describe('a form section page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('in a draft, every field of the section is an input', async () => {
    const wrapper = await open(application({ formData: { pemohon_nama: 'Dewi Lestari' } }), 'pemohon')
    expect(wrapper.get('h1').text()).toBe('Data pemohon')
    expect(wrapper.findAll('form input, form textarea, form select').map((el) => el.attributes('id'))).toEqual([
      'field-pemohon_nik',
      'field-pemohon_nama',
      'field-pemohon_email',
    ])
    expect((wrapper.get('#field-pemohon_nama').element as HTMLInputElement).value).toBe('Dewi Lestari')
    expect(wrapper.text()).toContain('Simpan dan lanjutkan nanti')
  })

  it('after a return, only the fields on the checklist are inputs; the others are shown as answers', async () => {
    const app = returnedApplication({ fields: ['pemohon_nik'], requirements: [] })
    const wrapper = await open(
      { ...app, formData: { pemohon_nik: '3273014508900001', pemohon_nama: 'Dewi Lestari' } },
      'pemohon',
    )
    expect(wrapper.findAll('form input, form textarea, form select').map((el) => el.attributes('id'))).toEqual([
      'field-pemohon_nik',
    ])
    expect(wrapper.text()).toContain('Perlu diperbaiki')
    expect(wrapper.get('dl').text()).toContain('Dewi Lestari')
    expect(wrapper.text()).not.toContain('Simpan dan lanjutkan nanti')
  })

  it('while the office holds the file, nothing is editable', async () => {
    const wrapper = await open(application({ status: 'admin_verification', availableActions: ['withdraw'] }), 'pemohon')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.text()).toContain('tidak dapat diubah')
  })

  describe('a number field', () => {
    const building: FormSchema['sections'][number] = {
      key: 'bangunan',
      title: { id: 'Data bangunan', en: 'Building' },
      fields: [
        {
          key: 'luas',
          type: 'decimal',
          label: { id: 'Luas bangunan', en: 'Floor area' },
          required: true,
          minimum: 1,
          unit: 'm²',
        },
      ],
    }
    const withArea = (formData = {}) =>
      application({ service: { ...service, form: { sections: [building] } }, formData })

    it('sends the number as read: 1.200 is 1200, not 1.2', async () => {
      api.callAsAccount.mockResolvedValue(withArea({ luas: 1200 }))
      const wrapper = await open(withArea(), 'bangunan')
      await wrapper.get('#field-luas').setValue('1.200')
      await wrapper.get('form').trigger('submit')
      await flushPromises()
      expect(api.callAsAccount).toHaveBeenCalledOnce()
      expect(api.callAsAccount.mock.calls[0]![1].body.data).toEqual({ luas: 1200 })
    })

    it('does not continue with a number that could be read two ways, and says how to write it', async () => {
      const wrapper = await open(withArea(), 'bangunan')
      await wrapper.get('#field-luas').setValue('1.5')
      await wrapper.get('form').trigger('submit')
      await flushPromises()
      expect(api.callAsAccount).not.toHaveBeenCalled()
      const summary = wrapper.get('[role="alert"]').text()
      expect(summary).toContain('Tulis 1.200 untuk seribu dua ratus, atau 1,2 untuk satu koma dua')
      // Corrected and left: the problem leaves the summary; what will be saved is shown instead.
      await wrapper.get('#field-luas').setValue('1,5')
      await wrapper.get('#field-luas').trigger('blur')
      expect(wrapper.find('[role="alert"]').exists()).toBe(false)
      expect(wrapper.text()).toContain('Dibaca sebagai 1,5 m².')
    })

    it('shows a stored number the way it is typed, so saving again keeps it', async () => {
      api.callAsAccount.mockResolvedValue(withArea({ luas: 1200.5 }))
      const wrapper = await open(withArea({ luas: 1200.5 }), 'bangunan')
      expect((wrapper.get('#field-luas').element as HTMLInputElement).value).toBe('1.200,5')
      await wrapper.get('form').trigger('submit')
      await flushPromises()
      expect(api.callAsAccount.mock.calls[0]![1].body.data).toEqual({ luas: 1200.5 })
    })
  })
})
