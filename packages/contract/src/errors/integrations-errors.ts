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
  'integrations.no_consent': {
    status: 403,
    id: 'Pemohon ini belum memberi klien ini persetujuan untuk jenis layanan tersebut, atau persetujuannya sudah berakhir.',
    en: 'This applicant has not given this client consent for that service type, or the consent has ended.',
  },
  'consents.not_found': {
    status: 404,
    id: 'Persetujuan tidak ditemukan.',
    en: 'Consent not found.',
  },
  'consents.client_not_found': {
    status: 404,
    id: 'Klien integrasi ini tidak dapat mengajukan permohonan.',
    en: 'This integration client cannot file applications.',
  },
  'consents.service_not_offered': {
    status: 422,
    id: 'Klien ini tidak dapat mengajukan jenis layanan {code}.',
    en: 'This client cannot file service type {code}.',
  },
  'webhooks.not_found': {
    status: 404,
    id: 'Langganan atau pengiriman webhook tidak ditemukan.',
    en: 'Webhook subscription or delivery not found.',
  },
  'webhooks.target_refused': {
    status: 422,
    id: 'Alamat webhook ditolak: gunakan https:// tanpa kredensial, ke host yang hanya beralamat publik.',
    en: 'Webhook URL refused: use https:// without credentials, to a host with public addresses only.',
  },
  'webhooks.service_not_allowed': {
    status: 422,
    id: 'Jenis layanan {code} bukan milik klien ini.',
    en: 'Service type {code} is not one of this client’s.',
  },
  'webhooks.too_many': {
    status: 409,
    id: 'Klien ini sudah memiliki {limit} langganan webhook aktif.',
    en: 'This client already has {limit} active webhook subscriptions.',
  },
  'webhooks.not_replayable': {
    status: 409,
    id: 'Pengiriman ini masih berjalan atau langganannya dihapus; hanya yang gagal atau terkirim dapat diulang.',
    en: 'This delivery is still pending or its subscription was deleted; only dead or delivered ones can be replayed.',
  },
} as const satisfies Record<string, ErrorEntry>
