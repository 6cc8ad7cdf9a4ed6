import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/i18n/index.ts'
import { forgetSite } from '../site.ts'
import { resetSiteState } from '../useSite.ts'
import SimulatorBanner from './SimulatorBanner.vue'

async function show(simulators: string[], locale: 'id' | 'en' = 'id') {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ officeCode: '32.73', simulators }), { status: 200 })))
  const wrapper = mount(SimulatorBanner, { global: { plugins: [createAppI18n(locale)] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  forgetSite()
  resetSiteState()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the simulator banner', () => {
  it('says in a named region that bank payments here are simulated and no real money moves', async () => {
    const wrapper = await show(['bank'])
    const region = wrapper.get('section')
    const name = document.getElementById(region.attributes('aria-labelledby')!)
    expect(name?.textContent).toBe('SIMULASI')
    expect(region.text()).toBe('SIMULASI — pembayaran bank pada instalasi ini disimulasikan; tidak ada uang sungguhan.')
    // Not dismissible: nothing to press.
    expect(region.findAll('button')).toHaveLength(0)
  })

  it('speaks English too', async () => {
    expect((await show(['bank'], 'en')).text()).toContain('SIMULATION — bank payments on this installation are simulated; no real money.')
  })

  it('is absent where the bank is real', async () => {
    expect((await show([])).find('section').exists()).toBe(false)
  })
})
