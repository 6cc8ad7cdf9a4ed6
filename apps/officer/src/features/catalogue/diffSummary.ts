import { ServiceDefinitionSchema, type ServiceDefinition } from '@pintu/contract'

export type DefinitionField = keyof ServiceDefinition

/** Top-level fields in the order the contract declares them, so the summary reads like the definition. */
export const definitionFields = Object.keys(ServiceDefinitionSchema.properties) as DefinitionField[]

/** Structural equality of JSON values: key order does not matter, an absent key equals `undefined`. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const left = a as Record<string, unknown>
    const right = b as Record<string, unknown>
    const keys = new Set([...Object.keys(left), ...Object.keys(right)])
    return [...keys].every((key) => sameJson(left[key], right[key]))
  }
  return false
}

/** Which top-level fields of a draft differ from the version in force: what the reviewing admin must read. */
export function changedFields(base: ServiceDefinition, next: ServiceDefinition): DefinitionField[] {
  return definitionFields.filter((field) => !sameJson(base[field], next[field]))
}

/** The top-level definition field a JSON pointer from the API points into, e.g. `/stages/1/budgetDays` → `stages`. */
export function fieldOfPointer(pointer: string): DefinitionField | null {
  const first = pointer.split('/')[1] ?? ''
  return (definitionFields as string[]).includes(first) ? (first as DefinitionField) : null
}
