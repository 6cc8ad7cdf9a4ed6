import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import '../messages.ts'
import ServiceStep from './ServiceStep.vue'

// The catalogue answers its list at once and each service's detail when the test lets it.
const pending: { code: string; resolve: () => void }[] = []
const kindsOf: Record<string, string[]> = { SKP: ['baru'], IMB: ['perpanjangan', 'perubahan'] }
vi.mock('@/api.ts', () => ({
  call: vi.fn(async (route: { url: string }, input?: { params?: { code: string } }) => {
    if (!route.url.endsWith(':code'))
      return { items: Object.keys(kindsOf).map((code) => ({ code, name: { id: code, en: code } })), total: 2 }
    const code = input!.params!.code
    await new Promise<void>((resolve) => pending.push({ code, resolve }))
    return { code, definition: { applicationKinds: kindsOf[code] } }
  }),
}))

async function mountStep() {
  i18n.global.locale.value = 'id'
  const wrapper = mount(ServiceStep, {
    props: { busy: false, error: null },
    global: { plugins: [i18n, createPinia()] },
  })
  await flushPromises()
  return wrapper
}

describe('the counter service step', () => {
  it('creates with the kind the service implies even when "create" is pressed before its detail arrives', async () => {
    const wrapper = await mountStep()
    await wrapper.get('#counter-service').setValue('SKP')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.emitted('create')).toBeUndefined()
    expect(wrapper.find('#counter-kind-problem').exists()).toBe(false)

    pending.shift()!.resolve()
    await flushPromises()
    expect(wrapper.emitted('create')).toEqual([[{ serviceCode: 'SKP', applicationKind: 'baru' }]])
  })

  it('asks for the kind once the detail shows the service has several and none is new', async () => {
    const wrapper = await mountStep()
    await wrapper.get('#counter-service').setValue('IMB')
    await wrapper.get('form').trigger('submit')
    pending.shift()!.resolve()
    await flushPromises()
    expect(wrapper.emitted('create')).toBeUndefined()
    expect(wrapper.get('#counter-kind-problem').text()).toBe(i18n.global.t('counter.problems.chooseKind'))
  })
})
