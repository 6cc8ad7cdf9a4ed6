import { mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import RupiahInput from './RupiahInput.vue'

// Mounted with its label, as a page uses it, so the input is found by its accessible name.
function mountAmount(props: Record<string, unknown> = {}) {
  const wrapper: VueWrapper = mount(
    {
      components: { RupiahInput },
      props: ['problem'],
      data: () => ({ amount: '' }),
      template: `<label for="amount">Jumlah</label>
        <RupiahInput id="amount" v-model="amount" :problem="problem" @read="$emit('read', $event)" />`,
    },
    { props, global: { plugins: [i18n] } },
  )
  return wrapper
}

function byLabel(wrapper: VueWrapper, name: string) {
  const label = wrapper.findAll('label').find((candidate) => candidate.text() === name)
  if (!label) throw new Error(`no control labelled ${name}`)
  return wrapper.get(`#${label.attributes('for')}`)
}

/** The control's accessible description: the texts its aria-describedby points at. */
function description(wrapper: VueWrapper, control: ReturnType<typeof byLabel>) {
  const ids = (control.attributes('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => wrapper.get(`#${id}`).text()).join(' ')
}

async function typeAndLeave(wrapper: VueWrapper, text: string) {
  const box = byLabel(wrapper, 'Jumlah')
  await box.setValue(text)
  await box.trigger('blur')
  return box
}

describe('a rupiah input', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
  })

  it('is a text box, never type=number, and says how amounts are written', () => {
    const wrapper = mountAmount()
    const box = byLabel(wrapper, 'Jumlah')
    expect(box.attributes('type')).toBe('text')
    expect(box.attributes('inputmode')).toBe('decimal')
    expect(description(wrapper, box)).toBe('Dalam rupiah, misalnya Rp 150.000 atau 150000.')
  })

  it('takes `Rp 5.000.000` as it is written, and shows the amount it read', async () => {
    const wrapper = mountAmount()
    const box = await typeAndLeave(wrapper, 'Rp 5.000.000')
    expect(description(wrapper, box)).toContain('Dibaca sebagai Rp 5.000.000.')
    expect(box.attributes('aria-invalid')).toBeUndefined()
    expect(wrapper.emitted('read')?.at(-1)).toEqual([{ ok: true, value: 5_000_000 }])
  })

  it('refuses an amount that could be read two ways, and says how to write it', async () => {
    const wrapper = mountAmount()
    const box = await typeAndLeave(wrapper, '1.5')
    expect(description(wrapper, box)).toContain('“1.5” bisa dibaca dua cara. Tulis 1.200 untuk seribu dua ratus')
    expect(description(wrapper, box)).not.toContain('Dibaca sebagai')
    expect(box.attributes('aria-invalid')).toBe('true')
    expect(wrapper.emitted('read')).toEqual([[{ ok: false, problem: 'number.ambiguous' }]])
  })

  it('says nothing while the officer types', async () => {
    const wrapper = mountAmount()
    const box = await typeAndLeave(wrapper, '1.5')
    await box.setValue('1.50')
    expect(box.attributes('aria-invalid')).toBeUndefined()
    expect(description(wrapper, box)).not.toContain('dua cara')
  })

  it('explains in English, but reads the same Indonesian amount', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = mountAmount()
    const box = await typeAndLeave(wrapper, '150,000')
    expect(description(wrapper, box)).toContain('write 1.200 for one thousand two hundred rupiah')
    await typeAndLeave(wrapper, '150.000')
    expect(description(wrapper, box)).toContain('Read as Rp 150.000.')
  })

  it('shows the page’s problem from the last submit', () => {
    const wrapper = mountAmount({ problem: { key: 'payments.amountInvalid' } })
    const box = byLabel(wrapper, 'Jumlah')
    expect(description(wrapper, box)).toContain('Isi jumlah pembayaran, lebih dari Rp 0.')
    expect(box.attributes('aria-invalid')).toBe('true')
  })
})
