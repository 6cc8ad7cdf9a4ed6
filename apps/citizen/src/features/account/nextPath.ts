import type { LocationQueryValue } from 'vue-router'

/**
 * Where to go after logging in or registering: the page that asked (`?next=`, e.g. the application
 * being started from "Ajukan permohonan"), else the account page. Only same-site paths, so a crafted
 * link cannot send someone elsewhere.
 */
export function nextPath(next: LocationQueryValue | LocationQueryValue[] | undefined, fallback = '/akun'): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : fallback
}
