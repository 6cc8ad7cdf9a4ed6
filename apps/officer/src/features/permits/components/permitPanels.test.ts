import type { PermitData, PermitPreview, PermitVerification } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import { sampleDetail } from '@/features/workItem/testing/sampleDetail.ts'

// The signer previews what the API will print and sign; the issued permit shows the same words,
// with revocation kept apart from the download.
const printed: PermitData = {
  number: '',
  registrationNo: 'REG-2026-000042',
  serviceCode: 'IMB',
  serviceName: { id: 'Izin Mendirikan Bangunan', en: 'Building Permit' },
  applicationKind: 'baru',
  holderName: 'Budi Santoso',
  issuedOn: '2026-12-01',
  validUntil: null,
  validityNote: {
    id: 'Pembangunan wajib dimulai paling lambat 6 bulan sejak izin terbit.',
    en: 'Start within 6 months.',
  },
  particulars: [
    { key: 'lokasi_bangunan_alamat', label: { id: 'Alamat bangunan', en: 'Address' }, value: 'Jl. Cihapit No. 12' },
    { key: 'bangunan_luas_lantai', label: { id: 'Luas total lantai', en: 'Floor area' }, value: '1.250,5 m²' },
  ],
  signerName: 'Kepala Satu',
  signerTitle: 'Kepala Dinas',
  delegationId: null,
  approvalBasis: 'decision',
  officeCode: '32.73',
  officeName: 'DPMPTSP',
}
const preview: PermitPreview = { printed, numberPreview: '640/…/IMB/DPMPTSP/XII/2026' }
const verification: PermitVerification = {
  status: 'valid',
  summary: null,
  permit: { ...printed, number: '640/7/IMB/DPMPTSP/XII/2026' },
  codeMatches: null,
  revoked: null,
  log: null,
  verifyUrl: 'https://pintu.test/verifikasi?nomor=x&kode=ABC',
  signature: null,
  pades: null,
}
const requests: string[] = []
vi.stubGlobal('fetch', async (url: string) => {
  requests.push(url)
  const body = url.endsWith('/permit-preview') ? preview : verification
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
})
const { default: SigningPreview } = await import('./SigningPreview.vue')
const { default: PermitPanel } = await import('./PermitPanel.vue')
const { useSessionStore } = await import('@/stores/session.ts')

function asOfficer(roles: string[]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().account = {
    id: '00000000-0000-4000-8000-0000000000c1',
    kind: 'officer',
    fullName: 'Kepala Satu',
    email: 'k1@example.go.id',
    roles: roles as never,
    officeCode: '32.73',
  }
  return pinia
}

describe('signing preview and permit panel', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'en'
    requests.length = 0
  })

  it('shows the signer exactly the printed data from the API: key data, long dates, the kind in words', async () => {
    const pinia = asOfficer(['signer'])
    const detail = sampleDetail({ status: 'signing', availableActions: ['sign'] })
    const wrapper = mount(SigningPreview, { props: { detail }, global: { plugins: [i18n, pinia] } })
    await flushPromises()
    expect(requests).toEqual([`/api/v1/applications/${detail.id}/permit-preview`])
    const text = wrapper.text()
    for (const expected of [
      '640/…/IMB/DPMPTSP/XII/2026',
      'Budi Santoso',
      'Jl. Cihapit No. 12',
      '1.250,5 m²',
      '1 Desember 2026',
      'Baru',
    ])
      expect(text).toContain(expected)
    expect(text).toMatch(/Tidak ada tanggal berakhir\s+— Pembangunan wajib dimulai paling lambat 6 bulan/)
    expect(text).toContain('recorded in the audit log')
  })

  it('asks nothing (no audited read) of an officer who does not hold the signing stage', async () => {
    const pinia = asOfficer(['supervisor'])
    const detail = sampleDetail({ status: 'signing', availableActions: [] })
    const wrapper = mount(SigningPreview, { props: { detail }, global: { plugins: [i18n, pinia] } })
    await flushPromises()
    expect(requests).toEqual([])
    expect(wrapper.text()).not.toContain('Budi Santoso')
  })

  it('keeps revocation in its own section, apart from the download', async () => {
    const pinia = asOfficer(['signer'])
    const wrapper = mount(PermitPanel, {
      props: { applicationId: '00000000-0000-4000-8000-0000000000aa' },
      global: { plugins: [i18n, pinia] },
    })
    await flushPromises()
    expect(wrapper.text()).toContain('Jl. Cihapit No. 12')
    const download = wrapper.get('button.button--secondary')
    expect(download.text()).toBe(i18n.global.t('permit.download'))
    const zone = wrapper.get('section[aria-labelledby="permit-revoke-heading"]')
    expect(zone.get('button').text()).toBe(i18n.global.t('permit.revoke'))
    // Not side by side: the download's button row holds no revoke button.
    expect(download.element.parentElement!.querySelector('.button--danger')).toBeNull()
    expect(zone.element.contains(download.element)).toBe(false)
  })
})
