import { describe, expect, it } from 'vitest'
import type { RouteSchema } from './route.ts'
import { allRoutes } from './routes.ts'
import { textPatterns } from './common.ts'

type JsonSchema = Record<string, unknown>

/** Formats that by themselves exclude control characters and lone surrogates. */
const closedFormats = new Set(['uuid', 'date', 'date-time', 'email'])
const knownTextPatterns = new Set<string>(Object.values(textPatterns))

/** Every schema node below `schema`, with a path for the failure message. */
function* nodes(schema: unknown, path: string): Generator<[string, JsonSchema]> {
  if (!schema || typeof schema !== 'object') return
  const node = schema as JsonSchema
  yield [path, node]
  for (const [key, value] of Object.entries(node.properties ?? {})) yield* nodes(value, `${path}/${key}`)
  if (node.items) yield* nodes(node.items, `${path}[]`)
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const [i, value] of ((node[keyword] as unknown[]) ?? []).entries()) yield* nodes(value, `${path}|${i}`)
  }
  if (node.patternProperties)
    for (const value of Object.values(node.patternProperties as object)) yield* nodes(value, `${path}/*`)
  if (typeof node.additionalProperties === 'object') yield* nodes(node.additionalProperties, `${path}/*`)
  if (node.propertyNames) yield* nodes(node.propertyNames, `${path}/(key)`)
}

/** A pattern closes a string when it is anchored and its own test refuses NUL and a lone surrogate. */
function patternCloses(pattern: string): boolean {
  if (knownTextPatterns.has(pattern)) return true
  const regex = new RegExp(pattern, 'u')
  return pattern.startsWith('^') && pattern.endsWith('$') && !regex.test('\u0000') && !regex.test('\ud800')
}

const inputs = allRoutes.flatMap((route) => {
  const schema = route.schema as RouteSchema
  return (['params', 'querystring', 'body', 'headers'] as const)
    .filter((part) => schema[part])
    .flatMap((part) => [...nodes(schema[part], `${route.method} ${route.url} ${part}`)])
})

describe('every request input is bounded at the boundary', () => {
  it('walks a real number of input schemas', () => {
    expect(inputs.length).toBeGreaterThan(200)
  })

  it.each(inputs.filter(([, node]) => node.type === 'string').map(([path, node]) => [path, node] as const))(
    'string %s refuses NUL and lone surrogates and has a length bound',
    (_path, node) => {
      const closed =
        node.enum !== undefined ||
        node.const !== undefined ||
        closedFormats.has(node.format as string) ||
        (typeof node.pattern === 'string' && patternCloses(node.pattern))
      expect(closed).toBe(true)
      if (node.enum === undefined && node.const === undefined && !closedFormats.has(node.format as string)) {
        expect(typeof node.maxLength === 'number' || /\{\d+(,\d+)?\}\$$/.test(node.pattern as string)).toBe(true)
      }
    },
  )

  it.each(
    inputs
      .filter(([, node]) => node.type === 'integer' || node.type === 'number')
      .map(([path, node]) => [path, node] as const),
  )('number %s has a minimum and a maximum', (_path, node) => {
    expect(typeof node.maximum).toBe('number')
    expect(typeof node.minimum).toBe('number')
  })
})
