import type { FeeRule, ServiceDefinition } from '@pintu/contract'

export type FeeKind = FeeRule['kind']
export const feeKinds: readonly FeeKind[] = ['free', 'fixed', 'per_unit']

/** Form fields a per-unit fee may be computed from: required numbers (the API checks the same rule). */
export function numericFeeFields(definition: ServiceDefinition) {
  return definition.form.sections
    .flatMap((section) => section.fields)
    .filter((field) => field.required && (field.type === 'integer' || field.type === 'decimal'))
}

/**
 * The fee rule after the admin picks another kind. Amounts already typed are carried over so
 * flipping the choice back and forth loses nothing the admin can see.
 */
export function feeOfKind(kind: FeeKind, previous: FeeRule, fieldKeys: readonly string[]): FeeRule {
  if (kind === previous.kind) return previous
  const amount = previous.kind === 'fixed' ? previous.amount : previous.kind === 'per_unit' ? previous.minimum : 0
  switch (kind) {
    case 'free':
      return { kind: 'free' }
    case 'fixed':
      return { kind: 'fixed', amount: Math.max(1, amount) }
    case 'per_unit':
      return { kind: 'per_unit', field: fieldKeys[0] ?? '', ratePerUnit: 1, baseAmount: 0, minimum: amount }
  }
}
