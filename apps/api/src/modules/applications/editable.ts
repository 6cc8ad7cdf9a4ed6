import type { ErrorCode } from '@pintu/contract'
import { AppError, conflict, notFound } from '../../errors/app-error.ts'
import type { Caller } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'

/** The owner may edit a draft; after a return, only what the officer listed. */
export function assertEditable(app: ApplicationRow, caller: Caller, what: { fields?: string[]; requirement?: string }) {
  if (app.applicantId !== caller.actor.id) throw notFound('applications.not_found')
  if (app.status !== 'draft' && app.status !== 'returned') throw conflict('applications.not_editable')
  if (app.status === 'returned' && app.openReturn) {
    const code: ErrorCode = 'applications.field_locked'
    const locked = [
      ...(what.fields ?? [])
        .filter((f) => !app.openReturn!.fields.includes(f))
        .map((f) => ({ field: `/data/${f}`, code })),
      ...(what.requirement && !app.openReturn.requirements.includes(what.requirement)
        ? [{ field: `/documents/${what.requirement}`, code }]
        : []),
    ]
    if (locked.length) throw new AppError('applications.field_locked', { problems: locked })
  }
}
