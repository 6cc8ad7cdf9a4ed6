/**
 * The officer backlog report (issue 11 item 6): the public backlog with who holds each file. For
 * supervisors and auditors only: officer identities never appear in the public figures.
 */
import { Type, type Static } from 'typebox'
import { IsoDate } from './common.ts'
import { BacklogRowSchema, backlogAgeBuckets } from './stats.ts'

const Count = (description: string) => Type.Integer({ minimum: 0, description })

export const OfficerBacklogRowSchema = Type.Object(
  {
    ...BacklogRowSchema.properties,
    assigneeId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
      description: 'The officer holding the file, or null when nobody does (returned, or waiting for assignment)',
    }),
    assigneeName: Type.Union([Type.String(), Type.Null()], { description: "The assignee's name, or null" }),
  },
  { additionalProperties: false },
)
export type OfficerBacklogRow = Static<typeof OfficerBacklogRowSchema>

export const OfficerBacklogSchema = Type.Object(
  {
    asOf: IsoDate('The day the figures stand at the end of (today when not asked)'),
    files: Count('Everything received and not finished'),
    overdue: Count('Of these, overdue in their current stage'),
    byAssignee: Type.Array(
      Type.Object(
        {
          assigneeId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
          assigneeName: Type.Union([Type.String(), Type.Null()]),
          files: Count('Files this officer holds'),
          overdue: Count('Of these, overdue'),
        },
        { additionalProperties: false },
      ),
      { description: 'By assignee (null: held by nobody)' },
    ),
    rows: Type.Array(OfficerBacklogRowSchema, {
      description: 'One row per kind, service, stage, channel and assignee with any waiting file: the CSV export',
    }),
  },
  { additionalProperties: false, description: 'The backlog with its assignees, for supervisors and auditors' },
)
export type OfficerBacklog = Static<typeof OfficerBacklogSchema>

/** Columns of the officer backlog CSV, in order. */
export const officerBacklogCsvColumns = [
  'jenis',
  'kode_layanan',
  'tahap',
  'kanal',
  'petugas_id',
  'petugas',
  'berkas',
  'terlambat',
  ...backlogAgeBuckets.map((b) => `umur_${b.bucket}`),
] as const
