import type { ApplicationDetail, ApplicationStatus } from '@pintu/contract'
import { sampleDefinition } from '@/features/catalogue/testing/sampleDefinition.ts'

/** A submitted billboard application as an officer sees it, for unit and component tests. */
export function sampleDetail(
  overrides: Partial<ApplicationDetail> & { status?: ApplicationStatus } = {},
): ApplicationDetail {
  const service = sampleDefinition()
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    officeCode: '32.73',
    registrationNo: 'REG-2026-000042',
    serviceCode: service.code,
    serviceName: service.name,
    serviceKind: service.kind,
    applicationKind: 'baru',
    status: 'admin_verification',
    channel: 'online',
    version: 3,
    createdAt: '2026-03-02T02:00:00.000Z',
    submittedAt: '2026-03-02T03:00:00.000Z',
    expectedCompletionDate: '2026-03-11',
    expectedCompletionProvisional: false,
    stageDueDate: '2026-03-04',
    returnDueDate: null,
    trackingCode: null,
    serviceVersion: 1,
    service,
    fee: { amount: 0, estimate: false },
    formData: { location: 'Jl. Asia Afrika 1', area_m2: 12.5, faces: 2 },
    documents: [
      {
        id: '00000000-0000-4000-8000-0000000000d1',
        requirementKey: 'ktp',
        fileName: 'ktp.pdf',
        contentType: 'application/pdf',
        sizeBytes: 2048,
        sha256: 'a'.repeat(64),
        uploadedAt: '2026-03-02T02:30:00.000Z',
      },
      {
        id: '00000000-0000-4000-8000-0000000000d2',
        requirementKey: 'design',
        fileName: 'desain.png',
        contentType: 'image/png',
        sizeBytes: 4096,
        sha256: 'b'.repeat(64),
        uploadedAt: '2026-03-02T02:40:00.000Z',
      },
    ],
    openReturn: null,
    stages: service.stages.map((stage, index) => ({
      stage: stage.key,
      state: index === 0 ? 'in_progress' : 'pending',
      startedAt: index === 0 ? '2026-03-02T03:00:00.000Z' : null,
      finishedAt: null,
      workingDaysUsed: index === 0 ? 1 : 0,
      budgetDays: stage.budgetDays,
      dueDate: index === 0 ? '2026-03-04' : null,
      dueDateProvisional: false,
      holderRole: stage.role,
    })),
    events: [
      {
        at: '2026-03-02T02:00:00.000Z',
        action: 'create',
        fromStatus: null,
        toStatus: 'draft',
        tone: 'grey',
        actorRole: 'applicant',
      },
      {
        at: '2026-03-02T03:00:00.000Z',
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'admin_verification',
        tone: 'yellow',
        actorRole: 'applicant',
      },
    ],
    availableActions: ['accept', 'return'],
    holder: { role: 'frontdesk', name: 'Siti Rahmawati' },
    decisionNote: null,
    technicalReport: null,
    ...overrides,
  }
}
