import type { ErrorEntry } from './error-entry.ts'

/** Integration clients: registration, rotation and revocation by an admin. */
export const integrationsErrors = {
  'integrations.not_found': {
    status: 404,
    id: 'Klien integrasi tidak ditemukan.',
    en: 'Integration client not found.',
  },
  'integrations.revoked': {
    status: 409,
    id: 'Klien integrasi ini sudah dicabut.',
    en: 'This integration client was revoked.',
  },
  'integrations.unknown_service': {
    status: 422,
    id: 'Jenis layanan {code} tidak ada di katalog.',
    en: 'Service type {code} is not in the catalogue.',
  },
} as const satisfies Record<string, ErrorEntry>
