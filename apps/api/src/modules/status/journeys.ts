import type { StatusJourney } from '@pintu/contract'

/**
 * Which citizen journey a request belongs to, by its route (the pattern, never the address, so no
 * registration or permit number is kept). Requests of no journey are not measured.
 */
export function journeyOf(method: string, route: string | undefined, params: unknown): StatusJourney | null {
  if (!route) return null
  if (method === 'GET' && (route === '/api/v1/services' || route.startsWith('/api/v1/services/'))) return 'catalogue'
  if (method === 'POST' && route === '/api/v1/auth/login') return 'login'
  if (method === 'POST' && route === '/api/v1/applications/:id/documents/:requirementKey') return 'upload'
  if (method === 'POST' && route === '/api/v1/applications/:id/actions/:action') {
    const action = (params as { action?: string } | undefined)?.action
    return action === 'submit' || action === 'resubmit' ? 'submit' : null
  }
  if (route === '/api/v1/payments/callback' || (method === 'GET' && route === '/api/v1/applications/:id/invoice'))
    return 'pay'
  if (method === 'GET' && /^\/api\/v1\/applications\/:id\/(permit|invoice|receipt)\.pdf$/.test(route)) return 'download'
  if (method === 'GET' && route.startsWith('/api/v1/permits/') && route.endsWith('/verify')) return 'verify'
  if (method === 'GET' && route.startsWith('/api/v1/track/')) return 'track'
  return null
}
