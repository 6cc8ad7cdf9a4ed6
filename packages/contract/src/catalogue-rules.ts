import type { FormField, FormSchema, ServiceDefinition, StageKey } from './catalogue-definition.ts'
import { stageKeys } from './catalogue-definition.ts'
import type { OfficerRole } from './roles.ts'
import { MAX_RUPIAH, textPatterns } from './common.ts'
import type { ErrorCode } from './errors/index.ts'

/** A rule a service definition breaks, beyond what its JSON schema can say. */
export interface DefinitionProblem {
  path: string
  code: ErrorCode
  message: string
}

/** Which officer role works each stage. Fixed by SPEC §3, so a catalogue cannot route decisions to the counter. */
export const stageRoles: Record<StageKey, OfficerRole> = {
  admin_verification: 'frontdesk',
  technical_review: 'technical',
  decision: 'approver',
  signing: 'signer',
}

/** Stages every service passes through; technical review is the only optional one. */
const requiredStages: readonly StageKey[] = ['admin_verification', 'decision', 'signing']

/** Checks the cross-field rules of a service definition that already matches ServiceDefinitionSchema. */
export function checkServiceDefinition(def: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = []
  const add = (path: string, code: ErrorCode, message: string) => problems.push({ path, code, message })

  const budgetSum = def.stages.reduce((sum, stage) => sum + stage.budgetDays, 0)
  if (budgetSum !== def.slaDays) {
    add(
      '/slaDays',
      'catalogue.sla_mismatch',
      `stage budgets sum to ${budgetSum} working days but slaDays is ${def.slaDays}`,
    )
  }
  const order = def.stages.map((stage) => stageKeys.indexOf(stage.key))
  if (order.some((position, i) => i > 0 && position <= order[i - 1]!)) {
    add('/stages', 'catalogue.stage_order', 'stages must be unique and in lifecycle order')
  }
  for (const key of requiredStages) {
    if (!def.stages.some((stage) => stage.key === key))
      add('/stages', 'catalogue.stage_missing', `stage ${key} is required`)
  }
  def.stages.forEach((stage, i) => {
    if (stage.role !== stageRoles[stage.key]) {
      add(`/stages/${i}/role`, 'catalogue.stage_role', `stage ${stage.key} is worked by ${stageRoles[stage.key]}`)
    }
  })

  const requirementKeys = new Set<string>()
  def.requirements.forEach((req, i) => {
    if (requirementKeys.has(req.key))
      add(`/requirements/${i}/key`, 'catalogue.duplicate_key', `requirement ${req.key} appears twice`)
    requirementKeys.add(req.key)
    for (const kind of req.appliesTo) {
      if (!def.applicationKinds.includes(kind)) {
        add(
          `/requirements/${i}/appliesTo`,
          'catalogue.unknown_application_kind',
          `${kind} is not an application kind of this service`,
        )
      }
    }
  })
  if (!def.requirements.some((req) => req.mandatory))
    add('/requirements', 'catalogue.no_mandatory_requirement', 'at least one requirement must be mandatory')

  const fields = new Map<string, FormField>()
  def.form.sections.forEach((section, s) => {
    section.fields.forEach((field, f) => {
      const path = `/form/sections/${s}/fields/${f}`
      if (fields.has(field.key)) add(`${path}/key`, 'catalogue.duplicate_key', `form field ${field.key} appears twice`)
      fields.set(field.key, field)
      if (field.type === 'select' && !field.options?.length)
        add(path, 'catalogue.select_without_options', `${field.key} needs options`)
      if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum) {
        add(path, 'catalogue.bad_range', `${field.key}: minimum is above maximum`)
      }
    })
  })

  def.permitFields?.forEach((key, i) => {
    const field = fields.get(key)
    if (!field) add(`/permitFields/${i}`, 'catalogue.permit_field', `${key} is not a form field`)
    else if (['nik', 'phone', 'email'].includes(field.type))
      add(`/permitFields/${i}`, 'catalogue.permit_field', `${key} identifies a person and is never printed`)
  })

  if (def.fee.kind === 'per_unit') {
    const field = fields.get(def.fee.field)
    if (!field || !['integer', 'decimal'].includes(field.type) || !field.required) {
      add('/fee/field', 'catalogue.fee_field', `fee field ${def.fee.field} must be a required numeric form field`)
    } else if (field.maximum === undefined || field.minimum === undefined || field.minimum < 0) {
      add(
        '/fee/field',
        'catalogue.fee_field_unbounded',
        `fee field ${def.fee.field} needs a minimum of 0 or more and a maximum`,
      )
    } else if (def.fee.baseAmount + def.fee.ratePerUnit * field.maximum > (def.fee.maximum ?? MAX_RUPIAH)) {
      // The largest invoice the form allows must fit the rule's declared maximum, so no amount can overflow.
      add(
        '/fee/maximum',
        'catalogue.fee_above_maximum',
        `${def.fee.field} at its maximum gives a fee above the rule's maximum`,
      )
    }
  }
  if (def.fee.kind !== 'free' && !def.feeLegalBasis)
    add('/feeLegalBasis', 'catalogue.fee_without_basis', 'a fee needs its legal basis')
  return problems
}

const identifierPatterns: Partial<Record<FormField['type'], string>> = {
  nik: '^[0-9]{16}$',
  npwp: '^[0-9]{15,16}$',
  nib: '^[0-9]{13}$',
  kbli: '^[0-9]{5}$',
  phone: '^(\\+62|0)8[1-9][0-9]{6,10}$',
  postal_code: '^[0-9]{5}$',
}

const identifierFormats: Partial<Record<FormField['type'], string>> = {
  nik: 'NIK: 16 digits',
  npwp: 'NPWP: 15 digits, or 16 (NIK, or 0 + 15); the printed form 01.234.567.8-901.000 is accepted and stored as digits',
  nib: 'NIB: 13 digits',
  kbli: 'KBLI 2020: 5 digits',
  phone: 'Indonesian mobile number; 08…, 628… and +628… with spaces or dashes are accepted and stored as +628…',
  postal_code: 'Postal code: 5 digits',
}

/** JSON Schema (draft 2020-12 subset) of the data an application carries, derived from the form definition. */
export function formToJsonSchema(form: FormSchema): Record<string, unknown> {
  const properties: Record<string, unknown> = {}
  const required: string[] = []
  for (const field of form.sections.flatMap((section) => section.fields)) {
    properties[field.key] = fieldSchema(field)
    if (field.required) required.push(field.key)
  }
  return { type: 'object', properties, required, additionalProperties: false }
}

function fieldSchema(field: FormField): Record<string, unknown> {
  const range = {
    ...(field.minimum !== undefined && { minimum: field.minimum }),
    ...(field.maximum !== undefined && { maximum: field.maximum }),
  }
  switch (field.type) {
    case 'integer':
      return { type: 'integer', minimum: -MAX_RUPIAH, maximum: MAX_RUPIAH, ...range }
    case 'decimal':
      return { type: 'number', minimum: -MAX_RUPIAH, maximum: MAX_RUPIAH, ...range }
    case 'boolean':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date' }
    case 'email':
      return { type: 'string', format: 'email', maxLength: 254 }
    case 'select':
      return { type: 'string', enum: (field.options ?? []).map((option) => option.value) }
    case 'text':
    case 'textarea': {
      // A required answer of spaces only is no answer; NUL and lone surrogates are never text.
      const line = field.type === 'text'
      const pattern = field.required
        ? line
          ? textPatterns.requiredLine
          : textPatterns.requiredText
        : line
          ? textPatterns.line
          : textPatterns.text
      return {
        type: 'string',
        minLength: field.required ? 1 : 0,
        maxLength: field.maxLength ?? (line ? 200 : 2000),
        pattern,
      }
    }
    default:
      return { type: 'string', pattern: identifierPatterns[field.type], description: identifierFormats[field.type] }
  }
}

/**
 * The fee an application owes under its catalogue rule (SPEC §7: fees come only from the rule;
 * no officer types an amount). Integer rupiah.
 */
export function computeFee(fee: ServiceDefinition['fee'], formData: Record<string, unknown>): number {
  switch (fee.kind) {
    case 'free':
      return 0
    case 'fixed':
      return fee.amount
    case 'per_unit': {
      // Only a JSON number counts: Number('1.200') would be 1.2, the misreading numbers.ts exists to prevent.
      const value = formData[fee.field]
      const units = typeof value === 'number' && Number.isFinite(value) ? value : 0
      return Math.max(fee.minimum, Math.round(fee.baseAmount + fee.ratePerUnit * units))
    }
  }
}
