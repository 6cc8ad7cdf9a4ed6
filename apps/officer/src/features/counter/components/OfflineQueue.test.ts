import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, ref, shallowRef } from 'vue'
import { i18n } from '@/i18n/index.ts'
import '../messages.ts'
import type { QueuedIntake } from '../offline/store.ts'
import type { OfflineCounter } from '../offline/useOfflineCounter.ts'
import OfflineQueue from './OfflineQueue.vue'

const entry = (id: string, keyTag: string, error: QueuedIntake['error'] = null) =>
  ({ id, keyTag, provisionalNo: `SEM-2026-3FA2C1-00${id}`, error }) as QueuedIntake

/** The panel over a queue as useOfflineCounter shapes it, with spies for what the officer does. */
function fakeQueue(entries: QueuedIntake[], offline: boolean) {
  const list = shallowRef(entries)
  const mine = (e: QueuedIntake) => e.keyTag === 'now'
  return {
    entries: list,
    waiting: computed(() => list.value.filter((e) => mine(e) && !e.error)),
    refused: computed(() => list.value.filter((e) => mine(e) && e.error)),
    locked: computed(() => list.value.filter((e) => !mine(e))),
    offline: ref(offline),
    sending: ref(false),
    sent: shallowRef([{ provisionalNo: 'SEM-2026-3FA2C1-000', registrationNo: 'REG-2026-000042' }]),
    sendAll: vi.fn(),
    discard: vi.fn(),
    discardLocked: vi.fn(),
    retry: vi.fn(),
  } as unknown as OfflineCounter
}

describe('the offline queue panel', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
  })

  it('says how many wait while offline, offers to take one and sends only when asked', async () => {
    const queue = fakeQueue([entry('1', 'now'), entry('2', 'now')], true)
    const wrapper = mount(OfflineQueue, { props: { queue, taking: false }, global: { plugins: [i18n] } })
    expect(wrapper.get('[role="status"]').text()).toBe('Offline — 2 menunggu dikirim')
    expect(wrapper.text()).toContain('Terkirim: SEM-2026-3FA2C1-000 → REG-2026-000042')
    expect(queue.sendAll).not.toHaveBeenCalled()
    const buttons = wrapper.findAll('button')
    await buttons.find((b) => b.text() === 'Kirim sekarang')!.trigger('click')
    expect(queue.sendAll).toHaveBeenCalledOnce()
    await buttons.find((b) => b.text() === 'Catat tanpa jaringan')!.trigger('click')
    expect(wrapper.emitted('take')).toHaveLength(1)
  })

  it('shows a refused intake with its code for the officer to retry or discard, and counts locked ones', async () => {
    const refused = entry('3', 'now', { code: 'catalogue.retired', message: 'Layanan ini sudah tidak dibuka.' })
    const queue = fakeQueue([refused, entry('4', 'earlier'), entry('5', 'earlier')], false)
    const wrapper = mount(OfflineQueue, { props: { queue, taking: false }, global: { plugins: [i18n] } })
    expect(wrapper.get('[role="status"]').text()).toBe('0 menunggu dikirim')
    expect(wrapper.get('[role="alert"]').text()).toContain('(catalogue.retired)')
    expect(wrapper.find('button:disabled').text()).toBe('Kirim sekarang')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Buang SEM-2026-3FA2C1-003')!
      .trigger('click')
    expect(queue.discard).toHaveBeenCalledWith('3')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Coba kirim lagi SEM-2026-3FA2C1-003')!
      .trigger('click')
    expect(queue.retry).toHaveBeenCalledWith('3')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Ubah SEM-2026-3FA2C1-003')!
      .trigger('click')
    expect(wrapper.emitted('edit')).toEqual([['3']])
    expect(wrapper.text()).toContain('2 permohonan dari sesi sebelumnya terkunci')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Buang yang terkunci')!
      .trigger('click')
    expect(queue.discardLocked).toHaveBeenCalledOnce()
  })

  it('stays out of the way when nothing is kept and the server answers', () => {
    const wrapper = mount(OfflineQueue, {
      props: { queue: { ...fakeQueue([], false), sent: shallowRef([]) } as OfflineCounter, taking: false },
      global: { plugins: [i18n] },
    })
    expect(wrapper.find('section').exists()).toBe(false)
  })
})
