import { OFFICE_HEADER } from '@pintu/contract/office-header'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { IncomingHttpHeaders } from 'node:http'

/** The `office` claim of a bearer token, read without verifying it: only to route, never to trust. */
function tokenOffice(authorization: string | undefined): string | undefined {
  if (!authorization?.startsWith('Bearer ')) return undefined
  const payload = authorization.slice(7).split('.')[1]
  if (!payload) return undefined
  try {
    const office = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { office?: unknown }).office
    return typeof office === 'string' ? office : undefined
  } catch {
    return undefined
  }
}

/**
 * Which office's routes a request goes to: the office it names in X-Pintu-Office, else the office
 * its bearer token names, else the default office. This only chooses the module set; the auth
 * plugin of that set then refuses a verified token of any other office (auth.wrong_office), so a
 * client-supplied value alone never opens another office's data.
 */
export function routedOffice(headers: IncomingHttpHeaders, defaultCode: string): string {
  const named = headers[OFFICE_HEADER]
  if (typeof named === 'string' && named !== '') return named
  return tokenOffice(headers.authorization) ?? defaultCode
}

/**
 * A find-my-way constraint strategy: every route of an office's module set is registered with the
 * constraint `office: <code>`, and a request matches the set of the office derived above. Routes
 * without the constraint (the SPAs' files) match whatever the office; an office no set serves
 * matches none of the API's routes and gets the 404 of the root.
 */
export function officeConstraint(defaultCode: string) {
  return {
    name: 'office',
    mustMatchWhenDerived: false,
    storage() {
      const stores = new Map<string, unknown>()
      return {
        get: (code: string) => stores.get(code) ?? null,
        set: (code: string, store: unknown) => void stores.set(code, store),
      }
    },
    deriveConstraint: (request: { headers: IncomingHttpHeaders }) => routedOffice(request.headers, defaultCode),
    validate(value: unknown) {
      if (typeof value !== 'string') throw new TypeError('an office constraint is a Kemendagri code')
    },
  }
}

/**
 * The request headers routedOffice reads. Both go into `Vary`: a public answer (the site, the
 * catalogue, the figures, the log's tiles) is one office's, and a request with a bearer token but no
 * X-Pintu-Office is routed by the token, so a shared cache keyed on the address alone would hand one
 * office's answer to a caller of another.
 */
const ROUTED_BY = ['X-Pintu-Office', 'Authorization'] as const

/** A `Vary` value with the routing headers added to what the route already set (e.g. `Accept`). */
export function varyByOffice(current: string | number | string[] | undefined): string {
  const named = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (named.includes('*')) return '*'
  const lower = new Set(named.map((name) => name.toLowerCase()))
  return [...named, ...ROUTED_BY.filter((name) => !lower.has(name.toLowerCase()))].join(', ')
}

/**
 * Adds the routing headers to `Vary` on the answers of a context (those `when` picks) when a
 * deployment serves several offices: on each office's context for its routes, and on the root for
 * its 404s (an office this deployment does not serve is a 404 another office's caller must not get).
 * The SPAs' files are the same for every office and stay shared.
 */
export function sayRoutedByOffice(context: FastifyInstance, when: (request: FastifyRequest) => boolean = () => true) {
  context.addHook('onSend', async (request, reply, payload) => {
    if (when(request)) void reply.header('vary', varyByOffice(reply.getHeader('vary')))
    return payload
  })
}
