import type { ApplicationDetail, FormField, Requirement } from '@pintu/contract'
import type { RouteLocationRaw } from 'vue-router'
import { isMissing } from './fieldInput.ts'

type App = Pick<
  ApplicationDetail,
  'id' | 'availableActions' | 'openReturn' | 'service' | 'applicationKind' | 'formData' | 'documents'
>

/**
 * What the applicant may change. The server decides which actions are open (from the lifecycle
 * table) and lists them in `availableActions`; we only read that: a submittable draft is fully
 * editable, a returned file only where the officer's checklist says, anything else not at all.
 */
export type EditMode = 'draft' | 'fix' | 'readonly'

export function editMode(app: Pick<App, 'availableActions' | 'openReturn'>): EditMode {
  if (app.availableActions.includes('submit')) return 'draft'
  if (app.availableActions.includes('resubmit') && app.openReturn) return 'fix'
  return 'readonly'
}

export function canEditField(app: Pick<App, 'availableActions' | 'openReturn'>, key: string): boolean {
  const mode = editMode(app)
  return mode === 'draft' || (mode === 'fix' && app.openReturn!.fields.includes(key))
}

export function canEditRequirement(app: Pick<App, 'availableActions' | 'openReturn'>, key: string): boolean {
  const mode = editMode(app)
  return mode === 'draft' || (mode === 'fix' && app.openReturn!.requirements.includes(key))
}

/** The requirements that apply to this kind of application (a renewal needs the old permit, a new one does not). */
export function applicableRequirements(app: Pick<App, 'service' | 'applicationKind'>): Requirement[] {
  return app.service.requirements.filter((requirement) => requirement.appliesTo.includes(app.applicationKind))
}

export function allFields(app: Pick<App, 'service'>): FormField[] {
  return app.service.form.sections.flatMap((section) => section.fields)
}

export function sectionOfField(app: Pick<App, 'service'>, key: string) {
  return app.service.form.sections.find((section) => section.fields.some((field) => field.key === key)) ?? null
}

export type FlowStep = { kind: 'section'; key: string } | { kind: 'documents' } | { kind: 'check' }

/**
 * The pages of the apply flow, one thing per page: every form section, the documents, then the
 * check. When fixing a returned file, only the pages holding something on the checklist.
 */
export function flowSteps(app: App): FlowStep[] {
  const mode = editMode(app)
  const sections = app.service.form.sections.filter(
    (section) => mode !== 'fix' || section.fields.some((field) => canEditField(app, field.key)),
  )
  const documents =
    mode !== 'fix' || applicableRequirements(app).some((requirement) => canEditRequirement(app, requirement.key))
  return [
    ...sections.map((section): FlowStep => ({ kind: 'section', key: section.key })),
    ...(documents ? [{ kind: 'documents' } as FlowStep] : []),
    { kind: 'check' },
  ]
}

const sameStep = (a: FlowStep, b: FlowStep) =>
  a.kind === b.kind && (a.kind !== 'section' || a.key === (b as { key: string }).key)

export function stepAfter(app: App, current: FlowStep): FlowStep {
  const steps = flowSteps(app)
  const index = steps.findIndex((step) => sameStep(step, current))
  return steps[Math.min(index + 1, steps.length - 1)] ?? { kind: 'check' }
}

/** The page before this one in the flow, or null on the first page. */
export function stepBefore(app: App, current: FlowStep): FlowStep | null {
  const steps = flowSteps(app)
  const index = steps.findIndex((step) => sameStep(step, current))
  return index > 0 ? steps[index - 1]! : null
}

export function isSectionComplete(app: App, key: string): boolean {
  const section = app.service.form.sections.find((s) => s.key === key)
  return !!section && !section.fields.some((field) => isMissing(field, app.formData))
}

export function missingDocuments(app: App): Requirement[] {
  const present = new Set(app.documents.map((document) => document.requirementKey))
  return applicableRequirements(app).filter((requirement) => requirement.mandatory && !present.has(requirement.key))
}

/** Where to pick up a draft: the first section with a required answer missing, then documents, then the check. */
export function resumeStep(app: App): FlowStep {
  const steps = flowSteps(app)
  if (editMode(app) === 'fix') return steps[0]!
  const section = app.service.form.sections.find((s) => !isSectionComplete(app, s.key))
  if (section) return { kind: 'section', key: section.key }
  return missingDocuments(app).length > 0 ? { kind: 'documents' } : { kind: 'check' }
}

export function stepLocation(id: string, step: FlowStep, query?: Record<string, string>): RouteLocationRaw {
  switch (step.kind) {
    case 'section':
      return { name: 'application-section', params: { id, section: step.key }, query }
    case 'documents':
      return { name: 'application-documents', params: { id }, query }
    case 'check':
      return { name: 'application-check', params: { id } }
  }
}
