import type { ApplicationList } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import { forgetSite } from '@/features/site/site.ts'
import { resetSiteState } from '@/features/site/useSite.ts'
import { forgetOffices } from '@/features/office/offices.ts'
import { BANDUNG, MAKASSAR, fakeDeployment } from '@/features/office/testing/fakeDeployment.ts'
import { connectSession } from '@/shared/sessionBridge.ts'
import { sessionBridgeOf, useSessionStore } from '@/stores/session.ts'
import { application } from '../testing/fixtures.ts'
import MyApplicationsPage from './MyApplicationsPage.vue'
import { sampleSession } from '@/stores/testing/sampleSession.ts'

const session = sampleSession()

// A file of the list: the detail fixture carries every field a list item has.
const file = (id: string, officeCode: string, more: Partial<ApplicationList['items'][number]> = {}) =>
  application({ id, officeCode, ...more })

const BANDUNG_FILE = '00000000-0000-4000-8000-0000000000b1'
const MAKASSAR_FILE = '00000000-0000-4000-8000-0000000000d2'

async function open(
  offices = [BANDUNG, MAKASSAR],
  items: ApplicationList['items'] = [file(MAKASSAR_FILE, '73.71'), file(BANDUNG_FILE, '32.73')],
) {
  const deployment = fakeDeployment(offices)
  const list: ApplicationList = {
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
  }
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) =>
    String(input).startsWith('/api/v1/applications?')
      ? new Response(JSON.stringify(list), { status: 200, headers: { 'content-type': 'application/json' } })
      : deployment.fetch(input, init),
  )
  useSessionStore().start(session)
  connectSession(sessionBridgeOf(useSessionStore()))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/permohonan', name: 'applications', component: MyApplicationsPage },
      { path: '/permohonan/:id', name: 'application', component: { template: '<p>detail</p>' } },
      { path: '/layanan', name: 'catalogue', component: { template: '<p>katalog</p>' } },
      { path: '/kantor/:code?/:rest(.*)*', name: 'office', component: { template: '<p>kantor</p>' } },
    ],
  })
  await router.push('/permohonan')
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, createTestI18n('id')] } })
  await flushPromises()
  return wrapper
}

const linkOf = (wrapper: Awaited<ReturnType<typeof open>>, index: number) =>
  wrapper.findAll('article.card')[index]!.get('h2 a').attributes('href')

describe('my applications, at every office (applicants are national)', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    forgetSite()
    resetSiteState()
    forgetOffices()
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    localStorage.clear()
  })

  it('names each file’s office, and opens a file of another office at that office', async () => {
    const wrapper = await open()
    const cards = wrapper.findAll('article.card')
    expect(cards.map((card) => card.find('.application-card__meta').text())).toEqual([
      'Kantor: DPMPTSP Kota Makassar',
      'Kantor: DPMPTSP Kota Bandung',
    ])
    // The answering office is Bandung (the default): its file opens here, Makassar's through /kantor.
    expect(linkOf(wrapper, 0)).toBe(`/kantor/73.71/permohonan/${MAKASSAR_FILE}`)
    expect(linkOf(wrapper, 1)).toBe(`/permohonan/${BANDUNG_FILE}`)
  })

  it('dates each file in its own office’s time zone, and marks provisional only what its office’s calendar leaves open', async () => {
    // Thursday 26 November 2026, 23:30 WIB: still Thursday in Bandung, already Friday 00:30 in Makassar.
    const late = '2026-11-26T16:30:00.000Z'
    const wrapper = await open(
      [BANDUNG, MAKASSAR],
      [
        // Makassar has published its 2027 calendar, Bandung (the answering office) has not: the API says so per file.
        file(MAKASSAR_FILE, '73.71', {
          status: 'admin_verification',
          submittedAt: late,
          expectedCompletionDate: '2027-01-05',
          expectedCompletionProvisional: false,
        }),
        file(BANDUNG_FILE, '32.73', {
          status: 'admin_verification',
          submittedAt: late,
          expectedCompletionDate: '2027-01-05',
          expectedCompletionProvisional: true,
        }),
      ],
    )
    const [makassar, bandung] = wrapper.findAll('article.card').map((card) => card.text())
    expect(makassar).toContain('Dikirim 27 November 2026')
    expect(bandung).toContain('Dikirim 26 November 2026')
    expect(makassar).toContain('5 Januari 2027')
    expect(makassar).not.toContain('kalender libur 2027 belum ditetapkan')
    expect(bandung).toContain('kalender libur 2027 belum ditetapkan')
  })

  it('with one office served, names no office', async () => {
    const wrapper = await open([BANDUNG])
    expect(wrapper.text()).not.toContain('Kantor:')
    expect(linkOf(wrapper, 1)).toBe(`/permohonan/${BANDUNG_FILE}`)
  })
})
