import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import PasswordField from './PasswordField.vue'

function mountField(props: Record<string, unknown> = {}) {
  return mount(PasswordField, {
    props: {
      id: 'pw',
      label: 'Kata sandi',
      hint: 'Minimal 10 karakter',
      autocomplete: 'new-password',
      modelValue: '',
      ...props,
    },
    global: { plugins: [createTestI18n('id')] },
    attachTo: document.body,
  })
}

describe('PasswordField', () => {
  it('labels the input and ties hint and error to it', () => {
    const wrapper = mountField({ error: 'Kata sandi ini terlalu umum' })
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe('pw')
    expect(input.attributes('aria-describedby')).toBe('pw-hint pw-error')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#pw-error').text()).toBe('Kata sandi ini terlalu umum')
    wrapper.unmount()
  })

  it('shows and hides the password with a real button named for what it does', async () => {
    const wrapper = mountField()
    const button = wrapper.get('button')
    expect(button.attributes('type')).toBe('button') // never submits the form
    expect(button.text()).toBe('Tampilkan kata sandi')
    expect(wrapper.get('input').attributes('type')).toBe('password')
    await button.trigger('click')
    expect(wrapper.get('input').attributes('type')).toBe('text')
    expect(button.text()).toBe('Sembunyikan kata sandi')
    wrapper.unmount()
  })

  it('has no error wiring when there is no error', () => {
    const wrapper = mountField()
    expect(wrapper.get('input').attributes('aria-invalid')).toBeUndefined()
    expect(wrapper.get('input').attributes('aria-describedby')).toBe('pw-hint')
    wrapper.unmount()
  })
})
