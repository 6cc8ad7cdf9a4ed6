import type { ApplicationDetail } from '@pintu/contract'
import { ApiError } from '@pintu/contract/client'
import { describe, expect, it } from 'vitest'
import { isNetworkFailure, newProvisionalCode, sendIntake, type CounterApi, type OpenedIntake } from './send.ts'

const intake: OpenedIntake = {
  content: {
    applicant: {
      nik: '3273014508907001',
      fullName: 'Siti',
      email: 's@contoh.id',
      phone: '0812',
      passwordChannel: 'sms',
    },
    serviceCode: 'SKP',
    serviceName: 'Surat Keterangan Penelitian',
    applicationKind: 'baru',
    data: { judul: 'Air' },
    provisionalCode: 'ABCDEFGH23',
  },
  provisionalNo: 'SEM-2026-3FA2C1-001',
  keys: { create: 'key-create', submit: 'key-submit' },
  files: [{ requirementKey: 'ktp', file: new File(['x'], 'ktp.pdf') }],
}

/** A fake counter API that logs each call; `status` is what the creation answers. */
function fakeApi(options: { known?: boolean; taken?: boolean; status?: string } = {}) {
  const calls: string[] = []
  const draft = (version: number) =>
    ({
      id: 'app-1',
      version,
      status: options.status ?? 'draft',
      registrationNo: options.status ? 'REG-2026-000001' : null,
      documents: [],
    }) as unknown as ApplicationDetail
  const api: CounterApi = {
    async lookup() {
      calls.push('lookup')
      if (!options.known) throw new ApiError(404, 'counter.applicant_not_found', '')
      return { id: 'person-1', fullName: 'Siti', nikMasked: '', created: false }
    },
    async register() {
      calls.push('register')
      if (options.taken) {
        options.known = true
        throw new ApiError(409, 'identity.nik_taken', '')
      }
      return { id: 'person-1', fullName: 'Siti', nikMasked: '', created: true }
    },
    async create(body, key) {
      calls.push(`create ${key} ${(body as { provisionalNo: string }).provisionalNo}`)
      return draft(1)
    },
    async get() {
      calls.push('get')
      return draft(4)
    },
    async updateForm(_id, version) {
      calls.push(`form v${version}`)
      return draft(2)
    },
    async upload(_id, requirementKey) {
      calls.push(`upload ${requirementKey}`)
      return {} as never
    },
    async submit(_id, version, key) {
      calls.push(`submit v${version} ${key}`)
      return { application: {}, receipt: { registrationNo: 'REG-2026-000001' } } as never
    },
  }
  return { api, calls }
}

describe('sending an intake kept offline', () => {
  it('registers a new applicant, then creates with the provisional number, fills, uploads and submits with the stored keys', async () => {
    const { api, calls } = fakeApi()
    expect(await sendIntake(api, intake)).toEqual({ registrationNo: 'REG-2026-000001' })
    expect(calls).toEqual([
      'lookup',
      'register',
      'create key-create SEM-2026-3FA2C1-001',
      'form v1',
      'upload ktp',
      'get',
      'submit v4 key-submit',
    ])
  })

  it('finds an applicant an earlier attempt registered, and sends nothing more for a file submitted already', async () => {
    const taken = fakeApi({ taken: true })
    await sendIntake(taken.api, intake)
    expect(taken.calls.slice(0, 3)).toEqual(['lookup', 'register', 'lookup'])
    const submitted = fakeApi({ known: true, status: 'admin_verification' })
    expect(await sendIntake(submitted.api, intake)).toEqual({ registrationNo: 'REG-2026-000001' })
    expect(submitted.calls).toEqual(['lookup', 'create key-create SEM-2026-3FA2C1-001'])
  })

  it('tells a network failure (keep and retry) from a refusal (show the officer)', () => {
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true)
    expect(isNetworkFailure(new ApiError(503, 'service.unavailable', ''))).toBe(true)
    expect(isNetworkFailure(new ApiError(409, 'catalogue.retired', ''))).toBe(false)
    expect(isNetworkFailure(new Error('other'))).toBe(false)
  })

  it('makes 10-character codes the API accepts', () => {
    for (let i = 0; i < 50; i++) expect(newProvisionalCode()).toMatch(/^[A-Z2-9]{10}$/)
    expect(newProvisionalCode(() => new Uint8Array(10))).toBe('AAAAAAAAAA')
  })
})
