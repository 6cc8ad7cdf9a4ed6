// Sample answers for the catalogue's forms: the one builder of a "ready draft" that the API's
// integration tests, the end-to-end tests and the benchmarks share (`@pintu/contract/samples`).
//
// Why here: it is built from the contract's own types (form field types and their limits,
// requirements and application kinds), and the contract is the one workspace package every
// consumer may import (apps/api tests may not import from tests/, and tests/ may reach apps/api
// only through its `exports`). A subpath of its own keeps it out of `@pintu/contract`, so the
// SPAs' bundles and the OpenAPI document never carry it.
import type { ApplicationKind, FormField, Requirement, ServiceDefinition } from './catalogue-definition.ts'
import type { Site } from './identity.ts'

export type SampleValue = string | number | boolean

/** A valid value for each type of form field, within the field's limits. */
export function sampleValue(field: FormField): SampleValue {
  const text = (s: string) => s.slice(0, field.maxLength ?? 200)
  switch (field.type) {
    case 'integer':
      return Math.min(field.maximum ?? 1_000_000, Math.max(field.minimum ?? 1, 12))
    case 'decimal':
      return Math.min(field.maximum ?? 1_000_000, Math.max(field.minimum ?? 1, 12.5))
    case 'date':
      return '2026-01-15'
    case 'select':
      return field.options![0]!.value
    case 'boolean':
      return true
    case 'nik':
      return '3273014508900001'
    case 'npwp':
      return '012345678901000'
    case 'nib':
      return '1234567890123'
    case 'kbli':
      return '47111'
    case 'phone':
      return '081234567890'
    case 'email':
      return 'usaha@contoh.id'
    case 'postal_code':
      return '40115'
    case 'textarea':
      return text('Jl. Asia Afrika No. 8, Sumur Bandung, Kota Bandung')
    default:
      return text(`Contoh ${field.key}`)
  }
}

/** Valid values for every field of a service's form. */
export function sampleFormData(definition: Pick<ServiceDefinition, 'form'>): Record<string, SampleValue> {
  return Object.fromEntries(definition.form.sections.flatMap((s) => s.fields).map((f) => [f.key, sampleValue(f)]))
}

/** The documents an application of this kind cannot be submitted without. */
export function mandatoryRequirements(
  definition: Pick<ServiceDefinition, 'requirements'>,
  kind: ApplicationKind = 'baru',
): Requirement[] {
  return definition.requirements.filter((r) => r.mandatory && r.appliesTo.includes(kind))
}

/** The two ways a test or a benchmark talks to the API: in-process `inject`, or HTTP with the typed client. */
export interface DraftSteps<Filled> {
  /** Saves the form (PATCH /applications/:id/form) at the draft's version; answers the saved draft. */
  fill(data: Record<string, SampleValue>): Promise<Filled>
  /** Uploads a sample file for one requirement; throws unless the upload is accepted. */
  upload(requirement: Requirement): Promise<void>
}

/**
 * A draft with every field filled and every mandatory document uploaded: ready to submit. The
 * caller creates the draft (its service definition is pinned in the answer) and says how to save
 * and upload; uploads do not change the draft's version, so the saved draft is what is answered.
 */
export async function fillReadyDraft<Filled>(
  draft: { service: Pick<ServiceDefinition, 'form' | 'requirements'> },
  steps: DraftSteps<Filled>,
  kind: ApplicationKind = 'baru',
): Promise<Filled> {
  const filled = await steps.fill(sampleFormData(draft.service))
  for (const requirement of mandatoryRequirements(draft.service, kind)) await steps.upload(requirement)
  return filled
}

/** The office as the site facts describe it, with the contacts a deployment may leave unset: for SPA tests. */
export const sampleSiteOffice: Site['office'] = {
  name: { id: 'DPMPTSP Kota Bandung', en: 'DPMPTSP Bandung' },
  shortName: 'DPMPTSP Kota Bandung',
  region: { id: 'Kota Bandung', en: 'City of Bandung' },
  address: 'Jl. Cianjur No. 34',
  timezone: 'Asia/Jakarta',
  hours: null,
  phone: null,
  email: null,
}
