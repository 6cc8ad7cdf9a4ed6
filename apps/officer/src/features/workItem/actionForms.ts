import {
  ActionBodySchema,
  actionRule,
  ReturnReasonsSchema,
  type ActionBody,
  type ActionInput,
  type ApplicationAction,
  type ApplicationDetail,
  type ApplicationKind,
  type LocalizedText,
  type ReturnReasons,
  type ServiceDefinition,
} from '@pintu/contract'
import type { FieldProblem } from '@/shared/errors.ts'
import { textLimits } from '@/shared/textLimits.ts'

/**
 * Action forms are generated from the lifecycle table in @pintu/contract: one form per action the
 * API offers the caller now, with exactly the inputs the table's rule `requires`. Nothing here
 * knows which status needs what, so a change of the table changes the forms.
 */
export interface ActionFormSpec {
  action: ApplicationAction
  inputs: readonly ActionInput[]
}

export function actionForms(detail: Pick<ApplicationDetail, 'status' | 'availableActions'>): ActionFormSpec[] {
  return detail.availableActions.flatMap((action) => {
    const rule = actionRule(detail.status, action)
    // The API only offers what the table allows; an action missing from it means this page is stale.
    return rule ? [{ action, inputs: rule.requires }] : []
  })
}

/** Everything an officer may type into any action form; only the inputs an action requires are sent. */
export interface ActionDraft {
  returnReasons: ReturnReasons
  legalReason: string
  report: string
}

export function emptyDraft(): ActionDraft {
  return { returnReasons: { codes: [], requirements: [], fields: [], note: '' }, legalReason: '', report: '' }
}

/** Shortest and longest texts the API accepts, read from the contract's schemas rather than repeated here. */
const limits = {
  note: textLimits(ReturnReasonsSchema.properties.note),
  legalReason: textLimits(ActionBodySchema.properties.legalReason),
  report: textLimits(ActionBodySchema.properties.report),
}
export const minLength = { note: limits.note.min, legalReason: limits.legalReason.min, report: limits.report.min }
export const maxLength = { note: limits.note.max, legalReason: limits.legalReason.max, report: limits.report.max }

const bodyPart: { [K in ActionInput]: (draft: ActionDraft) => Pick<ActionBody, K> } = {
  returnReasons: ({ returnReasons }) => ({ returnReasons: { ...returnReasons, note: returnReasons.note.trim() } }),
  legalReason: ({ legalReason }) => ({ legalReason: legalReason.trim() }),
  report: ({ report }) => ({ report: report.trim() }),
}

/** The request body of an action: the version read, plus the inputs the action requires. */
export function actionBody(version: number, inputs: readonly ActionInput[], draft: ActionDraft): ActionBody {
  return Object.assign({ version }, ...inputs.map((input) => bodyPart[input](draft))) as ActionBody
}

/** A problem found before sending, at the same JSON pointer the API would use for it. */
export type DraftProblem = FieldProblem

const tooShort = (field: string, min: number): DraftProblem => ({
  field,
  key: 'workItem.actions.tooShort',
  message: '',
  params: { min },
})

const checks: { [K in ActionInput]: (draft: ActionDraft) => DraftProblem[] } = {
  returnReasons: ({ returnReasons: r }) => [
    ...(r.codes.length
      ? []
      : [{ field: '/returnReasons/codes', key: 'workItem.actions.returnReasons.codesRequired', message: '' }]),
    ...(r.requirements.length + r.fields.length
      ? []
      : [{ field: '/returnReasons/checklist', key: 'workItem.actions.returnReasons.checklistRequired', message: '' }]),
    ...(r.note.trim().length >= minLength.note ? [] : [tooShort('/returnReasons/note', minLength.note)]),
  ],
  legalReason: ({ legalReason }) =>
    legalReason.trim().length >= minLength.legalReason ? [] : [tooShort('/legalReason', minLength.legalReason)],
  report: ({ report }) => (report.trim().length >= minLength.report ? [] : [tooShort('/report', minLength.report)]),
}

/** What is missing before an action can be sent; empty when it can. */
export function draftProblems(inputs: readonly ActionInput[], draft: ActionDraft): DraftProblem[] {
  return inputs.flatMap((input) => checks[input](draft))
}

export interface ChecklistOption {
  key: string
  label: LocalizedText
}

/** What a return can ask the applicant to fix: the documents of this kind of application and every form field. */
export function checklistOptions(
  service: ServiceDefinition,
  kind: ApplicationKind,
): { requirements: ChecklistOption[]; fields: ChecklistOption[] } {
  return {
    requirements: service.requirements
      .filter((req) => req.appliesTo.includes(kind))
      .map((req) => ({ key: req.key, label: req.name })),
    fields: service.form.sections.flatMap((section) =>
      section.fields.map((field) => ({ key: field.key, label: field.label })),
    ),
  }
}
