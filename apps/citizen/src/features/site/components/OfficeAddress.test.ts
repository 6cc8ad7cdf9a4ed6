import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { forgetSite } from '../site.ts'
import OfficeAddress from './OfficeAddress.vue'

async function footerWith(contact: { hours: string | null; phone: string | null; email: string | null }) {
  const office = {
    name: { id: 'DPMPTSP Kota Bandung', en: 'DPMPTSP Bandung' },
    address: 'Jl. Cianjur No. 34',
    ...contact,
  }
  const answer = JSON.stringify({ officeCode: '32.73', office, simulators: [] })
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(answer, { status: 200 })),
  )
  const wrapper = mount(
    { components: { OfficeAddress }, template: '<footer><OfficeAddress /></footer>' },
    {
      global: { plugins: [createTestI18n('id')] },
    },
  )
  await flushPromises()
  return wrapper
}

afterEach(() => {
  forgetSite()
  vi.unstubAllGlobals()
})

describe("the office's address in the footer", () => {
  it('shows the hours and contacts the deployment states, as links a phone can follow', async () => {
    const wrapper = await footerWith({
      hours: 'Senin–Jumat 08.00–15.00 WIB',
      phone: '(022) 1234567',
      email: 'a@b.go.id',
    })
    expect(wrapper.text()).toContain('Jl. Cianjur No. 34')
    expect(wrapper.text()).toContain('Jam layanan loket: Senin–Jumat 08.00–15.00 WIB')
    expect(wrapper.get('a[href^="tel:"]').attributes('href')).toBe('tel:0221234567')
    expect(wrapper.get('a[href^="mailto:"]').text()).toBe('a@b.go.id')
  })

  it('shows only the address when the deployment states no hours or contacts (nothing invented)', async () => {
    const wrapper = await footerWith({ hours: null, phone: null, email: null })
    expect(wrapper.findAll('p').map((p) => p.text())).toEqual(['Jl. Cianjur No. 34'])
    expect(wrapper.find('a').exists()).toBe(false)
  })
})
