import type { ApplicationDetail, FormField, Requirement, ServiceDefinition } from '@pintu/contract'

// A small research-letter-like service for component and logic tests; shapes follow the contract.
const text = (id: string, en = id) => ({ id, en })
const field = (key: string, type: FormField['type'], label: string, extra: Partial<FormField> = {}): FormField => ({
  key,
  type,
  label: text(label),
  required: true,
  ...extra,
})
const requirement = (key: string, name: string, extra: Partial<Requirement> = {}): Requirement => ({
  key,
  name: text(name),
  mandatory: true,
  appliesTo: ['baru', 'perpanjangan'],
  acceptedTypes: ['pdf', 'jpeg', 'png'],
  maxSizeKb: 2048,
  originalToBeShown: false,
  stampDuty: false,
  ...extra,
})

export const service: ServiceDefinition = {
  code: 'SKP',
  kind: 'non_izin',
  sector: 'research',
  name: text('Surat Keterangan Penelitian', 'Research Permit Letter'),
  description: text('Surat keterangan penelitian'),
  applicationKinds: ['baru', 'perpanjangan'],
  legalBasis: ['Permendagri 64/2011'],
  standard: {
    procedure: [text('Ajukan')],
    timeNote: text('t'),
    costNote: text('c'),
    product: text('p'),
    complaintHandling: text('h'),
  },
  requirements: [
    requirement('surat_pengantar', 'Surat pengantar'),
    requirement('proposal', 'Proposal penelitian', { appliesTo: ['baru'] }),
    requirement('dokumen_lama', 'SKP lama', { appliesTo: ['perpanjangan'] }),
    requirement('surat_kuasa', 'Surat kuasa', { mandatory: false }),
  ],
  form: {
    sections: [
      {
        key: 'pemohon',
        title: text('Data pemohon'),
        fields: [
          field('pemohon_nik', 'nik', 'NIK pemohon'),
          field('pemohon_nama', 'text', 'Nama lengkap'),
          field('pemohon_email', 'email', 'Email', { required: false }),
        ],
      },
      {
        key: 'penelitian',
        title: text('Data penelitian'),
        fields: [
          field('penelitian_judul', 'textarea', 'Judul'),
          field('penelitian_anggota', 'integer', 'Jumlah anggota', { required: false, unit: 'orang' }),
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
  deemedApproval: false,
  fee: { kind: 'free' },
  validity: { months: 12, note: text('1 tahun') },
  permitNumberFormat: '070/{seq}/SKP',
  returnLimitDays: 14,
}

export function application(overrides: Partial<ApplicationDetail> = {}): ApplicationDetail {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    officeCode: '32.73',
    registrationNo: null,
    serviceCode: 'SKP',
    serviceName: service.name,
    serviceKind: 'non_izin',
    applicationKind: 'baru',
    status: 'draft',
    channel: 'online',
    version: 1,
    createdAt: '2026-05-04T02:00:00.000Z',
    submittedAt: null,
    expectedCompletionDate: null,
    expectedCompletionProvisional: false,
    stageDueDate: null,
    returnDueDate: null,
    trackingCode: null,
    serviceVersion: 1,
    service,
    fee: { amount: 0, estimate: true },
    formData: {},
    documents: [],
    openReturn: null,
    stages: service.stages.map((stage) => ({
      stage: stage.key,
      state: 'pending',
      startedAt: null,
      finishedAt: null,
      workingDaysUsed: 0,
      budgetDays: stage.budgetDays,
      dueDate: null,
      dueDateProvisional: false,
      holderRole: stage.role,
    })),
    events: [],
    availableActions: ['submit', 'withdraw'],
    holder: null,
    decisionNote: null,
    technicalReport: null,
    ...overrides,
  }
}

/** The same application after an officer returned it with this checklist. */
export function returnedApplication(checklist: { fields: string[]; requirements: string[] }): ApplicationDetail {
  return application({
    status: 'returned',
    registrationNo: 'REG-2026-000001',
    availableActions: ['resubmit', 'withdraw'],
    openReturn: {
      at: '2026-05-05T03:00:00.000Z',
      codes: ['data_mismatch'],
      note: 'NIK tidak sesuai dengan KTP yang diunggah.',
      ...checklist,
    },
  })
}

export const documentOf = (requirementKey: string) => ({
  id: '22222222-2222-4222-8222-222222222222',
  requirementKey,
  fileName: `${requirementKey}.pdf`,
  contentType: 'application/pdf' as const,
  sizeBytes: 2048,
  sha256: 'a'.repeat(64),
  uploadedAt: '2026-05-04T02:10:00.000Z',
})
