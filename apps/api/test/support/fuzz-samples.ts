// Valid samples for the contract-derived fuzz: a minimal value every schema accepts, from which
// fuzz-inputs.ts makes its mutations.
import { textPatterns } from '@pintu/contract'
import type { Path, Schema } from './fuzz-inputs.ts'

// ---------------------------------------------------------------------------------------------
// 1. Valid samples

const DAY = 86_400_000
/** A date a month ahead: valid wherever the contract wants a date that is not in the past. */
export const sampleDate = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10)
export const sampleDateTime = `${sampleDate}T03:00:00.000Z`

/** A string matching a simple regular expression: anchors, literals, escapes, [classes] and quantifiers. */
export function sampleForPattern(pattern: string, minLength = 0, maxLength = Infinity): string {
  let out = ''
  let i = 0
  while (i < pattern.length) {
    const c = pattern[i]!
    let atom: string
    if (c === '^' || c === '$') {
      i += 1
      continue
    } else if (c === '\\') {
      const next = pattern[i + 1]!
      atom = next === 'd' ? '0' : next === 'w' ? 'a' : next
      i += 2
    } else if (c === '[') {
      const end = pattern.indexOf(']', i)
      const body = pattern.slice(i + 1, end)
      if (body.startsWith('^'))
        throw new Error(`fuzz: cannot sample the negated class in /${pattern}/; add a sample for this field`)
      atom = body[0] === '\\' ? body[1]! : body[0]!
      i = end + 1
    } else if (c === '(' || c === '|') {
      throw new Error(`fuzz: cannot sample groups or alternatives in /${pattern}/; add a sample for this field`)
    } else {
      atom = c === '.' ? 'a' : c
      i += 1
    }
    let times = 1
    const q = pattern[i]
    if (q === '{') {
      const end = pattern.indexOf('}', i)
      times = Number(pattern.slice(i + 1, end).split(',')[0])
      i = end + 1
    } else if (q === '+') i += 1
    else if (q === '*' || q === '?') {
      times = 0
      i += 1
    }
    out += atom.repeat(times)
  }
  const last = out.at(-1) ?? 'a'
  while (out.length < minLength) out += last
  if (!new RegExp(pattern, 'u').test(out) || out.length > maxLength) {
    throw new Error(`fuzz: the sample ${JSON.stringify(out)} does not fit /${pattern}/; add a sample for this field`)
  }
  return out
}

const textPatternSet = new Set<string>(Object.values(textPatterns))
/** The catalogue's permit number format must name {seq}; the sampler cannot read its lookahead. */
const PERMIT_FORMAT_SAMPLE = '503/{seq}/DPMPTSP/{roman_month}/{year}'

function sampleString(schema: Schema): string {
  switch (schema.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000001'
    case 'date':
      return sampleDate
    case 'date-time':
      return sampleDateTime
    case 'email':
      return 'budi.santoso@contoh.id'
    case undefined:
      break
    default:
      throw new Error(`fuzz: no sample for string format "${schema.format}"; add one to sampleString in fuzz-inputs.ts`)
  }
  // The contract's free-text patterns only refuse control characters and lone surrogates: plain text fits.
  if (schema.pattern?.startsWith('^(?=.*\\{seq\\})')) return PERMIT_FORMAT_SAMPLE
  // One group of plain alternatives (a registration or a provisional number): a sample of the first.
  const alternatives = schema.pattern ? /^\^\(([^()]*\|[^()]*)\)\$$/.exec(schema.pattern) : null
  if (alternatives) return sampleForPattern(`^${alternatives[1]!.split('|')[0]}$`, schema.minLength, schema.maxLength)
  if (schema.pattern && !textPatternSet.has(schema.pattern))
    return sampleForPattern(schema.pattern, schema.minLength, schema.maxLength)
  const min = schema.minLength ?? 0
  let text = 'Contoh isian'
  while (text.length < min) text += ' isian'
  return text.slice(0, Math.max(min, Math.min(schema.maxLength ?? Infinity, text.length)))
}

function sampleNumber(schema: Schema): number {
  let value = 1
  if (schema.minimum !== undefined && value < schema.minimum) value = schema.minimum
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
    value = Math.floor(schema.exclusiveMinimum) + 1
  if (schema.maximum !== undefined && value > schema.maximum) value = schema.maximum
  return value
}

/** The branch of an anyOf the sampler takes: the richest object, otherwise the first that is not null. */
function preferredBranch(branches: Schema[]): Schema {
  const objects = branches.filter((b) => b.type === 'object')
  if (objects.length > 0)
    return objects.reduce((a, b) =>
      Object.keys(b.properties ?? {}).length > Object.keys(a.properties ?? {}).length ? b : a,
    )
  return branches.find((b) => b.type !== 'null') ?? branches[0]!
}

/** A minimal valid value for `schema`; `override` may supply the value at any path. */
export function sampleValue(
  schema: Schema,
  override: (path: Path) => unknown = () => undefined,
  path: Path = [],
): unknown {
  const given = override(path)
  if (given !== undefined) return given
  if ('const' in schema) return schema.const
  if (schema.enum) return schema.enum[0]
  if (schema.anyOf) return sampleValue(preferredBranch(schema.anyOf), override, path)
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [key, property] of Object.entries<Schema>(schema.properties ?? {}))
        out[key] = sampleValue(property, override, [...path, key])
      for (const [pattern, property] of Object.entries<Schema>(schema.patternProperties ?? {})) {
        const key = sampleForPattern(pattern)
        out[key] = sampleValue(property, override, [...path, key])
      }
      return out
    }
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, 1)
      const items = Array.from({ length: count }, (_, i) =>
        schema.uniqueItems && schema.items?.enum
          ? schema.items.enum[i]
          : sampleValue(schema.items ?? {}, override, [...path, i]),
      )
      return items
    }
    case 'string':
      return sampleString(schema)
    case 'integer':
    case 'number':
      return sampleNumber(schema)
    case 'boolean':
      return true
    case 'null':
      return null
    default:
      throw new Error(`fuzz: cannot sample schema ${JSON.stringify(schema).slice(0, 200)}`)
  }
}
