import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// Steps 1 and 2 of the fuzz generator (fuzz-inputs.ts): the schema as the server checks it, and the
// leaves of a value under it.

export type Schema = Record<string, any>
export type Path = readonly (string | number)[]
export type Part = 'params' | 'querystring' | 'body'
export type Override = (part: Part, path: Path) => unknown

export interface BaselineParts {
  params: Record<string, unknown>
  query: Record<string, unknown>
  body?: unknown
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
/** The server's two validators (src/plugins/validation.ts): strict bodies, coerced query and params. */
const strictAjv = addFormats(
  new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes: false, strict: false }),
)
const coercingAjv = addFormats(
  new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes: 'array', strict: false }),
)
const compiled = new WeakMap<object, { strict?: ValidateFunction; coercing?: ValidateFunction }>()

/** Whether `value` passes `schema` as the server would check it for that part of the request. */
export function schemaAccepts(schema: Schema, part: Part, value: unknown): boolean {
  const entry = compiled.get(schema) ?? {}
  compiled.set(schema, entry)
  const validate =
    part === 'body' ? (entry.strict ??= strictAjv.compile(schema)) : (entry.coercing ??= coercingAjv.compile(schema))
  // Ajv's useDefaults and coercion write into the data: check a copy.
  return validate(structuredClone(value)) as boolean
}

export type LeafType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null'
export interface Leaf {
  path: Path
  schema: Schema
  type: LeafType
}

function leafType(schema: Schema, value: unknown): LeafType {
  if (typeof schema.type === 'string') return schema.type as LeafType
  const example = 'const' in schema ? schema.const : schema.enum ? schema.enum[0] : value
  if (example === null) return 'null'
  if (Array.isArray(example)) return 'array'
  return typeof example as LeafType
}

/** Every node of `value` under `schema`, parents before children. */
export function leavesOf(schema: Schema, value: unknown, path: Path = []): Leaf[] {
  if (schema.anyOf) {
    const branch = (schema.anyOf as Schema[]).find((b) => schemaAccepts(b, 'body', value)) ?? schema.anyOf[0]
    return leavesOf(branch, value, path)
  }
  const type = leafType(schema, value)
  const leaves: Leaf[] = [{ path, schema, type }]
  if (type === 'object' && value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childSchema =
        schema.properties?.[key] ??
        Object.entries<Schema>(schema.patternProperties ?? {}).find(([pattern]) =>
          new RegExp(pattern, 'u').test(key),
        )?.[1]
      if (childSchema) leaves.push(...leavesOf(childSchema, child, [...path, key]))
    }
  }
  if (type === 'array' && Array.isArray(value))
    value.forEach((item, i) => leaves.push(...leavesOf(schema.items ?? {}, item, [...path, i])))
  return leaves
}
