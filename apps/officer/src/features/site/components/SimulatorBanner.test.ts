import { sampleSiteOffice } from '@pintu/contract/samples'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'

// The banner asks the public site route; the answer is scripted per test.
let simulators: string[] = []
const asked: string[] = []
vi.stubGlobal('fetch', async (url: string) => {
  asked.push(url)
  const headers = { 'content-type': 'application/json' }
  return new Response(JSON.stringify({ officeCode: '32.73', office: sampleSiteOffice, simulators }), {
    status: 200,
    headers,
  })
})
const { default: SimulatorBanner } = await import('./SimulatorBanner.vue')
const { forgetSite } = await import('../useSite.ts')

async function show(on: boolean) {
  simulators = on ? ['bank'] : []
  const wrapper = mount(SimulatorBanner, { global: { plugins: [i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  forgetSite()
  i18n.global.locale.value = 'id'
  document.body.innerHTML = ''
  asked.length = 0
})

describe('the simulator banner', () => {
  it('says in a named region that bank payments here are simulated, with nothing to dismiss it', async () => {
    const wrapper = await show(true)
    expect(asked).toEqual(['/api/v1/site'])
    const region = wrapper.get('section')
    expect(document.getElementById(region.attributes('aria-labelledby')!)?.textContent).toBe('SIMULASI')
    const said = 'SIMULASI — pembayaran bank pada instalasi ini disimulasikan; tidak ada uang sungguhan.'
    expect(region.text()).toBe(said)
    expect(region.findAll('button')).toHaveLength(0)
    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(region.text()).toBe('SIMULATION — bank payments on this installation are simulated; no real money.')
  })

  it('is absent where the bank is real', async () => {
    expect((await show(false)).find('section').exists()).toBe(false)
  })

  it('asks once per page load however many components want to know', async () => {
    await show(true)
    await show(true)
    expect(asked).toHaveLength(1)
  })
})
