import type { ServiceDefinition } from '@pintu/contract'

type Stages = ServiceDefinition['stages']

/** Limits of one stage budget, as the contract's StageSchema says. */
export const budgetLimits = { min: 1, max: 60 } as const

export function totalBudget(stages: Stages): number {
  return stages.reduce((sum, stage) => sum + stage.budgetDays, 0)
}

/** Reads a typed budget; null unless it is a whole number of working days within the limits. */
export function parseBudget(input: string): number | null {
  if (!/^\s*\d+\s*$/.test(input)) return null
  const days = Number(input)
  return days >= budgetLimits.min && days <= budgetLimits.max ? days : null
}

/**
 * A copy of the definition with one stage's budget changed. The SLA promised to applicants is the
 * sum of the stage budgets (the API refuses anything else with `catalogue.sla_mismatch`), so it
 * follows automatically instead of being typed by hand.
 */
export function withStageBudget(definition: ServiceDefinition, index: number, days: number): ServiceDefinition {
  const stages = definition.stages.map((stage, i) => (i === index ? { ...stage, budgetDays: days } : stage))
  return { ...definition, stages, slaDays: totalBudget(stages) }
}
