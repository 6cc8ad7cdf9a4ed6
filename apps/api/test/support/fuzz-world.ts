import { officerRoles, type RouteDefinition, type Role, type ServiceDefinition } from '@pintu/contract'
import { services } from '@pintu/catalogue'
import { sql } from 'drizzle-orm'
import { applicationHelpers, samplePdf } from './applications.ts'
import type { Part, Path } from './fuzz-inputs.ts'
import { queryRows, type TestApp } from './test-app.ts'

/**
 * The things fuzzed requests point at, so that they get past "not found" into the handlers:
 * one account per role (one officer per role, so the system's assignment is predictable), a draft
 * of the applicant with one uploaded document, an application in technical review held by the
 * technical officer, a catalogue draft, a holiday. Ids and field values the schema alone cannot
 * make plausible come from here; everything else comes from the generator in fuzz-inputs.ts.
 */
type Account = Awaited<ReturnType<TestApp['account']>>
export type World = Awaited<ReturnType<typeof createWorld>>

/** Who calls a route: nobody for public routes, otherwise an account holding the first role it allows. */
export function callerRole(route: RouteDefinition): Role | null {
  if (route.access === 'public') return null
  if (route.access === 'authenticated') return 'applicant'
  return route.access[0]!
}

const siup = services.find((s) => s.code === 'SIUP')!
const siupFields = siup.form.sections.flatMap((s) => s.fields)
/** Form fields of the applicant's draft (SIUP) the `data` of a form update sets: one text, one number. */
const formData = {
  [siupFields.find((f) => f.type === 'text')!.key]: 'Contoh isian',
  [siupFields.find((f) => f.type === 'integer' || f.type === 'decimal')!.key]: 12,
}
const uploadRequirement = siup.requirements.find(
  (r) => r.acceptedTypes.includes('pdf') && r.appliesTo.includes('baru'),
)!

/**
 * A small service definition that passes the schema and the catalogue's cross-field rules, with every optional part
 * present.
 */
export function compactDefinition(code: string): ServiceDefinition {
  const t = (id: string, en: string) => ({ id, en })
  return {
    code,
    kind: 'izin',
    sector: 'trade',
    name: t('Izin Uji Masukan', 'Input Test Permit'),
    shortName: 'IUM',
    description: t('Layanan untuk menguji masukan.', 'A service to test inputs.'),
    applicationKinds: ['baru'],
    legalBasis: ['Peraturan Wali Kota Bandung Nomor 1 Tahun 2026'],
    standard: {
      procedure: [t('Ajukan permohonan.', 'Apply.')],
      timeNote: t('3 hari kerja', '3 working days'),
      costNote: t('Menurut luas', 'By area'),
      product: t('Izin', 'Permit'),
      complaintHandling: t('Loket pengaduan', 'Complaints desk'),
    },
    requirements: [
      {
        key: 'surat_permohonan',
        name: t('Surat permohonan', 'Application letter'),
        description: t('Ditandatangani pemohon', 'Signed by the applicant'),
        mandatory: true,
        appliesTo: ['baru'],
        acceptedTypes: ['pdf'],
        maxSizeKb: 2048,
        originalToBeShown: false,
        stampDuty: false,
      },
    ],
    form: {
      sections: [
        {
          key: 'usaha',
          title: t('Usaha', 'Business'),
          fields: [
            {
              key: 'usaha_luas',
              label: t('Luas', 'Area'),
              help: t('Dalam meter persegi', 'In square metres'),
              type: 'decimal',
              required: true,
              minimum: 1,
              maximum: 10000,
              unit: 'm2',
            },
            {
              key: 'usaha_jenis',
              label: t('Jenis', 'Kind'),
              type: 'select',
              required: true,
              maxLength: 60,
              options: [{ value: 'kecil', label: t('Kecil', 'Small') }],
            },
          ],
        },
      ],
    },
    stages: [
      { key: 'admin_verification', role: 'frontdesk', budgetDays: 1 },
      { key: 'decision', role: 'approver', budgetDays: 1 },
      { key: 'signing', role: 'signer', budgetDays: 1 },
    ],
    slaDays: 3,
    deemedApproval: true,
    fee: { kind: 'per_unit', field: 'usaha_luas', ratePerUnit: 1000, baseAmount: 10000, minimum: 50000 },
    feeLegalBasis: 'Peraturan Daerah Kota Bandung Nomor 1 Tahun 2026',
    validity: { months: 60, note: t('Berlaku 5 tahun', 'Valid for 5 years') },
    permitNumberFormat: '503/{seq}/IUM/{roman_month}/{year}',
    returnLimitDays: 14,
  }
}

export async function createWorld(t: TestApp) {
  const h = applicationHelpers(t)
  const accounts = {} as Record<Role, Account>
  for (const role of ['applicant', ...officerRoles] as const) accounts[role] = await t.account([role])

  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: accounts.applicant.headers,
    payload: { serviceCode: siup.code, applicationKind: 'baru' },
  })
  if (created.statusCode !== 201) throw new Error(`world: draft: ${created.body}`)
  const draftId: string = created.json().id
  const uploaded = await h.upload(accounts.applicant, draftId, uploadRequirement.key, samplePdf)
  if (uploaded.statusCode !== 201) throw new Error(`world: upload: ${uploaded.body}`)

  const ready = await h.readyDraft(accounts.applicant, 'IUI')
  const submitted = await h.act(accounts.applicant, ready.id, 'submit', { version: ready.version })
  if (submitted.statusCode !== 200) throw new Error(`world: submit: ${submitted.body}`)
  const { registrationNo, trackingCode } = submitted.json().receipt
  const accepted = await h.act(accounts.frontdesk, ready.id, 'accept', {
    version: submitted.json().application.version,
  })
  if (accepted.statusCode !== 200 || accepted.json().application.status !== 'technical_review')
    throw new Error(`world: accept: ${accepted.body}`)

  const draftVersion = await t.app.inject({
    method: 'POST',
    url: '/api/v1/catalogue/services/TDP/drafts',
    headers: accounts.admin.headers,
    payload: {},
  })
  if (draftVersion.statusCode !== 201) throw new Error(`world: catalogue draft: ${draftVersion.body}`)
  const [holiday] = await queryRows<{ id: string }>(t.db, sql`select id from holidays order by date limit 1`)

  return {
    accounts,
    /** The applicant's SIUP draft, with one document. */
    draft: { id: draftId, documentId: uploaded.json().id as string, requirementKey: uploadRequirement.key },
    /** An IUI application in technical review, held by the technical officer. */
    inReview: {
      id: ready.id as string,
      registrationNo: registrationNo as string,
      trackingCode: trackingCode as string,
    },
    catalogueDraft: { id: draftVersion.json().id as string, code: 'TDP' },
    holidayId: holiday!.id,
  }
}

/**
 * Values read fresh before each request (the optimistic-concurrency counters move when a mutation happens to be
 * accepted).
 */
export async function freshCounters(t: TestApp, world: World | null) {
  if (!world) return { draft: 1, inReview: 1, revision: 1 }
  const [row] = await queryRows<{ draft: number; in_review: number; revision: number }>(
    t.db,
    sql`
    select (select version from applications where id = ${world.draft.id}) as draft,
           (select version from applications where id = ${world.inReview.id}) as in_review,
           (select revision from service_versions where id = ${world.catalogueDraft.id}) as revision`,
  )
  return { draft: row!.draft, inReview: row!.in_review, revision: row!.revision }
}

/**
 * Values at chosen places of a route's baseline request. `world` is null while vitest collects the
 * tests (only the shape of the request matters then); `n` numbers the request, so values that must
 * be unique (email, NIK, NIP, holiday date) differ from one request to the next.
 */
export function overridesFor(
  route: RouteDefinition,
  world: World | null,
  counters: Awaited<ReturnType<typeof freshCounters>>,
  n: number,
) {
  const applicantCalls = callerRole(route) === 'applicant'
  const onApplication = route.url.startsWith('/api/v1/applications/:id')
  return (part: Part, path: Path): unknown => {
    const key = path.at(-1)
    if (part === 'params') {
      switch (key) {
        case 'id':
          if (onApplication) return applicantCalls ? world?.draft.id : world?.inReview.id
          if (route.url.startsWith('/api/v1/catalogue/versions/')) return world?.catalogueDraft.id
          if (route.url.startsWith('/api/v1/calendar/holidays/')) return world?.holidayId
          return undefined
        case 'code':
          return 'SIUP'
        case 'requirementKey':
          return uploadRequirement.key
        case 'documentId':
          return world?.draft.documentId
        case 'registrationNo':
          return world?.inReview.registrationNo
        case 'number':
          return route.url.startsWith('/api/v1/complaints/') ? 'ADU-2026-000001' : '503/1/DPMPTSP/I/2026'
      }
      return undefined
    }
    if (part === 'querystring')
      return key === 'code' && route.url.startsWith('/api/v1/track/')
        ? (world?.inReview.trackingCode ?? 'KODE1234')
        : undefined
    if (path.length !== 1) return undefined
    switch (key) {
      case 'definition':
        // A new service code per request for creation, so one accepted mutation does not turn the rest into 409s.
        return compactDefinition(
          route.url === '/api/v1/catalogue/services'
            ? `UJI-${n}`
            : route.url.startsWith('/api/v1/catalogue/versions/')
              ? 'TDP'
              : 'SIUP',
        )
      case 'data':
        return { ...formData }
      case 'version':
        return onApplication ? (applicantCalls ? counters.draft : counters.inReview) : undefined
      case 'revision':
        return counters.revision
      case 'email':
        return `budi.${n}@contoh.id`
      case 'nik':
        return `327301450890${String((n % 9999) + 1).padStart(4, '0')}`
      case 'employeeNumber':
        return `199001012015${String(n % 1_000_000).padStart(6, '0')}`
      case 'phone':
        return '081234567890'
      case 'password':
        return 'kopi susu gula aren'
      case 'fullName':
        return 'Budi Santoso'
      case 'serviceCode':
        return 'SIUP'
      case 'delegateId':
        return world?.accounts.approver.user.id
      case 'date':
        return new Date(Date.now() + (60 + (n % 3000)) * 86_400_000).toISOString().slice(0, 10)
    }
    return undefined
  }
}
