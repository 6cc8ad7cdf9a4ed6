// Sending an intake kept offline, once the API answers again: the same calls as the Loket page
// (find or register the applicant, create, form, documents, submit), with the intake's stored
// Idempotency-Keys and its provisional number, so a resend after a lost answer creates nothing.
import type {
  ActionResult,
  ApplicationDetail,
  ApplicationKind,
  CounterApplicant,
  CounterCreateApplicationBody,
  CounterRegisterBody,
  DocumentInfo,
} from '@pintu/contract'
import { ApiError } from '@pintu/contract/client'
import type { FieldValue } from '../intake.ts'

/** What an intake holds besides its documents; sealed at rest. */
export interface IntakeContent {
  applicant: CounterRegisterBody
  serviceCode: string
  serviceName: string
  applicationKind: ApplicationKind
  data: Record<string, FieldValue>
  /** The code printed on the provisional receipt, for tracking by the provisional number. */
  provisionalCode: string
}

export interface OpenedIntake {
  content: IntakeContent
  provisionalNo: string
  keys: { create: string; submit: string }
  files: { requirementKey: string; file: File }[]
}

/** The counter routes the sending needs; the page passes the typed client's calls. */
export interface CounterApi {
  lookup(nik: string): Promise<CounterApplicant>
  register(body: CounterRegisterBody): Promise<CounterApplicant>
  create(body: CounterCreateApplicationBody, idempotencyKey: string): Promise<ApplicationDetail>
  get(id: string): Promise<ApplicationDetail>
  updateForm(id: string, version: number, data: Record<string, FieldValue>): Promise<ApplicationDetail>
  upload(id: string, requirementKey: string, file: File): Promise<DocumentInfo>
  submit(id: string, version: number, idempotencyKey: string): Promise<ActionResult>
}

/**
 * The API could not be reached (fetch's TypeError, XMLHttpRequest's error) or said it is
 * unavailable (502–504, a proxy in front of a stopped API): keep the intake and try later.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true
  return error instanceof ApiError && [502, 503, 504].includes(error.status)
}

const isCode = (error: unknown, code: string) => error instanceof ApiError && error.code === code

async function applicantOf(api: CounterApi, applicant: CounterRegisterBody): Promise<CounterApplicant> {
  try {
    return await api.lookup(applicant.nik)
  } catch (error) {
    if (!isCode(error, 'counter.applicant_not_found')) throw error
  }
  try {
    return await api.register(applicant)
  } catch (error) {
    // Registered by an earlier attempt whose answer was lost.
    if (isCode(error, 'identity.nik_taken')) return api.lookup(applicant.nik)
    throw error
  }
}

/** Sends one intake through; answers the registration number it was filed under. */
export async function sendIntake(api: CounterApi, intake: OpenedIntake): Promise<{ registrationNo: string }> {
  const { content } = intake
  const applicant = await applicantOf(api, content.applicant)
  let draft = await api.create(
    {
      applicantId: applicant.id,
      serviceCode: content.serviceCode,
      applicationKind: content.applicationKind,
      provisionalNo: intake.provisionalNo,
      provisionalCode: content.provisionalCode,
    },
    intake.keys.create,
  )
  // A replayed creation answers the draft as it is now. Submitted already: only an answer was lost on the way, and
  // the file has its number (a resubmission would carry another version under the same key, which the API refuses).
  if (draft.status !== 'draft' && draft.registrationNo) return { registrationNo: draft.registrationNo }
  if (Object.keys(content.data).length) draft = await api.updateForm(draft.id, draft.version, content.data)
  const uploaded = new Set(draft.documents.map((doc) => doc.requirementKey))
  for (const { requirementKey, file } of intake.files)
    if (!uploaded.has(requirementKey)) await api.upload(draft.id, requirementKey, file)
  draft = await api.get(draft.id)
  const result = await api.submit(draft.id, draft.version, intake.keys.submit)
  return { registrationNo: result.receipt?.registrationNo ?? result.application.registrationNo ?? '' }
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** The provisional receipt's own tracking code: 10 characters of A–Z and 2–9 without look-alikes (I, O). */
export function newProvisionalCode(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
) {
  // 256 is a multiple of 32: every character is equally likely.
  return [...random(10)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('')
}
