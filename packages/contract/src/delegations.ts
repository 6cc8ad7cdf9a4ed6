import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, Text, Uuid } from './common.ts'

/**
 * Signing delegation: when the head of office cannot sign, an acting official signs for a date
 * range — Plt. (pelaksana tugas: the post is vacant or its holder removed) or Plh. (pelaksana
 * harian: the holder is temporarily away). Permits signed under it say so.
 */
export const DelegationKindSchema = Type.Enum(['plt', 'plh'], {
  description: '`plt` Pelaksana Tugas, `plh` Pelaksana Harian',
})

export const DelegationSchema = Type.Object({
  id: Uuid('Delegation id'),
  kind: DelegationKindSchema,
  delegateId: Uuid('The official who may sign'),
  delegateName: Type.String(),
  startsOn: IsoDate("First day the delegate may sign (the office's time zone)"),
  endsOn: IsoDate('Last day the delegate may sign'),
  reason: Type.String(),
  createdBy: Type.String({ description: 'Who granted it' }),
  createdAt: IsoDateTime('When it was granted'),
  revokedAt: Type.Union([IsoDateTime('When it was withdrawn'), Type.Null()]),
})
export type Delegation = Static<typeof DelegationSchema>

export const CreateDelegationBodySchema = Type.Object(
  {
    kind: DelegationKindSchema,
    delegateId: Uuid('Officer account of the acting official'),
    startsOn: IsoDate('First day; not in the past'),
    endsOn: IsoDate('Last day'),
    reason: Text({
      minLength: 10,
      maxLength: 500,
      multiline: true,
      description: 'Why, e.g. the decree appointing the Plt.',
    }),
  },
  { additionalProperties: false },
)
export type CreateDelegationBody = Static<typeof CreateDelegationBodySchema>
export const DelegationListSchema = Type.Object({
  items: Type.Array(DelegationSchema, { description: 'Every delegation, newest first' }),
})
