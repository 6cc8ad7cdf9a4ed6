import { Type, type Static } from 'typebox'
import { IsoDateTime, Text } from './common.ts'

/** The signer's passphrase at the certification authority: sent only to sign, never stored or logged. */
export const PassphraseSchema = Text({
  minLength: 8,
  maxLength: 128,
  description:
    "The signer's own passphrase at the certification authority (BSrE/PSrE, or the local simulator): it authorises this one signature and is never stored or logged",
})

export const signingServiceKinds = ['none', 'simulator', 'bsre'] as const
export const SigningServiceKindSchema = Type.Enum([...signingServiceKinds], {
  description:
    '`none`: permits carry only the Ed25519 signature over their data; `simulator`: the local certification-authority simulator (tests and demos, trusted by nobody); `bsre`: the national signing service (BSrE of BSSN or a licensed PSrE)',
})

export const EnrolSignerBodySchema = Type.Object(
  {
    officerId: Type.String({ format: 'uuid', description: 'The officer who will sign' }),
    nik: Type.String({
      pattern: '^[0-9]{16}$',
      description: "The signer's NIK, by which the certification authority identifies them; never shown again",
    }),
    nip: Type.String({ pattern: '^[0-9]{18}$', description: "The signer's NIP (18-digit civil servant number)" }),
    title: Text({ minLength: 3, maxLength: 200, description: 'Title in the certificate, e.g. "Kepala Dinas ..."' }),
    passphrase: Type.Optional(PassphraseSchema),
  },
  {
    additionalProperties: false,
    description:
      'Enrols a signer. With the simulator, the signer types their own passphrase here (it seals their new key); with a real service the passphrase is set at the service and not sent',
  },
)
export type EnrolSignerBody = Static<typeof EnrolSignerBodySchema>

export const SignerSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    officerId: Type.String({ format: 'uuid' }),
    officerName: Type.String(),
    nip: Type.String(),
    title: Type.String(),
    service: SigningServiceKindSchema,
    certificateSerial: Type.Union([
      Type.String({ description: 'Hex serial of the simulator certificate' }),
      Type.Null(),
    ]),
    validUntil: Type.Union([IsoDateTime('When the simulator certificate expires'), Type.Null()]),
    enrolledAt: IsoDateTime('When the signer was enrolled'),
    revokedAt: Type.Union([IsoDateTime('When the enrolment (and its certificate) was revoked'), Type.Null()]),
    revokeReason: Type.Union([Type.String(), Type.Null()]),
  },
  { description: 'An enrolled signer (the NIK is never shown)' },
)
export type Signer = Static<typeof SignerSchema>
export const SignerListSchema = Type.Object({ service: SigningServiceKindSchema, items: Type.Array(SignerSchema) })
export type SignerList = Static<typeof SignerListSchema>

export const RevokeSignerBodySchema = Type.Object(
  { reason: Text({ minLength: 5, maxLength: 500, description: 'Why the certificate is revoked' }) },
  { additionalProperties: false },
)

export const SimulatorCaSchema = Type.Object(
  {
    notice: Type.String({ description: 'A reminder that this CA is a simulator, trusted by nobody' }),
    rootPem: Type.String({ description: 'The root certificate (PEM): import it to check simulator signatures' }),
    intermediatePem: Type.String({ description: 'The intermediate that issues signers’ certificates (PEM)' }),
    tsaPem: Type.String({ description: 'The timestamp authority’s certificate (PEM)' }),
    crlUrl: Type.String({ description: 'Where the intermediate’s CRL is served (DER)' }),
  },
  { description: 'The local certification-authority simulator’s certificates' },
)
export type SimulatorCa = Static<typeof SimulatorCaSchema>

/** What the public learns of a permit PDF's PAdES signature: the signer's certificate, its chain and the timestamp. */
export const PadesSummarySchema = Type.Object(
  {
    service: SigningServiceKindSchema,
    level: Type.Enum(['B-B', 'B-T'], {
      description: 'PAdES baseline level (ETSI EN 319 142-1): B-T carries a timestamp',
    }),
    signer: Type.Object({
      name: Type.String({ description: 'Common name in the signer certificate' }),
      title: Type.Union([Type.String(), Type.Null()]),
      nip: Type.Union([Type.String(), Type.Null()]),
      serial: Type.String({ description: 'Hex serial of the signer certificate' }),
      validFrom: IsoDateTime('Certificate start'),
      validUntil: IsoDateTime('Certificate end'),
    }),
    chain: Type.Array(Type.String({ description: 'Subject of a certificate in the signature, signer first' })),
    timestamp: Type.Union([
      Type.Object({
        time: IsoDateTime('Time certified by the timestamp authority (RFC 3161 genTime)'),
        authority: Type.String({ description: 'Subject of the timestamp authority’s certificate' }),
      }),
      Type.Null(),
    ]),
    actingAs: Type.Optional(
      Type.Union(
        [
          Type.Object({
            kind: Type.Enum(['plt', 'plh'], {
              description: '`plt` pelaksana tugas, `plh` pelaksana harian (acting for the head of office)',
            }),
            title: Type.String({ description: 'The title signed for, as printed: "Plt. Kepala Dinas ..."' }),
            delegationId: Type.String({ description: 'The delegation the permit was signed under' }),
          }),
          Type.Null(),
        ],
        {
          description:
            "When signed under a delegation: the delegate signed with their own certificate (whose title is the delegate's own) for the head of office; null otherwise",
        },
      ),
    ),
  },
  { description: "The PDF's certified electronic signature (PAdES), as read from the signed PDF when it was issued" },
)
export type PadesSummary = Static<typeof PadesSummarySchema>
