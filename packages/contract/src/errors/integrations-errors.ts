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
  'integrations.bad_public_key': {
    status: 422,
    id: 'Kunci publik tidak dapat dipakai: gunakan Ed25519, P-256 atau RSA minimal 2048 bit.',
    en: 'The public key cannot be used: use Ed25519, P-256 or RSA of at least 2048 bits.',
  },
} as const satisfies Record<string, ErrorEntry>
