import type { ServiceDefinition } from '@pintu/contract'

export type ParsedDefinition = { ok: true; definition: ServiceDefinition } | { ok: false; reason: string }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads the advanced JSON editor. Only the shape the form sections need is checked here, so a
 * typo cannot break the page; the API validates the whole definition on save and answers with
 * JSON pointers we show beside the fields.
 */
export function parseDefinitionJson(text: string): ParsedDefinition {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
  if (!isObject(value)) return { ok: false, reason: 'not an object' }
  for (const key of ['name', 'description', 'standard', 'fee', 'validity', 'form'] as const) {
    if (!isObject(value[key])) return { ok: false, reason: `/${key} must be an object` }
  }
  for (const key of ['stages', 'requirements'] as const) {
    if (!Array.isArray(value[key]) || !(value[key] as unknown[]).every(isObject))
      return { ok: false, reason: `/${key} must be a list of objects` }
  }
  if (
    !isObject((value.standard as Record<string, unknown>).timeNote) ||
    !isObject((value.standard as Record<string, unknown>).costNote)
  ) {
    return { ok: false, reason: '/standard needs timeNote and costNote' }
  }
  if (!isObject((value.validity as Record<string, unknown>).note))
    return { ok: false, reason: '/validity/note must be an object' }
  if (!Array.isArray((value.form as Record<string, unknown>).sections))
    return { ok: false, reason: '/form/sections must be a list' }
  return { ok: true, definition: value as ServiceDefinition }
}

export function definitionJson(definition: ServiceDefinition): string {
  return JSON.stringify(definition, null, 2)
}
