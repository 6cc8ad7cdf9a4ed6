import { SigningServiceKindSchema } from './signing.ts'
import { Type, type Static } from 'typebox'
import { IsoDateTime, LocalizedTextSchema, OfficeTimeZoneSchema, Text, Uuid } from './common.ts'
import { OfficerRoleSchema, RoleSchema } from './roles.ts'

const Email = Type.String({ format: 'email', maxLength: 254, description: 'Email address' })
const Password = Text({
  minLength: 1,
  maxLength: 256,
  description: 'Password: at least 10 characters and not a common password',
})

export const RegisterApplicantBodySchema = Type.Object(
  {
    nik: Text({ maxLength: 32, description: 'NIK: the 16-digit population identity number on the KTP' }),
    fullName: Text({ minLength: 2, maxLength: 120, description: 'Full name as on the KTP' }),
    email: Email,
    phone: Text({ maxLength: 24, description: 'Indonesian mobile number, `08…` or `+628…`; stored as +62' }),
    password: Password,
  },
  { additionalProperties: false },
)
export type RegisterApplicantBody = Static<typeof RegisterApplicantBodySchema>

export const LoginBodySchema = Type.Object({ email: Email, password: Password }, { additionalProperties: false })
export type LoginBody = Static<typeof LoginBodySchema>

export const RefreshBodySchema = Type.Object(
  {
    refreshToken: Type.String({
      minLength: 20,
      maxLength: 200,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'The refresh token from the last login or refresh; usable once',
    }),
  },
  { additionalProperties: false },
)
export type RefreshBody = Static<typeof RefreshBodySchema>

export const AccountSchema = Type.Object({
  id: Uuid('Account id'),
  kind: Type.Enum(['applicant', 'officer'], { description: 'Citizen/business account or officer account' }),
  fullName: Type.String({ description: 'Full name' }),
  email: Type.String({ description: 'Email address' }),
  roles: Type.Array(RoleSchema, { description: 'Roles held' }),
  officeCode: Type.String({ description: 'Office (region code), e.g. 32.73 for Kota Bandung' }),
  readOffices: Type.Optional(
    Type.Array(
      Type.String({ description: 'A province code (32: its every served office) or an office code (32.77)' }),
      {
        maxItems: 600,
        description:
          "Auditors only, when the installation's operator allowed it: the other offices they may read (GET routes open to auditors, naming the office with `X-Pintu-Office`). Absent for everyone else",
      },
    ),
  ),
})
export type Account = Static<typeof AccountSchema>

export const SessionSchema = Type.Object({
  accessToken: Type.String({ description: 'Bearer token for the Authorization header; valid 15 minutes' }),
  accessTokenExpiresAt: IsoDateTime('When the access token stops working'),
  refreshToken: Type.String({
    description: 'Single-use token to get a new session; reuse revokes the whole session family',
  }),
  refreshTokenExpiresAt: IsoDateTime('When the refresh token stops working'),
  account: AccountSchema,
})
export type Session = Static<typeof SessionSchema>

export const MeSchema = Type.Object({
  account: AccountSchema,
  phone: Type.Union([Type.String({ description: 'Mobile number in +62 form' }), Type.Null()]),
  nikMasked: Type.Union([Type.String({ description: 'NIK with all but the last 4 digits masked' }), Type.Null()]),
})
export type Me = Static<typeof MeSchema>

export const CreateOfficerBodySchema = Type.Object(
  {
    fullName: Text({ minLength: 2, maxLength: 120, description: 'Full name and title' }),
    email: Email,
    employeeNumber: Type.String({ pattern: '^[0-9]{18}$', description: 'NIP: the 18-digit civil servant number' }),
    roles: Type.Array(OfficerRoleSchema, { minItems: 1, uniqueItems: true, description: 'Roles granted' }),
  },
  { additionalProperties: false },
)
export type CreateOfficerBody = Static<typeof CreateOfficerBodySchema>

export const OfficerSchema = Type.Object({
  id: Uuid('Officer account id'),
  fullName: Type.String(),
  email: Type.String(),
  employeeNumber: Type.String({ description: 'NIP' }),
  roles: Type.Array(OfficerRoleSchema, { description: 'Roles in force' }),
  pendingRoles: Type.Array(OfficerRoleSchema, {
    description: "Roles asked for and waiting for a second admin's approval",
  }),
  onDuty: Type.Boolean({ description: 'Whether the system may assign work to this officer' }),
  active: Type.Boolean({ description: 'False once deactivated: the account can no longer log in or act' }),
  createdAt: IsoDateTime('When the account was created'),
})
export type Officer = Static<typeof OfficerSchema>

export const CreatedOfficerSchema = Type.Object({
  officer: OfficerSchema,
  initialPassword: Type.String({ description: 'One-time initial password; shown once, to hand over in person' }),
})
export type CreatedOfficer = Static<typeof CreatedOfficerSchema>

export const OfficerListSchema = Type.Object({ items: Type.Array(OfficerSchema) })
export type OfficerList = Static<typeof OfficerListSchema>

export const OfficerIdParamsSchema = Type.Object({ id: Uuid('Officer account id') }, { additionalProperties: false })

export const SetRolesBodySchema = Type.Object(
  {
    roles: Type.Array(OfficerRoleSchema, {
      minItems: 1,
      uniqueItems: true,
      description: 'The roles the officer should hold',
    }),
  },
  {
    additionalProperties: false,
    description:
      'Roles taken away and roles without a two-person rule change at once; admin, treasurer, signer and supervisor are asked for and take effect when a second admin approves',
  },
)
export type SetRolesBody = Static<typeof SetRolesBodySchema>

export const DeactivateOfficerBodySchema = Type.Object(
  {
    reason: Text({
      minLength: 10,
      maxLength: 500,
      multiline: true,
      description: 'Why the account is deactivated (recorded)',
    }),
  },
  { additionalProperties: false },
)
export const DeactivationResultSchema = Type.Object({
  officer: OfficerSchema,
  handedOver: Type.Integer({ minimum: 0, description: 'Open files the system gave to other officers' }),
})

export const RoleGrantSchema = Type.Object(
  {
    id: Uuid('Grant request id'),
    officerId: Uuid('The officer the roles are for'),
    officerName: Type.String(),
    roles: Type.Array(OfficerRoleSchema, { description: 'Roles asked for' }),
    requestedBy: Type.String({ description: 'Admin who asked' }),
    requestedById: Uuid('Account of that admin'),
    requestedAt: IsoDateTime('When it was asked'),
    outcome: Type.Union([Type.Enum(['approved', 'refused']), Type.Null()], { description: 'Null while waiting' }),
    decidedBy: Type.Union([Type.String(), Type.Null()], { description: 'Admin who decided' }),
    decidedAt: Type.Union([IsoDateTime('When it was decided'), Type.Null()]),
  },
  { description: 'A request for roles under a two-person rule' },
)
export type RoleGrant = Static<typeof RoleGrantSchema>
export const RoleGrantListSchema = Type.Object({
  items: Type.Array(RoleGrantSchema, { description: 'Waiting requests first, then the latest decisions' }),
})
export type RoleGrantList = Static<typeof RoleGrantListSchema>
export const RoleGrantIdParamsSchema = Type.Object({ id: Uuid('Grant request id') }, { additionalProperties: false })

export const HealthSchema = Type.Object({ status: Type.Literal('ok') })

export const simulators = ['bank', 'signing_ca'] as const
export const SimulatorsSchema = Type.Array(Type.Enum([...simulators]), {
  description:
    'Local stand-ins for outside services that are switched on here (`bank`; `signing_ca`, the certification-authority simulator that signs permit PDFs): NOT FOR REAL USE. Empty in production.',
})

export const ReadySchema = Type.Object({
  // Only ever `ready`: an unready node answers 503 in the error shape (`service.unavailable`, …).
  status: Type.Literal('ready'),
  database: Type.Enum(['pglite', 'postgres'], { description: 'Which database engine serves this node' }),
  simulators: SimulatorsSchema,
  publicReads: Type.Optional(
    Type.Enum(['replica', 'primary'], {
      description:
        'Only with a read replica configured: where the public read routes are served from now. `primary` while the replica is unreachable (public reads fall back to the primary and the replica is tried again after 5 s).',
    }),
  ),
})

/** What every page of both SPAs needs to know about this installation. */
export const SiteSchema = Type.Object({
  officeCode: Type.String({ description: 'Region code of the office, e.g. 32.73' }),
  office: Type.Object(
    {
      name: LocalizedTextSchema,
      shortName: Type.String({ description: 'The short name signs and page headers use, e.g. DPMPTSP Kota Bandung' }),
      region: LocalizedTextSchema,
      address: Type.String({ description: 'Street address of the office, for visits and letters' }),
      timezone: OfficeTimeZoneSchema,
      hours: Type.Union([
        Type.String({ description: 'Opening hours of the counter, as the office states them' }),
        Type.Null(),
      ]),
      phone: Type.Union([Type.String({ description: 'Telephone of the office' }), Type.Null()]),
      email: Type.Union([Type.String({ description: 'Email of the office' }), Type.Null()]),
    },
    {
      description:
        'Who runs this service and where to find them (the page header, footer and help pages); `region` is the city or regency it serves',
    },
  ),
  simulators: SimulatorsSchema,
  certifiedSigning: Type.Optional(SigningServiceKindSchema),
  officesServed: Type.Integer({
    minimum: 1,
    maximum: 600,
    description:
      'How many offices this deployment serves: with more than one, the SPAs offer a choice (`GET /api/v1/offices`) and name it with `X-Pintu-Office`',
  }),
})
export type Site = Static<typeof SiteSchema>

/** The channel a one-time code or link is sent through. */
const Channel = Type.Enum(['email', 'sms'], {
  description: '`email`: a link to the account email; `sms`: a 6-digit code to the account mobile number',
})
const Code = Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code from the message' })
const ResetToken = Type.String({
  minLength: 40,
  maxLength: 120,
  pattern: '^[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}$',
  description: 'The token of the reset link (after `#token=`); usable once, for 30 minutes',
})

export const PasswordResetRequestBodySchema = Type.Object(
  {
    email: Email,
    channel: Channel,
  },
  { additionalProperties: false },
)
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBodySchema>

export const AcceptedSchema = Type.Object(
  {
    accepted: Type.Literal(true, {
      description: 'Always true: the same answer whether or not an account has this address',
    }),
  },
  { description: 'The request was taken; a message is sent if an account matches' },
)
export type Accepted = Static<typeof AcceptedSchema>

export const PasswordResetConfirmBodySchema = Type.Object(
  {
    token: ResetToken,
    password: Password,
  },
  { additionalProperties: false },
)
export type PasswordResetConfirmBody = Static<typeof PasswordResetConfirmBodySchema>

export const PasswordResetCodeBodySchema = Type.Object(
  {
    email: Email,
    code: Code,
    password: Password,
  },
  { additionalProperties: false },
)
export type PasswordResetCodeBody = Static<typeof PasswordResetCodeBodySchema>

export const ChangePasswordBodySchema = Type.Object(
  {
    currentPassword: Password,
    newPassword: Password,
  },
  { additionalProperties: false },
)
export type ChangePasswordBody = Static<typeof ChangePasswordBodySchema>

const ContactKind = Type.Enum(['email', 'phone'], { description: 'Which address to change' })

export const ContactChangeBodySchema = Type.Object(
  {
    kind: ContactKind,
    value: Text({
      minLength: 1,
      maxLength: 254,
      description: 'The new email, or the new Indonesian mobile number (`08…` or `+628…`)',
    }),
    currentPassword: Password,
  },
  { additionalProperties: false },
)
export type ContactChangeBody = Static<typeof ContactChangeBodySchema>

export const ContactChangeConfirmBodySchema = Type.Object(
  { kind: ContactKind, code: Code },
  { additionalProperties: false },
)
export type ContactChangeConfirmBody = Static<typeof ContactChangeConfirmBodySchema>

export const ContactChangeStartedSchema = Type.Object({
  kind: ContactKind,
  sentTo: Type.String({ description: 'The new address the code was sent to' }),
  expiresAt: IsoDateTime('When the code stops working'),
})
export type ContactChangeStarted = Static<typeof ContactChangeStartedSchema>
