import { ikmElements, type SurveyBody, type SurveyState } from '@pintu/contract'
import { createHash } from 'node:crypto'
import type { Actor } from '../../plugins/auth.ts'
import { conflict } from '../../errors/app-error.ts'
import type { ComplaintsDeps } from './complaints.deps.ts'

/** The survey opens when the file is finished with a decision: the permit issued, or the application rejected. */
const FINISHED = new Set(['issued', 'rejected'])

export async function surveyState(deps: ComplaintsDeps, applicationId: string, actor: Actor): Promise<SurveyState> {
  // Only the applicant's own application (404 otherwise, as for every applicant read).
  const app = await deps.applications.loadVisible(deps.db, applicationId, actor)
  const answer = await deps.complaints.surveyAnswer(deps.db, app.id)
  if (answer) return { state: 'answered', answeredAt: answer.answeredAt.toISOString() }
  return { state: FINISHED.has(app.status) ? 'open' : 'not_yet', answeredAt: null }
}

/**
 * Records one IKM answer (Permenpan RB 14/2017) for a finished application of the caller. The
 * primary key on the application makes a second answer, even a simultaneous one, a refusal. The
 * recorded change carries the scores (anyone can recompute the public index from the log) but
 * neither the account nor the application, and the comment only as its hash.
 */
export async function answerSurvey(
  deps: ComplaintsDeps,
  applicationId: string,
  body: SurveyBody,
  caller: { actor: Actor; requestId: string },
): Promise<SurveyState> {
  const app = await deps.applications.loadVisible(deps.db, applicationId, caller.actor)
  if (!FINISHED.has(app.status)) throw conflict('survey.not_finished')
  const scores = ikmElements.map((e) => body[e])
  const comment = body.comment?.trim() ? body.comment : null
  const answer = await deps.db.transaction(async (tx) => {
    const inserted = await deps.complaints.insertSurveyAnswer(tx, {
      applicationId: app.id,
      officeId: deps.office.id,
      serviceCode: app.serviceCode,
      u1: scores[0]!,
      u2: scores[1]!,
      u3: scores[2]!,
      u4: scores[3]!,
      u5: scores[4]!,
      u6: scores[5]!,
      u7: scores[6]!,
      u8: scores[7]!,
      u9: scores[8]!,
      comment,
      answeredAt: deps.clock.now(),
    })
    if (!inserted) throw conflict('survey.already_answered')
    await deps.changes.record(tx, {
      action: 'survey.answered',
      entity: { type: 'survey_answer', id: inserted.id },
      // Not the account: an answer linked to a pseudonym in the public log could be linked to its applications.
      actor: { id: null, role: 'applicant' },
      details: {
        serviceCode: app.serviceCode,
        scores,
        commentSha256: comment ? createHash('sha256').update(comment).digest('hex') : null,
      },
      requestId: caller.requestId,
    })
    return inserted
  })
  return { state: 'answered', answeredAt: answer.answeredAt.toISOString() }
}
