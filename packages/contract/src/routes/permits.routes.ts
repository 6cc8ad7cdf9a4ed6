/** Signed permits: the public key, verification, download and revocation. */
import { Type } from 'typebox'
import { ApplicationIdParamsSchema } from '../applications.ts'
import {
  PermitNumberParamsSchema,
  PermitPreviewSchema,
  PermitVerificationSchema,
  PublicKeySchema,
  RevokePermitBodySchema,
  VerifyPermitQuerySchema,
} from '../permits.ts'
import { defineRoute } from '../route.ts'
import { actingSignerRoles, fileReaderRoles } from '../roles.ts'

export const permitRoutes = {
  publicKey: defineRoute({
    method: 'GET',
    url: '/api/v1/permits/public-key',
    access: 'public',
    schema: {
      summary: 'The public key that verifies permit signatures',
      tags: ['permits'],
      response: { 200: PublicKeySchema },
    },
  }),
  verify: defineRoute({
    method: 'GET',
    url: '/api/v1/permits/:number/verify',
    access: 'public',
    errors: ['rate_limited'],
    schema: {
      summary: 'Verify a permit (public)',
      description:
        "Answers valid, revoked, expired, invalid (fails its signature check) or unknown. By number alone: the service and dates only. With the verification `code` printed on the permit (the QR code carries it): everything printed, the holder's name included. Rate limited per client address like tracking.",
      tags: ['permits'],
      params: PermitNumberParamsSchema,
      querystring: VerifyPermitQuerySchema,
      response: { 200: PermitVerificationSchema },
    },
  }),
  ofApplication: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/permit',
    access: ['applicant', ...fileReaderRoles],
    errors: ['applications.not_found', 'applications.not_assigned', 'permits.not_issued'],
    schema: {
      summary: 'The permit issued for an application, with its verification',
      tags: ['permits'],
      params: ApplicationIdParamsSchema,
      response: { 200: PermitVerificationSchema },
    },
  }),
  preview: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/permit-preview',
    access: [...actingSignerRoles],
    errors: ['applications.not_found', 'applications.not_assigned', 'permits.not_signing'],
    schema: {
      summary: 'Preview the permit the holder of the signing stage is about to sign (audited read)',
      description:
        "Exactly the data that signing will print and sign, with the caller as signer (Plt./Plh. when signing under a delegation): the holder's name, the service's key data, dates and validity. Only for the officer holding the file at the signing stage; the read is recorded in the audit log because it carries the holder's name.",
      tags: ['permits'],
      params: ApplicationIdParamsSchema,
      response: { 200: PermitPreviewSchema },
    },
  }),
  pdf: defineRoute({
    method: 'GET',
    url: '/api/v1/applications/:id/permit.pdf',
    access: ['applicant', ...fileReaderRoles],
    errors: ['applications.not_found', 'applications.not_assigned', 'permits.not_issued'],
    schema: {
      summary: 'Download the signed permit (PDF with a QR code to the verification page)',
      tags: ['permits'],
      params: ApplicationIdParamsSchema,
      response: { 200: Type.String({ description: 'application/pdf' }) },
    },
  }),
  revoke: defineRoute({
    method: 'POST',
    url: '/api/v1/permits/:number/revoke',
    access: ['signer'],
    errors: ['permits.not_found', 'permits.already_revoked'],
    schema: {
      summary: 'Revoke a permit',
      tags: ['permits'],
      params: PermitNumberParamsSchema,
      body: RevokePermitBodySchema,
      response: { 200: PermitVerificationSchema },
    },
  }),
}
