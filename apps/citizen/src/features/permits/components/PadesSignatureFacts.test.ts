import type { PadesSummary } from '@pintu/contract'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import PadesSignatureFacts from './PadesSignatureFacts.vue'

// The summary the API reads from a signed permit PDF (simulator, B-T), as the contract shapes it.
const pades: PadesSummary = {
  service: 'simulator',
  level: 'B-T',
  signer: {
    name: 'Evi Shaleha',
    title: 'Sekretaris Dinas',
    nip: '198001012005011001',
    serial: '5c1e0a9f3b2d7e41',
    validFrom: '2026-11-01T00:00:00.000Z',
    validUntil: '2027-10-31T16:59:59.000Z',
  },
  chain: [
    'CN=Evi Shaleha, T=Sekretaris Dinas, O=Pintu Simulator',
    'CN=Pintu Simulator Signing CA, O=Pintu Simulator',
    'CN=Pintu Simulator Root CA, O=Pintu Simulator',
  ],
  timestamp: {
    time: '2026-11-28T06:33:18.000Z',
    authority: 'CN=Pintu Simulator Timestamp Authority, O=Pintu Simulator',
  },
  actingAs: null,
}

const show = (value: PadesSummary | null, locale: 'id' | 'en' = 'id') =>
  mount(PadesSignatureFacts, { props: { pades: value }, global: { plugins: [createTestI18n(locale)] } })

/** The description list as term → details text. */
const facts = (wrapper: ReturnType<typeof show>) =>
  Object.fromEntries(wrapper.findAll('dt').map((dt, i) => [dt.text(), wrapper.findAll('dd')[i]!.text()]))

describe("the permit PDF's certified signature (PAdES) on the verification page", () => {
  it('names the signer, NIP and title, the timestamp with its authority, and the chain signer first', () => {
    const wrapper = show(pades)
    expect(wrapper.get('h2').text()).toBe('Tanda tangan elektronik tersertifikasi')
    expect(wrapper.get('section').attributes('aria-labelledby')).toBe(wrapper.get('h2').attributes('id'))
    const shown = facts(wrapper)
    expect(shown['Penanda tangan']).toBe('Evi Shaleha')
    expect(shown['NIP']).toBe('198001012005011001')
    expect(shown['Jabatan di sertifikat']).toBe('Sekretaris Dinas')
    // 06:33 UTC is 13:33 in Bandung (WIB): the time a reader compares with their PDF reader's.
    expect(shown['Waktu penandatanganan (cap waktu)']).toMatch(/28 Nov 2026.*13[.:]33/)
    expect(shown['Otoritas cap waktu']).toBe(pades.timestamp!.authority)
    expect(shown['Nomor seri sertifikat']).toBe('5c1e0a9f3b2d7e41')
    expect(shown['Masa berlaku sertifikat']).toBe('1 November 2026 sampai 31 Oktober 2027')
    expect(wrapper.findAll('ol li').map((li) => li.text())).toEqual(pades.chain)
    expect(shown['Tingkat PAdES']).toBe('PAdES B-T')
    expect(wrapper.text()).not.toContain('Bertindak sebagai')
  })

  it('warns that a simulator signature is for tests only, and says nothing of it for the real service', () => {
    expect(show(pades).get('.notice').text()).toContain('SIMULATOR otoritas sertifikat lokal')
    expect(
      show({ ...pades, service: 'bsre' })
        .find('.notice')
        .exists(),
    ).toBe(false)
  })

  it.each([
    ['plt', 'Pelaksana Tugas (Plt.)'],
    ['plh', 'Pelaksana Harian (Plh.)'],
  ] as const)('signed under a %s delegation: the capacity and the delegation beside her own title', (kind, words) => {
    const title = `${kind === 'plt' ? 'Plt.' : 'Plh.'} Kepala Dinas Penanaman Modal`
    const delegationId = '0b6a3f2e-5d1c-4e8a-9f70-2a4b6c8d0e1f'
    const shown = facts(show({ ...pades, actingAs: { kind, title, delegationId } }))
    expect(shown['Jabatan di sertifikat']).toBe('Sekretaris Dinas')
    expect(shown['Bertindak sebagai']).toContain(title)
    expect(shown['Bertindak sebagai']).toContain(`${words}, berdasarkan pendelegasian ${delegationId}`)
  })

  it('speaks English too', () => {
    const wrapper = show({ ...pades, actingAs: { kind: 'plt', title: 'Plt. Kepala Dinas', delegationId: 'd-1' } }, 'en')
    expect(wrapper.get('h2').text()).toBe('Certified electronic signature')
    const shown = facts(wrapper)
    expect(shown['Signer']).toBe('Evi Shaleha')
    expect(shown['Timestamp authority']).toBe(pades.timestamp!.authority)
    expect(shown['Signed as']).toContain('Acting official (Plt.), under delegation d-1')
    expect(shown['Certificate validity']).toBe('1 November 2026 to 31 October 2027')
  })

  it('says plainly when the permit carries no certified signature, or no timestamp (B-B)', () => {
    expect(show(null).text()).toContain('PDF izin ini tidak membawa tanda tangan elektronik tersertifikasi')
    expect(show(null).find('dl').exists()).toBe(false)
    const shown = facts(show({ ...pades, level: 'B-B', timestamp: null }))
    expect(shown['Waktu penandatanganan (cap waktu)']).toBe('Tanpa cap waktu')
    expect(shown['Otoritas cap waktu']).toBeUndefined()
  })
})
