import { randomInt } from 'node:crypto'

export interface Candidate {
  id: string
  /** Files the officer currently holds. */
  load: number
}

/** A source of uniform integers in [0, max); crypto-grade by default so nobody can predict the draw. */
export type RandomInt = (max: number) => number
export const secureRandomInt: RandomInt = (max) => randomInt(max)

const SCALE = 1_000_000

/**
 * Picks an officer at random, weighted toward lower load (weight 1 / (1 + load)): equal loads
 * give every eligible officer the same chance; nobody, officers included, chooses.
 */
export function pickOfficer(candidates: readonly Candidate[], random: RandomInt = secureRandomInt): string | null {
  if (candidates.length === 0) return null
  const weights = candidates.map((c) => Math.round(SCALE / (1 + Math.max(0, c.load))))
  let ticket = random(weights.reduce((sum, w) => sum + w, 0))
  for (let i = 0; i < candidates.length; i += 1) {
    ticket -= weights[i]!
    if (ticket < 0) return candidates[i]!.id
  }
  return candidates[candidates.length - 1]!.id
}
