import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { RouteDefinition } from '@pintu/contract'

/**
 * Fuzz inputs derived from the contract's route objects (see fuzz.test.ts).
 *
 * 1. `sampleValue` (fuzz-samples.ts) builds a minimal valid value for a JSON schema (TypeBox emits plain JSON schema):
 *    every property, required or optional (so optional inputs are fuzzed too), one item per array
 *    (or minItems), the first enum value, the lower bound of numbers, strings that honour format,
 *    pattern and length. An `override` hook lets the test put real ids and a coherent service
 *    definition at chosen paths, so a request gets past existence checks into the handler.
 * 2. `leavesOf` walks a schema beside such a value and lists every node (string, number, boolean,
 *    object, array) with its path.
 * 3. `casesFor(route, …)` turns each leaf of params, query and body into mutations (NUL, lone
 *    surrogates, huge integers, `1e400`, wrong types, unknown properties, …), each a pure edit of
 *    the baseline request; multipart routes get malformed multipart bodies.
 * 4. `materialize` applies one edit to a baseline request and says whether the contract requires the
 *    request to be refused (`mustRefuse`): it breaks the route's schema (checked with an Ajv set up
 *    like the server's), carries NUL or a lone surrogate (CONVENTIONS: "every text schema uses one
 *    string format (no NUL, no lone surrogates)"), a non-finite number, bytes that are not UTF-8, or
 *    is a malformed upload.
 */

export type Schema = Record<string, any>
export type Path = readonly (string | number)[]
export type Part = 'params' | 'querystring' | 'body'
export type Override = (part: Part, path: Path) => unknown

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

// ---------------------------------------------------------------------------------------------
// 2. Leaves

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

// ---------------------------------------------------------------------------------------------
// 3. Mutations

/** Raw JSON text of the mutated leaf, from the baseline value of that leaf. */
type JsonEdit = (base: unknown) => string
export type Edit =
  | { part: 'body'; path: Path; json: JsonEdit }
  | { part: 'body'; whole: (baselineText: string) => { payload: string | Buffer; contentType: string | null } }
  | { part: 'querystring'; key: string; values: (base: unknown) => string[] | null }
  | { part: 'params'; key: string; raw: (base: unknown) => string }
  | { part: 'multipart'; body: () => { payload: Buffer; contentType: string | null } }

export interface FuzzCase {
  /** e.g. `body /definition/fee/amount: 1e400` */
  name: string
  edit: Edit
}

const BIG = 100 * 1024
const text = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))
/** `insert` put in the middle of the baseline text, so length limits still hold. */
const middle = (v: unknown, insert: string) => {
  const s = text(v)
  const at = Math.floor(s.length / 2)
  return s.slice(0, at) + insert + s.slice(at)
}
const enc = encodeURIComponent
/** Percent-encoded text with raw percent-encoded bytes in the middle. */
const middleRaw = (v: unknown, bytes: string) => {
  const s = text(v)
  const at = Math.floor(s.length / 2)
  return enc(s.slice(0, at)) + bytes + enc(s.slice(at))
}

/** What every leaf of a JSON body is replaced by, by the leaf's type. */
function bodyMutations(type: LeafType, schema: Schema): [string, JsonEdit][] {
  const huge: [string, JsonEdit][] = [
    ['2147483648 (2^31)', () => '2147483648'],
    ['9007199254740993 (2^53+1)', () => '9007199254740993'],
    ['-1', () => '-1'],
    ['1e400 (not a finite number)', () => '1e400'],
  ]
  switch (type) {
    case 'string':
      return [
        ['NUL (U+0000)', (v) => JSON.stringify(middle(v, '\u0000'))],
        ['lone high surrogate \\ud800', (v) => loneSurrogateJson(v, '\\ud800')],
        ['lone low surrogate \\udc00', (v) => loneSurrogateJson(v, '\\udc00')],
        ['100 KB string', () => JSON.stringify('x'.repeat(BIG))],
        ['a number instead of text', () => '12345'],
        ['null', () => 'null'],
      ]
    case 'integer':
      return [...huge, ['1.5 (a fraction)', () => '1.5'], ['"1" (text)', () => '"1"'], ['null', () => 'null']]
    case 'number':
      return [...huge, ['"1" (text)', () => '"1"'], ['null', () => 'null']]
    case 'boolean':
      return [
        ['"true" (text)', () => '"true"'],
        ['1 (a number)', () => '1'],
        ['null', () => 'null'],
      ]
    case 'object': {
      const cases: [string, JsonEdit][] = [
        ['an unknown property', (v) => JSON.stringify({ ...(v as object), fuzzUnknown: 'x' })],
        ['an array instead of an object', () => '[]'],
        ['null', () => 'null'],
      ]
      // Records (no additionalProperties: false) take their keys from the caller: keys are text input too.
      if (schema.additionalProperties !== false) {
        cases.push(
          ['NUL in a property name', (v) => JSON.stringify({ ...(v as object), 'na\u0000ma': 'x' })],
          [
            'lone surrogate in a property name',
            (v) => `{"na\\ud800ma":"x"${Object.keys(v as object).length ? `,${JSON.stringify(v).slice(1)}` : '}'}`,
          ],
        )
      }
      return cases
    }
    case 'array':
      return [
        ['an object instead of an array', () => '{}'],
        ['null', () => 'null'],
      ]
    default:
      return []
  }
}

/** JSON text of the baseline string with a lone surrogate escape in the middle (JSON.stringify keeps it escaped). */
function loneSurrogateJson(v: unknown, escape: string): string {
  const json = JSON.stringify(middle(v, String.fromCharCode(parseInt(escape.slice(2), 16))))
  if (!json.includes(escape)) throw new Error('fuzz: the JSON text lost its lone surrogate escape')
  return json
}

/** Raw query or path text replacing a value, by the leaf's type. */
function rawMutations(type: LeafType): [string, (base: unknown) => string][] {
  const common: [string, (base: unknown) => string][] = [
    ['NUL (%00)', (v) => middleRaw(v, '%00')],
    ['lone high surrogate (%ED%A0%80)', (v) => middleRaw(v, '%ED%A0%80')],
    ['lone low surrogate (%ED%B0%80)', (v) => middleRaw(v, '%ED%B0%80')],
    ['truncated UTF-8 (%F0)', (v) => middleRaw(v, '%F0')],
    ['a bare % (bad escape)', (v) => middleRaw(v, '%')],
    ['100 KB', () => 'x'.repeat(BIG)],
  ]
  if (type === 'integer' || type === 'number') {
    return [
      ...common,
      ['2147483648 (2^31)', () => '2147483648'],
      ['9007199254740993 (2^53+1)', () => '9007199254740993'],
      ['-1', () => '-1'],
      ['1e400 (not a finite number)', () => '1e400'],
      ['1.5 (a fraction)', () => '1.5'],
      ['text instead of a number', () => 'abc'],
    ]
  }
  return [...common, ['a number instead of text', () => '12345']]
}

const pointer = (path: Path) => `/${path.join('/')}`

/**
 * Routes whose body is multipart/form-data: the contract says so in the description (it declares no body schema for
 * them).
 */
export const isMultipartRoute = (route: RouteDefinition) => /multipart\/form-data/.test(route.schema.description ?? '')

/** Every fuzz case of a route, from its schemas and a baseline request with the same shape as the runtime one. */
export function casesFor(route: RouteDefinition, baseline: BaselineParts): FuzzCase[] {
  const schema = route.schema as { params?: Schema; querystring?: Schema; body?: Schema }
  const cases: FuzzCase[] = []
  if (schema.params) {
    for (const leaf of leavesOf(schema.params, baseline.params).filter((l) => l.path.length === 1)) {
      const key = String(leaf.path[0])
      for (const [name, raw] of rawMutations(leaf.type))
        cases.push({ name: `path :${key}: ${name}`, edit: { part: 'params', key, raw } })
    }
  }
  if (schema.querystring) {
    for (const leaf of leavesOf(schema.querystring, baseline.query).filter((l) => l.path.length === 1)) {
      const key = String(leaf.path[0])
      for (const [name, raw] of rawMutations(leaf.type))
        cases.push({ name: `query ${key}: ${name}`, edit: { part: 'querystring', key, values: (v) => [raw(v)] } })
      cases.push({
        name: `query ${key}: repeated (an array)`,
        edit: { part: 'querystring', key, values: (v) => [enc(text(v)), enc(text(v))] },
      })
    }
    cases.push({
      name: 'query: an unknown parameter',
      edit: { part: 'querystring', key: 'fuzzUnknown', values: () => ['1'] },
    })
    cases.push({
      name: 'query: NUL in a parameter name',
      edit: { part: 'querystring', key: '%00', values: () => ['1'] },
    })
  } else if (route.method === 'GET') {
    // Routes without a query schema still parse the query string.
    cases.push({
      name: 'query: a stray NUL parameter',
      edit: { part: 'querystring', key: 'fuzz', values: () => ['%00'] },
    })
    cases.push({
      name: 'query: a stray truncated UTF-8 parameter',
      edit: { part: 'querystring', key: 'fuzz', values: () => ['%F0'] },
    })
  }
  if (schema.body) {
    for (const leaf of leavesOf(schema.body, baseline.body)) {
      for (const [name, json] of bodyMutations(leaf.type, leaf.schema)) {
        cases.push({ name: `body ${pointer(leaf.path)}: ${name}`, edit: { part: 'body', path: leaf.path, json } })
      }
    }
    const whole = (
      name: string,
      f: (baselineText: string) => { payload: string | Buffer; contentType: string | null },
    ) => cases.push({ name: `body: ${name}`, edit: { part: 'body', whole: f } })
    whole('truncated JSON', (b) => ({ payload: b.slice(0, Math.ceil(b.length / 2)), contentType: 'application/json' }))
    whole('empty', () => ({ payload: '', contentType: 'application/json' }))
    whole('a JSON string', () => ({ payload: '"Budi\\u0000Santoso"', contentType: 'application/json' }))
    whole('a raw NUL byte', (b) => ({
      payload: Buffer.concat([Buffer.from(b.slice(0, -1)), Buffer.from([0]), Buffer.from('}')]),
      contentType: 'application/json',
    }))
    whole('a __proto__ key', (b) => ({
      payload: `{"__proto__":{"admin":true},${b.slice(1)}`,
      contentType: 'application/json',
    }))
    whole('text/plain', (b) => ({ payload: b, contentType: 'text/plain' }))
    whole('no content type', (b) => ({ payload: b, contentType: null }))
  }
  if (isMultipartRoute(route))
    for (const [name, body] of multipartMutations())
      cases.push({ name: `multipart: ${name}`, edit: { part: 'multipart', body } })
  return cases
}

// ---------------------------------------------------------------------------------------------
// Multipart

/** A small but real PDF: its first bytes are what the server inspects. */
export const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
const BOUNDARY = '----pintufuzz7d1e2a'

function filePart(
  options: { name?: string; fileNameHeader?: Buffer | string; content?: Buffer; boundary?: string } = {},
) {
  const boundary = options.boundary ?? BOUNDARY
  const fileName = options.fileNameHeader ?? 'filename="dokumen.pdf"'
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${options.name ?? 'file'}"; `),
    Buffer.from(fileName),
    Buffer.from('\r\nContent-Type: application/pdf\r\n\r\n'),
    options.content ?? samplePdf,
    Buffer.from('\r\n'),
  ])
}
const closing = (boundary = BOUNDARY) => Buffer.from(`--${boundary}--\r\n`)
const fieldPart = (name: string, value: string) =>
  Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
const withBoundary = `multipart/form-data; boundary=${BOUNDARY}`

/** A well-formed upload with one part named `file`: the body the baseline request carries. */
export function validMultipart() {
  return { payload: Buffer.concat([filePart(), closing()]), contentType: withBoundary }
}

function multipartMutations(): [string, () => { payload: Buffer; contentType: string | null }][] {
  const valid = () => validMultipart().payload
  return [
    ['no boundary in the content type', () => ({ payload: valid(), contentType: 'multipart/form-data' })],
    ['an empty boundary', () => ({ payload: valid(), contentType: 'multipart/form-data; boundary=' })],
    ['a wrong boundary', () => ({ payload: valid(), contentType: 'multipart/form-data; boundary=----not-the-one' })],
    [
      'truncated inside the file',
      () => ({ payload: valid().subarray(0, Math.floor(valid().length * 0.7)), contentType: withBoundary }),
    ],
    ['truncated inside the part headers', () => ({ payload: valid().subarray(0, 60), contentType: withBoundary })],
    ['no closing boundary', () => ({ payload: filePart(), contentType: withBoundary })],
    ['an empty body', () => ({ payload: Buffer.alloc(0), contentType: withBoundary })],
    ['garbage', () => ({ payload: Buffer.from('\u0000\u0001not multipart at all\r\n--'), contentType: withBoundary })],
    ['two files', () => ({ payload: Buffer.concat([filePart(), filePart(), closing()]), contentType: withBoundary })],
    [
      'a field part before the file',
      () => ({ payload: Buffer.concat([fieldPart('note', 'Budi'), filePart(), closing()]), contentType: withBoundary }),
    ],
    [
      'only a field part',
      () => ({ payload: Buffer.concat([fieldPart('file', 'Budi'), closing()]), contentType: withBoundary }),
    ],
    [
      'a file part named other than `file`',
      () => ({ payload: Buffer.concat([filePart({ name: 'dokumen' }), closing()]), contentType: withBoundary }),
    ],
    [
      'NUL in the file name',
      () => ({
        payload: Buffer.concat([
          filePart({ fileNameHeader: Buffer.from('filename="dok\u0000umen.pdf"', 'latin1') }),
          closing(),
        ]),
        contentType: withBoundary,
      }),
    ],
    [
      'a lone surrogate in the file name (raw bytes ED A0 80)',
      () => ({
        payload: Buffer.concat([
          filePart({
            fileNameHeader: Buffer.concat([
              Buffer.from('filename="dok'),
              Buffer.from([0xed, 0xa0, 0x80]),
              Buffer.from('umen.pdf"'),
            ]),
          }),
          closing(),
        ]),
        contentType: withBoundary,
      }),
    ],
    [
      'NUL in filename* (RFC 5987 %00)',
      () => ({
        payload: Buffer.concat([filePart({ fileNameHeader: "filename*=UTF-8''dok%00umen.pdf" }), closing()]),
        contentType: withBoundary,
      }),
    ],
    [
      'a lone surrogate in filename* (%ED%A0%80)',
      () => ({
        payload: Buffer.concat([filePart({ fileNameHeader: "filename*=UTF-8''dok%ED%A0%80umen.pdf" }), closing()]),
        contentType: withBoundary,
      }),
    ],
    [
      'a 100 KB file name',
      () => ({
        payload: Buffer.concat([filePart({ fileNameHeader: `filename="${'x'.repeat(BIG)}.pdf"` }), closing()]),
        contentType: withBoundary,
      }),
    ],
    [
      'JSON instead of multipart',
      () => ({ payload: Buffer.from('{"file":"JVBERi0xLjQ="}'), contentType: 'application/json' }),
    ],
    ['no content type', () => ({ payload: valid(), contentType: null })],
  ]
}

// ---------------------------------------------------------------------------------------------
// 4. Requests

export interface BaselineParts {
  params: Record<string, unknown>
  query: Record<string, unknown>
  body?: unknown
}

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
