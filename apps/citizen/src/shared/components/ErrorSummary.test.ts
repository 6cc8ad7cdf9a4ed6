import { mount, RouterLinkStub } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import ErrorSummary from './ErrorSummary.vue'

describe('ErrorSummary', () => {
  it('takes focus when shown, so the problems are read out at once', async () => {
    const wrapper = mount(ErrorSummary, {
      props: { title: 'Ada masalah', problems: [{ field: 'nik', message: 'NIK tidak valid' }] },
      attachTo: document.body,
    })
    await nextTick()
    expect(document.activeElement).toBe(wrapper.element)
    expect(wrapper.attributes('role')).toBe('alert')
    wrapper.unmount()
  })

  it('links each problem to its field and moves focus there when followed', async () => {
    const input = document.createElement('input')
    input.id = 'register-nik'
    document.body.append(input)
    const wrapper = mount(ErrorSummary, {
      props: {
        title: 'Ada masalah',
        problems: [{ field: 'register-nik', message: 'NIK tidak valid' }, { message: 'Server sibuk' }],
      },
      attachTo: document.body,
    })
    await nextTick() // the summary has taken focus, as on a real page before anyone clicks
    const links = wrapper.findAll('a')
    expect(links).toHaveLength(1) // a problem without a field is plain text
    expect(links[0]!.attributes('href')).toBe('#register-nik')
    await links[0]!.trigger('click')
    expect(document.activeElement).toBe(input)
    expect(wrapper.text()).toContain('Server sibuk')
    wrapper.unmount()
    input.remove()
  })

  it('links a problem fixed on another page to that page', () => {
    const to = { name: 'application-documents', params: { id: 'x' }, hash: '#upload-proposal' }
    const wrapper = mount(ErrorSummary, {
      props: { title: 'Ada masalah', problems: [{ message: 'Proposal penelitian belum diunggah.', to }] },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    const link = wrapper.getComponent(RouterLinkStub)
    expect(link.props('to')).toEqual(to)
    expect(link.text()).toBe('Proposal penelitian belum diunggah.')
    wrapper.unmount()
  })
})
