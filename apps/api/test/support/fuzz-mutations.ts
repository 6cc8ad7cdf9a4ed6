import type { RouteDefinition } from '@pintu/contract'
import { isMultipartRoute, multipartMutations } from './fuzz-multipart.ts'
import { leavesOf, type BaselineParts, type LeafType, type Path, type Schema } from './fuzz-schemas.ts'
import { BIG, text, enc, middle, middleRaw, pointer } from './fuzz-text.ts'

// Step 3 of the fuzz generator (fuzz-inputs.ts): every mutation of a route's baseline request.

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
  if (route.errorShape === 'oauth') {
    // The token endpoint reads a form, not JSON: the forms a confused or hostile client sends.
    const form = (name: string, payload: string | Buffer, contentType: string | null) =>
      cases.push({ name: `form: ${name}`, edit: { part: 'body', whole: () => ({ payload, contentType }) } })
    const urlencoded = 'application/x-www-form-urlencoded'
    form('a grant without client credentials', 'grant_type=client_credentials', urlencoded)
    form('a JSON body', '{"grant_type":"client_credentials"}', 'application/json')
    form('a repeated grant_type', 'grant_type=client_credentials&grant_type=password', urlencoded)
    form('an unsupported grant', 'grant_type=password&username=a&password=b', urlencoded)
    form('NUL in a value', 'grant_type=client_credentials%00', urlencoded)
    form('a raw NUL byte', Buffer.from([0x67, 0x00, 0x3d, 0x31]), urlencoded)
    form('truncated UTF-8', 'grant_type=%F0', urlencoded)
    form('no content type', 'grant_type=client_credentials', null)
    form('a body past the limit', `grant_type=client_credentials&x=${'a'.repeat(20_000)}`, urlencoded)
  }
  if (route.rawBody) {
    // A route that reads raw bytes of one media type: bytes that are not what it reads, in it and in others.
    const type = route.rawBody.contentType
    const raw = (name: string, payload: string | Buffer, contentType: string | null) =>
      cases.push({ name: `raw body: ${name}`, edit: { part: 'body', whole: () => ({ payload, contentType }) } })
    raw('empty', Buffer.alloc(0), type)
    raw('garbage', Buffer.from('not DER at all'), type)
    raw('a DER SEQUENCE claiming 65,535 bytes', Buffer.from([0x30, 0x82, 0xff, 0xff, 0x02, 0x01, 0x01]), type)
    raw('a NUL byte', Buffer.from([0]), type)
    raw('past the size limit', Buffer.alloc(20_000, 0x30), type)
    raw('as JSON', '{"version":1}', 'application/json')
    raw('no content type', Buffer.from([0x30, 0x00]), null)
  }
  if (isMultipartRoute(route))
    for (const [name, body] of multipartMutations())
      cases.push({ name: `multipart: ${name}`, edit: { part: 'multipart', body } })
  return cases
}
