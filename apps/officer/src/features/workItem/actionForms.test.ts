import {
  actionRule,
  applicationActions,
  applicationStatuses,
  lifecycle,
  type ActionInput,
  type ApplicationAction,
} from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { sampleDefinition } from '@/features/catalogue/testing/sampleDefinition.ts'
import { actionBody, actionForms, checklistOptions, draftProblems, emptyDraft, minLength } from './actionForms.ts'

/** Every (status, action) pair the lifecycle table defines. */
const tablePairs = applicationStatuses.flatMap((status) =>
  applicationActions.filter((action) => actionRule(status, action)).map((action) => ({ status, action })),
)

describe('action forms derived from the lifecycle table', () => {
  it.each(tablePairs)('$action in $status gets exactly the inputs its rule requires', ({ status, action }) => {
    const [form] = actionForms({ status, availableActions: [action] })
    expect(form).toEqual({ action, inputs: actionRule(status, action)!.requires })
  })

  it('covers every input kind some rule requires (so none lacks a form input)', () => {
    const required = new Set(tablePairs.flatMap(({ status, action }) => actionRule(status, action)!.requires))
    expect([...required].sort()).toEqual(['legalReason', 'report', 'returnReasons'])
  })

  it('offers one form per action the API lists, in its order, and nothing else', () => {
    const forms = actionForms({ status: 'decision', availableActions: ['reject', 'approve'] })
    expect(forms.map((form) => form.action)).toEqual(['reject', 'approve'])
    expect(actionForms({ status: 'decision', availableActions: [] })).toEqual([])
  })

  it('drops an action the table does not have for the status (a stale page), rather than inventing inputs', () => {
    expect(actionForms({ status: 'signing', availableActions: ['return' as ApplicationAction] })).toEqual([])
  })
})

describe('action request bodies', () => {
  const filled = () => {
    const draft = emptyDraft()
    draft.returnReasons = {
      codes: ['document_unreadable'],
      requirements: ['ktp'],
      fields: [],
      note: '  KTP buram, unggah ulang.  ',
    }
    draft.legalReason = 'Perda 5/2016 pasal 12'
    draft.report = 'Survei lapangan sesuai.'
    return draft
  }

  it('sends only the version and the inputs the action requires, trimmed', () => {
    expect(actionBody(4, [], filled())).toEqual({ version: 4 })
    expect(actionBody(4, ['report'], filled())).toEqual({ version: 4, report: 'Survei lapangan sesuai.' })
    expect(actionBody(4, ['returnReasons'], filled())).toEqual({
      version: 4,
      returnReasons: {
        codes: ['document_unreadable'],
        requirements: ['ktp'],
        fields: [],
        note: 'KTP buram, unggah ulang.',
      },
    })
  })

  it('every officer action of the table yields a body the contract accepts once its inputs are filled', () => {
    for (const status of applicationStatuses) {
      for (const [action, rule] of Object.entries(lifecycle[status].actions)) {
        const body = actionBody(1, rule.requires, filled())
        expect(Object.keys(body).sort(), `${status}/${action}`).toEqual(['version', ...rule.requires].sort())
        expect(draftProblems(rule.requires, filled()), `${status}/${action}`).toEqual([])
      }
    }
  })
})

describe('checks before sending', () => {
  const problemsOf = (inputs: ActionInput[]) => draftProblems(inputs, emptyDraft()).map((problem) => problem.field)

  it('a return needs a reason code, something on the checklist and an explanation', () => {
    expect(problemsOf(['returnReasons'])).toEqual([
      '/returnReasons/codes',
      '/returnReasons/checklist',
      '/returnReasons/note',
    ])
  })

  it('a rejection needs its legal ground and a review its report, as long as the contract says', () => {
    expect(minLength).toEqual({ note: 10, legalReason: 10, report: 10 })
    expect(problemsOf(['legalReason'])).toEqual(['/legalReason'])
    const draft = emptyDraft()
    draft.report = ' 123456789 '
    expect(draftProblems(['report'], draft)).toEqual([
      { field: '/report', key: 'workItem.actions.tooShort', message: '', params: { min: 10 } },
    ])
    draft.report = '1234567890'
    expect(draftProblems(['report'], draft)).toEqual([])
  })

  it('an action without inputs has nothing to check', () => {
    expect(problemsOf([])).toEqual([])
  })
})

describe('return checklist', () => {
  it('lists the documents of this kind of application and every form field', () => {
    const options = checklistOptions(sampleDefinition(), 'perpanjangan')
    // The billboard design applies only to new applications.
    expect(options.requirements.map((option) => option.key)).toEqual(['ktp'])
    expect(options.fields.map((option) => option.key)).toEqual(['location', 'area_m2', 'faces'])
    expect(checklistOptions(sampleDefinition(), 'baru').requirements.map((option) => option.key)).toEqual([
      'ktp',
      'design',
    ])
  })
})
