import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import LanguageSwitch from './LanguageSwitch.vue'

describe('language switch', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('starts in Bahasa Indonesia and offers English, named in English', () => {
    const wrapper = mount(LanguageSwitch, { global: { plugins: [i18n] } })
    const button = wrapper.get('button')
    expect(document.documentElement.lang).toBe('id')
    expect(button.text()).toBe('English')
    expect(button.attributes('lang')).toBe('en')
  })

  it('switching sets the page language and is remembered for the next visit', async () => {
    const wrapper = mount(LanguageSwitch, { global: { plugins: [i18n] } })
    await wrapper.get('button').trigger('click')
    expect(document.documentElement.lang).toBe('en')
    expect(i18n.global.locale.value).toBe('en')
    expect(localStorage.getItem('pintu.officer.locale')).toBe('en')
    expect(wrapper.get('button').text()).toBe('Bahasa Indonesia')

    setActivePinia(createPinia())
    const again = mount(LanguageSwitch, { global: { plugins: [i18n] } })
    expect(again.get('button').text()).toBe('Bahasa Indonesia')
    await again.get('button').trigger('click')
    expect(document.documentElement.lang).toBe('id')
  })
})
