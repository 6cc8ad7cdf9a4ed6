/** Certified electronic signatures: enrolling signers, and the local certification-authority simulator. */
import { Type } from 'typebox'
import { defineRoute } from '../route.ts'
import {
  EnrolSignerBodySchema,
  RevokeSignerBodySchema,
  SignerListSchema,
  SignerSchema,
  SimulatorCaSchema,
} from '../signing.ts'

export const signingRoutes = {
  signers: defineRoute({
    method: 'GET',
    url: '/api/v1/signers',
    access: ['admin', 'auditor'],
    schema: {
      summary: 'Enrolled signers of certified electronic signatures',
      tags: ['signing'],
      response: { 200: SignerListSchema },
    },
  }),
  enrol: defineRoute({
    method: 'POST',
    url: '/api/v1/signers',
    access: ['admin'],
    errors: [
      'signing.not_configured',
      'signing.unknown_officer',
      'signing.not_a_signer',
      'signing.already_enrolled',
      'signing.passphrase_required',
    ],
    schema: {
      summary: 'Enrol a signer (the head of office or an acting official)',
      description:
        "Records the officer's NIK, NIP and title for the signing service. With the local certification-authority simulator it also issues the officer's X.509 certificate (name, NIP, title) from the simulator's intermediate, with a new key sealed under the `passphrase` the signer types themselves; the passphrase is never stored. With the national service (BSrE/PSrE) the signer holds their certificate and passphrase there, and no passphrase is sent here.",
      tags: ['signing'],
      body: EnrolSignerBodySchema,
      response: { 201: SignerSchema },
    },
  }),
  revoke: defineRoute({
    method: 'POST',
    url: '/api/v1/signers/:id/revoke',
    access: ['admin'],
    errors: ['signing.signer_not_found', 'signing.certificate_revoked'],
    schema: {
      summary: "Revoke a signer's enrolment (and, with the simulator, their certificate)",
      description:
        "From now on the certificate cannot sign; the simulator's CRL lists it. Permits signed before keep verifying: their timestamp proves they were signed while the certificate was valid.",
      tags: ['signing'],
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      body: RevokeSignerBodySchema,
      response: { 200: SignerSchema },
    },
  }),
  simulatorCa: defineRoute({
    method: 'GET',
    url: '/api/v1/signing-simulator/ca',
    access: 'public',
    errors: ['signing.no_simulator'],
    schema: {
      summary: "The certification-authority simulator's root, intermediate and timestamp-authority certificates",
      description:
        'Only when the deployment uses the local simulator (never in production): import the root to check the signatures it made.',
      tags: ['signing'],
      response: { 200: SimulatorCaSchema },
    },
  }),
  simulatorCrl: defineRoute({
    method: 'GET',
    url: '/api/v1/signing-simulator/crl',
    access: 'public',
    errors: ['signing.no_simulator'],
    schema: {
      summary: "The simulator intermediate's certificate revocation list (DER, application/pkix-crl)",
      tags: ['signing'],
      response: { 200: Type.String({ description: 'application/pkix-crl' }) },
    },
  }),
  simulatorTsa: defineRoute({
    method: 'POST',
    url: '/api/v1/signing-simulator/tsa',
    access: 'public',
    errors: ['signing.no_simulator', 'signing.bad_timestamp_query', 'request.unsupported_media_type', 'rate_limited'],
    schema: {
      summary:
        "The simulator's RFC 3161 timestamp authority over HTTP (application/timestamp-query in, application/timestamp-reply out)",
      description:
        'Only with the local simulator. Send a DER TimeStampReq (RFC 3161 §3.4, e.g. from `openssl ts -query -sha256 -cert`) as the body with `Content-Type: application/timestamp-query`; the answer is a DER TimeStampResp: granted with a token signed by the simulator TSA (SHA-256 imprints), or rejected (other hash algorithms). A body that is not a TimeStampReq answers 400. Rate limited per client address.',
      tags: ['signing'],
      response: { 200: Type.String({ description: 'application/timestamp-reply (DER TimeStampResp)' }) },
    },
    rawBody: { contentType: 'application/timestamp-query', description: 'A DER TimeStampReq (RFC 3161 §2.4.1)' },
  }),
}
