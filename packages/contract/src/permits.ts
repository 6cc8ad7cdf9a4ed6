import { EntryProofsSchema } from './transparency.ts'
import { PadesSummarySchema } from './signing.ts'
import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, LocalizedTextSchema, Text } from './common.ts'
import { ApplicationKindSchema } from './catalogue-definition.ts'

/** One item of the service's key data printed on a permit (a form field the catalogue names). */
export const PermitParticularSchema = Type.Object(
  {
    key: Type.String({ description: 'Key of the form field the value comes from' }),
    label: LocalizedTextSchema,
    value: Type.String({ description: 'The value as printed (Bahasa Indonesia: select labels, units, long dates)' }),
  },
  { additionalProperties: false, description: 'A printed item of key data, e.g. the address or floor area' },
)
export type PermitParticular = Static<typeof PermitParticularSchema>

/** Exactly what is printed on a permit — and all that verification shows. */
export const PermitDataSchema = Type.Object(
  {
    number: Type.String({ description: 'Permit number in the catalogue format, e.g. 503/12/DPMPTSP/III/2026' }),
    registrationNo: Type.String({ description: 'Registration number of the application' }),
    serviceCode: Type.String(),
    serviceName: LocalizedTextSchema,
    applicationKind: ApplicationKindSchema,
    holderName: Type.String({ description: 'Name of the permit holder as registered' }),
    issuedOn: IsoDate("Date of issue (the office's time zone)"),
    validUntil: Type.Union([IsoDate('Last day of validity'), Type.Null()], {
      description: 'Null when the permit does not expire',
    }),
    validityNote: Type.Optional(LocalizedTextSchema),
    particulars: Type.Optional(
      Type.Array(PermitParticularSchema, {
        maxItems: 20,
        description:
          "The service's key data as printed (the form fields its catalogue entry names in `permitFields`); absent on permits issued before it was printed",
      }),
    ),
    signerName: Type.String(),
    signerTitle: Type.String({
      description: 'Title as printed, with "Plt." or "Plh." before it when signed under a delegation',
    }),
    delegationId: Type.Union([Type.String({ description: 'The delegation the permit was signed under' }), Type.Null()]),
    approvalBasis: Type.Enum(['decision', 'deemed_by_law'], {
      description:
        '`deemed_by_law`: no decision was made in time and the law deems it granted (UU 30/2014 art. 53 as amended); printed on the permit',
    }),
    officeCode: Type.String({ description: 'Region code of the issuing office' }),
    officeName: Type.String(),
  },
  { description: 'The printed data of a permit; its signature covers the canonical JSON of exactly this object' },
)
export type PermitData = Static<typeof PermitDataSchema>

/** What the signer is about to sign: the printed data exactly as the PDF will carry it, before a number is given. */
export const PermitPreviewSchema = Type.Object(
  {
    printed: PermitDataSchema,
    numberPreview: Type.String({
      description:
        'The permit number with `…` where the gapless sequence goes; `printed.number` is empty until signature gives it',
    }),
  },
  {
    description:
      "A preview of a permit's printed (and signed) data; reading it is audited (it holds the holder's name)",
  },
)
export type PermitPreview = Static<typeof PermitPreviewSchema>

/** What verification by number alone shows: enough to tell a forgery from a permit, never the holder. */
export const PermitSummarySchema = Type.Object(
  {
    number: Type.String({ description: 'Permit number' }),
    serviceCode: Type.String(),
    serviceName: LocalizedTextSchema,
    issuedOn: IsoDate("Date of issue (the office's time zone)"),
    validUntil: Type.Union([IsoDate('Last day of validity'), Type.Null()], {
      description: 'Null when the permit does not expire',
    }),
    officeName: Type.String(),
  },
  { description: "Validity, service and dates of a permit, without the holder's data" },
)
export type PermitSummary = Static<typeof PermitSummarySchema>

export const permitStatuses = ['valid', 'revoked', 'expired', 'invalid', 'unknown'] as const
export const PermitVerificationSchema = Type.Object({
  status: Type.Enum([...permitStatuses], {
    description:
      '`valid`; `revoked` by a signer; `expired` past its validity; `invalid` the record fails its signature check (altered); `unknown` no such permit',
  }),
  summary: Type.Union([PermitSummarySchema, Type.Null()], {
    description: 'Service and dates; null for an unknown number',
  }),
  permit: Type.Union([PermitDataSchema, Type.Null()], {
    description:
      "Everything printed on the permit, the holder's name included: only with the verification code printed on it (and in its QR link), or for the applicant and officers",
  }),
  codeMatches: Type.Union([Type.Boolean(), Type.Null()], {
    description: 'Whether the verification code given matches; null when none was given',
  }),
  revoked: Type.Union([Type.Object({ at: IsoDateTime('When it was revoked'), reason: Type.String() }), Type.Null()]),
  verifyUrl: Type.Union([
    Type.String({ description: "The public verification page this permit's QR code points to" }),
    Type.Null(),
  ]),
  signature: Type.Union([
    Type.Object({
      algorithm: Type.Literal('Ed25519'),
      keyId: Type.String({ description: 'Id of the public key (see /permits/public-key)' }),
      value: Type.String({ description: 'Base64 signature over canonicalJson(permit)' }),
      valid: Type.Boolean({ description: 'Whether the signature matches the printed data' }),
    }),
    Type.Null(),
  ]),
  pades: Type.Union([PadesSummarySchema, Type.Null()], {
    description:
      "The PDF's certified electronic signature (PAdES): signer certificate, chain and timestamp. Null for a permit issued without one (no signing service configured, or before it was)",
  }),
  log: Type.Union([EntryProofsSchema, Type.Null()], {
    description:
      "The permit's entries in the transparency log (its issuance, any revocation) with inclusion proofs against the latest cosigned checkpoint; the issuance entry's `details.sha256` is the SHA-256 of `canonicalJson(permit)`. Null for an unknown permit or before the log's first checkpoint.",
  }),
})
export type PermitVerification = Static<typeof PermitVerificationSchema>

export const PublicKeySchema = Type.Object({
  algorithm: Type.Literal('Ed25519'),
  keyId: Type.String({ description: 'First 16 hex digits of the SHA-256 of the DER public key' }),
  publicKeyPem: Type.String({ description: 'SPKI public key, PEM' }),
})
export type PublicKey = Static<typeof PublicKeySchema>

export const VerifyPermitQuerySchema = Type.Object(
  {
    code: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9]{1,32}$',
        description: 'Verification code printed on the permit and in its QR link',
      }),
    ),
  },
  { additionalProperties: false },
)

export const PermitNumberParamsSchema = Type.Object(
  { number: Text({ minLength: 3, maxLength: 80, description: 'Permit number (URL-encoded: its slashes as %2F)' }) },
  { additionalProperties: false },
)
export const RevokePermitBodySchema = Type.Object(
  { reason: Text({ minLength: 10, maxLength: 1000, multiline: true, description: 'Why the permit is revoked' }) },
  { additionalProperties: false },
)
