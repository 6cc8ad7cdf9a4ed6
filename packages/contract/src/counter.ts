/** Counter intake: a frontdesk officer serves a walk-in applicant (SPEC §2 P4, issue 13). */
import { Type, type Static } from 'typebox'
import { CreateApplicationBodySchema } from './applications.ts'
import { Text, Uuid } from './common.ts'

const Nik = Type.String({ pattern: '^[0-9]{16}$', description: 'NIK: the 16 digits on the KTP, exactly' })

/** In the body, never the URL: a NIK must not land in access logs or browser history. */
export const CounterLookupBodySchema = Type.Object({ nik: Nik }, { additionalProperties: false })
export type CounterLookupBody = Static<typeof CounterLookupBodySchema>

export const CounterApplicantSchema = Type.Object({
  id: Uuid('Account id of the applicant, to start applications for'),
  fullName: Type.String({ description: 'Name on the account, for the officer to check against the KTP' }),
  nikMasked: Type.String({ description: 'The NIK with all but its last four digits masked' }),
  created: Type.Boolean({ description: 'True when the account was created by this request' }),
})
export type CounterApplicant = Static<typeof CounterApplicantSchema>

export const CounterRegisterBodySchema = Type.Object(
  {
    nik: Nik,
    fullName: Text({ minLength: 2, maxLength: 120, description: 'Full name as on the KTP' }),
    email: Type.String({ format: 'email', maxLength: 254, description: 'Email address of the applicant' }),
    phone: Text({ maxLength: 24, description: 'Indonesian mobile number, `08…` or `+628…`' }),
    passwordChannel: Type.Enum(['email', 'sms'], {
      description:
        'How the applicant receives the way to set their own password: a link by email or a code by SMS (the password-reset flow). The counter never sees or sets a password.',
    }),
  },
  { additionalProperties: false },
)
export type CounterRegisterBody = Static<typeof CounterRegisterBodySchema>

export const CounterCreateApplicationBodySchema = Type.Object(
  {
    applicantId: Uuid('The applicant found or registered at the counter'),
    serviceCode: CreateApplicationBodySchema.properties.serviceCode,
    applicationKind: CreateApplicationBodySchema.properties.applicationKind,
  },
  { additionalProperties: false },
)
export type CounterCreateApplicationBody = Static<typeof CounterCreateApplicationBodySchema>
