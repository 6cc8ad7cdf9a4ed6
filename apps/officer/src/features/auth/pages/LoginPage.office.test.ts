import type { ServedOffice, Session } from '@pintu/contract'
import { OFFICE_HEADER } from '@pintu/contract/office-header'
import { sampleSiteOffice } from '@pintu/contract/samples'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n/index.ts'

// The typed client keeps the fetch it finds when the API module loads: one stand-in, set first,
// hands each request to the deployment of the test running.
let answer: (url: string, init: RequestInit) => Promise<Response> = async () => new Response(null, { status: 503 })
vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => answer(url, init))
const { default: LoginPage } = await import('./LoginPage.vue')
const { forgetSite } = await import('@/features/site/useSite.ts')
const { OFFICER_OFFICE_KEY, officerOffice, rememberOfficerOffice } = await import('../officerOffice.ts')

// The sign-in page of a deployment serving several offices: the officer chooses theirs, and the
// login and every request after it go to that office.

const served = (code: string, province: [string, string], region: string): ServedOffice => ({
  code,
  bpsCode: code.replace('.', ''),
  province: { code: province[0], name: { id: province[1], en: province[1] } },
  region: { id: region, en: region },
  name: { id: `DPMPTSP ${region}`, en: `DPMPTSP ${region}` },
  shortName: `DPMPTSP ${region}`,
  address: `Jl. Merdeka No. 1, ${region}`,
  timezone: 'Asia/Jakarta',
  isDefault: code === '32.73',
})
const BANDUNG = served('32.73', ['32', 'Jawa Barat'], 'Kota Bandung')
const MAKASSAR = served('73.71', ['73', 'Sulawesi Selatan'], 'Kota Makassar')

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

function officerSession(officeCode: string): Session {
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString()
  return {
    accessToken: 'access-1',
    accessTokenExpiresAt: inMinutes(15),
    refreshToken: 'refresh-token-number-1-xxxxxxxx',
    refreshTokenExpiresAt: inMinutes(600),
    account: {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'officer',
      fullName: 'Andi',
      email: 'andi@makassarkota.go.id',
      roles: ['frontdesk'],
      officeCode,
    },
  }
}

/** The API of a deployment serving `offices`: each request answered by the office it names. */
function deployment(offices: readonly ServedOffice[]) {
  const sent: { url: string; office: string | null }[] = []
  answer = async (url, init) => {
    const office = new Headers(init.headers).get(OFFICE_HEADER)
    sent.push({ url, office })
    const answering = offices.find((o) => o.code === (office ?? offices[0]!.code))
    if (url === '/api/v1/offices') return json(200, { offices })
    if (!answering) return json(404, { error: { code: 'not_found', message: 'Not found' } })
    if (url === '/api/v1/site')
      return json(200, {
        officeCode: answering.code,
        office: { ...sampleSiteOffice, shortName: answering.shortName, region: answering.region },
        simulators: [],
        officesServed: offices.length,
      })
    if (url === '/api/v1/auth/login') return json(200, officerSession(answering.code))
    return json(404, { error: { code: 'not_found', message: 'Not found' } })
  }
  return sent
}

async function open() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/login', name: 'login', component: LoginPage },
    ],
  })
  await router.push('/login')
  const wrapper = mount(LoginPage, { global: { plugins: [i18n, router] } })
  await flushPromises()
  return { wrapper, router }
}

async function signIn(wrapper: Awaited<ReturnType<typeof open>>['wrapper']) {
  await wrapper.get('#login-email').setValue('andi@makassarkota.go.id')
  await wrapper.get('#login-password').setValue('kata sandi yang panjang')
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('signing in at one of several offices', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    forgetSite()
  })
  afterEach(() => {
    rememberOfficerOffice(null)
    localStorage.clear()
    sessionStorage.clear()
  })

  it('the officer chooses their office in a labelled list by province, and the login goes there', async () => {
    const sent = deployment([BANDUNG, MAKASSAR])
    const { wrapper, router } = await open()
    const select = wrapper.get('select#login-office')
    expect(wrapper.get('label[for="login-office"]').text()).toBe('Kantor')
    expect(select.findAll('optgroup').map((g) => g.attributes('label'))).toEqual(['Jawa Barat', 'Sulawesi Selatan'])
    // Nothing remembered yet: the office answering here is offered first.
    expect((select.element as HTMLSelectElement).value).toBe('32.73')
    await select.setValue('73.71')
    await signIn(wrapper)
    expect(sent.find((s) => s.url === '/api/v1/auth/login')?.office).toBe('73.71')
    expect(localStorage.getItem(OFFICER_OFFICE_KEY)).toBe('73.71')
    expect(router.currentRoute.value.path).toBe('/')
    // The site facts are asked again, of the office chosen.
    expect(sent.filter((s) => s.url === '/api/v1/site').at(-1)?.office).toBe('73.71')
  })

  it('the office is remembered on this computer: the next sign-in offers it first', async () => {
    rememberOfficerOffice('73.71')
    deployment([BANDUNG, MAKASSAR])
    const { wrapper } = await open()
    expect((wrapper.get('select#login-office').element as HTMLSelectElement).value).toBe('73.71')
  })

  it('a remembered office the deployment no longer serves is forgotten', async () => {
    rememberOfficerOffice('73.71')
    deployment([BANDUNG, served('32.77', ['32', 'Jawa Barat'], 'Kota Cimahi')])
    const { wrapper } = await open()
    expect(officerOffice.value).toBeNull()
    expect((wrapper.get('select#login-office').element as HTMLSelectElement).value).toBe('32.73')
  })

  it('with one office served there is no choice, and the login names no office', async () => {
    const sent = deployment([BANDUNG])
    const { wrapper } = await open()
    expect(wrapper.find('select').exists()).toBe(false)
    await signIn(wrapper)
    expect(sent.find((s) => s.url === '/api/v1/auth/login')?.office).toBeNull()
    expect(localStorage.getItem(OFFICER_OFFICE_KEY)).toBeNull()
  })
})
