import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/i18n/index.ts'
import { application, returnedApplication } from '../testing/fixtures.ts'
import { useApplicationStore } from '../useApplicationStore.ts'
import FormSectionPage from './FormSectionPage.vue'

const Empty = { template: '<div />' }

async function open(app: ReturnType<typeof application>, section: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useApplicationStore().set(app) // already loaded: the page makes no request
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/permohonan/:id/isi/:section', name: 'application-section', component: FormSectionPage },
      ...['application', 'application-documents', 'application-check', 'applications', 'login'].map((name) => ({ path: `/${name}/:id?`, name, component: Empty })),
    ],
  })
  await router.push(`/permohonan/${app.id}/isi/${section}`)
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, pinia, createAppI18n('id')] } })
  await flushPromises()
  return wrapper
}

describe('a form section page', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('in a draft, every field of the section is an input', async () => {
    const wrapper = await open(application({ formData: { pemohon_nama: 'Dewi Lestari' } }), 'pemohon')
    expect(wrapper.get('h1').text()).toBe('Data pemohon')
    expect(wrapper.findAll('form input, form textarea, form select').map((el) => el.attributes('id'))).toEqual(['field-pemohon_nik', 'field-pemohon_nama', 'field-pemohon_email'])
    expect((wrapper.get('#field-pemohon_nama').element as HTMLInputElement).value).toBe('Dewi Lestari')
    expect(wrapper.text()).toContain('Simpan dan lanjutkan nanti')
  })

  it('after a return, only the fields on the checklist are inputs; the others are shown as answers', async () => {
    const app = returnedApplication({ fields: ['pemohon_nik'], requirements: [] })
    const wrapper = await open({ ...app, formData: { pemohon_nik: '3273014508900001', pemohon_nama: 'Dewi Lestari' } }, 'pemohon')
    expect(wrapper.findAll('form input, form textarea, form select').map((el) => el.attributes('id'))).toEqual(['field-pemohon_nik'])
    expect(wrapper.text()).toContain('Perlu diperbaiki')
    expect(wrapper.get('dl').text()).toContain('Dewi Lestari')
    expect(wrapper.text()).not.toContain('Simpan dan lanjutkan nanti')
  })

  it('while the office holds the file, nothing is editable', async () => {
    const wrapper = await open(application({ status: 'admin_verification', availableActions: ['withdraw'] }), 'pemohon')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.text()).toContain('tidak dapat diubah')
  })
})
