import { sampleSiteOffice } from '@pintu/contract/samples'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { forgetSite } from '../site.ts'
import { resetSiteState } from '../useSite.ts'
import SimulatorBanner from './SimulatorBanner.vue'

async function show(simulators: string[], locale: 'id' | 'en' = 'id') {
  const answer = JSON.stringify({ officeCode: '32.73', office: sampleSiteOffice, simulators })
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(answer, { status: 200 })),
  )
  const wrapper = mount(SimulatorBanner, { global: { plugins: [createTestI18n(locale)] }, attachTo: document.body })
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
    const said = 'SIMULASI — pembayaran bank pada instalasi ini disimulasikan; tidak ada uang sungguhan.'
    expect(region.text()).toBe(said)
    // Not dismissible: nothing to press.
    expect(region.findAll('button')).toHaveLength(0)
  })

  it('speaks English too', async () => {
    const said = 'SIMULATION — bank payments on this installation are simulated; no real money.'
    expect((await show(['bank'], 'en')).text()).toContain(said)
  })

  it('is absent where the bank is real', async () => {
    expect((await show([])).find('section').exists()).toBe(false)
  })
})
