import type { RouteDefinition } from '@pintu/contract'
import type { Edit } from './fuzz-mutations.ts'
import { isMultipartRoute, validMultipart } from './fuzz-multipart.ts'
import { schemaAccepts, type BaselineParts, type Path, type Schema } from './fuzz-schemas.ts'
import { text, enc, pointer } from './fuzz-text.ts'

// Step 4 of the fuzz generator (fuzz-inputs.ts): a baseline request with one edit applied, and
// whether the contract requires it to be refused.

export interface FuzzRequest {
  method: RouteDefinition['method']
  url: string
  payload?: string | Buffer
  headers: Record<string, string>
  /** The contract requires this request to be refused: it must change nothing, whatever it answers. */
  mustRefuse: boolean
  /** Why, for failure messages. */
  reason: string
}

const MARKER = '\u0001FUZZ\u0001'
const MARKER_JSON = JSON.stringify(MARKER)

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path.at(-1)!] = value
  return copy
}
function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], root)
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * What no store can keep as sent: NUL or a lone surrogate anywhere in a value (keys included), or a non-finite number.
 */
export function carriesUnstorable(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value)
  if (typeof value === 'number') return !Number.isFinite(value)
  if (Array.isArray(value)) return value.some(carriesUnstorable)
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => carriesUnstorable(k) || carriesUnstorable(v))
  return false
}

function decodeRaw(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/** The baseline request with one edit applied. */
export function materialize(route: RouteDefinition, baseline: BaselineParts, edit: Edit | null): FuzzRequest {
  const schema = route.schema as { params?: Schema; querystring?: Schema; body?: Schema }
  const reasons: string[] = []

  const rawParams: Record<string, string> = Object.fromEntries(
    Object.entries(baseline.params).map(([k, v]) => [k, enc(text(v))]),
  )
  if (edit?.part === 'params') rawParams[edit.key] = edit.raw(baseline.params[edit.key])
  const url = route.url.replace(/:(\w+)/g, (_, key: string) => rawParams[key]!)

  const rawQuery: [string, string][] = Object.entries(baseline.query).map(([k, v]) => [k, enc(text(v))])
  if (edit?.part === 'querystring') {
    const others = rawQuery.filter(([k]) => k !== edit.key)
    rawQuery.length = 0
    rawQuery.push(
      ...others,
      ...(edit.values(baseline.query[edit.key]) ?? []).map((v): [string, string] => [edit.key, v]),
    )
  }
  const queryText = rawQuery.map(([k, v]) => `${k}=${v}`).join('&')

  // What the server should make of params and query, to tell whether the contract refuses them.
  for (const [part, entries] of [
    ['params', Object.entries(rawParams)],
    ['querystring', rawQuery],
  ] as const) {
    const partSchema = schema[part]
    // Only an edited part is checked; a query string on a route that declares none is not input (ignoring it is fine).
    if (edit?.part !== part || !partSchema) continue
    const decoded: Record<string, unknown> = {}
    for (const [k, raw] of entries) {
      const key = decodeRaw(k)
      const value = decodeRaw(raw)
      if (key === null || value === null) reasons.push(`${part} is not valid percent-encoded UTF-8`)
      else if (carriesUnstorable(key) || carriesUnstorable(value))
        reasons.push(`${part} carries NUL or a lone surrogate`)
      else decoded[key] = key in decoded ? [decoded[key], value].flat() : value
    }
    if (reasons.length === 0 && !schemaAccepts(partSchema, part, decoded)) reasons.push(`${part} breaks its schema`)
    if (Object.values(decoded).some((v) => v === '1e400')) reasons.push('not a finite number')
  }

  const headers: Record<string, string> = {}
  let payload: string | Buffer | undefined
  if (schema.body) {
    const baselineText = JSON.stringify(baseline.body)
    if (edit?.part === 'body' && 'whole' in edit) {
      const whole = edit.whole(baselineText)
      payload = whole.payload
      if (whole.contentType) headers['content-type'] = whole.contentType
      reasons.push('a malformed JSON body')
    } else {
      payload = baselineText
      if (edit?.part === 'body' && 'path' in edit) {
        const marked = JSON.stringify(setAt(baseline.body, edit.path, MARKER))
        const raw = edit.json(getAt(baseline.body, edit.path))
        payload = marked.replace(MARKER_JSON, () => raw)
        let parsed: unknown
        try {
          parsed = JSON.parse(payload)
        } catch {
          throw new Error(`fuzz: built invalid JSON for ${pointer(edit.path)}: ${payload.slice(0, 200)}`)
        }
        if (carriesUnstorable(parsed)) reasons.push('the body carries NUL, a lone surrogate or a non-finite number')
        else if (!schemaAccepts(schema.body, 'body', parsed)) reasons.push('the body breaks its schema')
      }
      headers['content-type'] = 'application/json'
    }
  }
  if (!schema.body && edit?.part === 'body' && 'whole' in edit) {
    // A route that reads its own body (the token endpoint's form, raw bytes): the case gives the whole of it.
    const whole = edit.whole('')
    payload = whole.payload
    if (whole.contentType) headers['content-type'] = whole.contentType
    reasons.push(route.rawBody ? `not a valid ${route.rawBody.contentType} body` : 'not a valid token request')
  }
  if (isMultipartRoute(route)) {
    const body = edit?.part === 'multipart' ? edit.body() : validMultipart()
    payload = body.payload
    if (body.contentType) headers['content-type'] = body.contentType
    if (edit?.part === 'multipart') reasons.push('a malformed upload (the contract wants one part named `file`)')
  }
  return {
    method: route.method,
    url: queryText ? `${url}?${queryText}` : url,
    ...(payload !== undefined && { payload }),
    headers,
    mustRefuse: reasons.length > 0,
    reason: reasons.join('; ') || 'valid by the contract',
  }
}
