import { checkNik, formToJsonSchema, textPatterns, type ErrorCode, type ServiceDefinition } from '@pintu/contract'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FieldProblem } from '../../errors/app-error.ts'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
// Never coerceTypes: it would turn "1.200" into 1.2, the English reading of one thousand two hundred.
// The SPAs send numbers already read by the contract's parser; text in a number field is an error.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }))
/** Published versions never change, so a compiled validator per version id stays right forever. */
const cache = new Map<string, ValidateFunction>()

const keywordCodes: Record<string, ErrorCode> = {
  required: 'field.required',
  type: 'field.type',
  additionalProperties: 'field.unknown',
  format: 'field.format',
  pattern: 'field.pattern',
  maxLength: 'field.too_long',
  minLength: 'field.required',
  minimum: 'field.out_of_range',
  maximum: 'field.out_of_range',
  enum: 'field.not_allowed',
}

const textPatternSet = new Set<unknown>(Object.values(textPatterns))

/** A text answer of spaces alone is a missing answer; any other text-pattern failure is a bad character. */
function problemCode(keyword: string, params: { pattern?: string }, value: unknown): ErrorCode {
  if (keyword === 'pattern' && textPatternSet.has(params.pattern)) {
    return typeof value === 'string' && value.trim() === '' ? 'field.required' : 'field.invalid_characters'
  }
  return keywordCodes[keyword] ?? 'field.invalid'
}

/**
 * Checks form data against the form of the pinned catalogue version. A draft may be incomplete
 * (`complete: false` ignores missing fields); a submission may not.
 */
export function validateForm(
  versionId: string,
  definition: ServiceDefinition,
  data: Record<string, unknown>,
  options: { complete: boolean; today: Date },
): FieldProblem[] {
  let validate = cache.get(versionId)
  if (!validate) {
    validate = ajv.compile(formToJsonSchema(definition.form))
    cache.set(versionId, validate)
  }
  const problems: FieldProblem[] = []
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      if (!options.complete && error.keyword === 'required') continue
      const params = error.params as { missingProperty?: string; additionalProperty?: string; pattern?: string }
      const field = error.instancePath || `/${params.missingProperty ?? params.additionalProperty ?? ''}`
      problems.push({ field, code: problemCode(error.keyword, params, data[field.slice(1)]) })
    }
  }
  // A NIK in a form must be a real one, not just 16 digits.
  for (const field of definition.form.sections.flatMap((s) => s.fields)) {
    const value = data[field.key]
    if (field.type === 'nik' && typeof value === 'string' && /^[0-9]{16}$/.test(value)) {
      const nik = checkNik(value, options.today)
      if (!nik.ok) problems.push({ field: `/${field.key}`, code: nik.problem })
    }
  }
  return problems
}
