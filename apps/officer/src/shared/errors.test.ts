import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api.ts'
import { errorMessageKey, fieldProblems, hasMessage, problemsAt } from './errors.ts'

describe('error messages', () => {
  it('explains a known code with its own message', () => {
    expect(errorMessageKey(new ApiError(403, 'catalogue.same_author', 'whatever the server says'))).toBe(
      'errors.catalogue.same_author',
    )
    expect(errorMessageKey(new ApiError(429, 'rate_limited', ''))).toBe('errors.rate_limited')
  })

  it('falls back to the generic message for an unknown code or a code naming a group', () => {
    expect(errorMessageKey(new ApiError(418, 'teapot.brewing', ''))).toBe('errors.generic')
    expect(errorMessageKey(new ApiError(400, 'auth', ''))).toBe('errors.generic')
  })

  it('says the server is unreachable when fetch itself fails', () => {
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toBe('errors.network')
  })

  it('has a message for every error code the catalogue administration can answer', () => {
    const codes = [
      'request.invalid',
      'auth.invalid_credentials',
      'auth.too_many_attempts',
      'auth.locked',
      'auth.token_expired',
      'auth.unauthenticated',
      'auth.forbidden',
      'auth.refresh_reused',
      'catalogue.not_found',
      'catalogue.draft_exists',
      'catalogue.stale_revision',
      'catalogue.version_immutable',
      'catalogue.same_author',
      'catalogue.invalid_definition',
      'catalogue.retired',
      'catalogue.valid_from_past',
      'not_found',
      'rate_limited',
      'internal',
    ]
    for (const code of codes) expect(hasMessage(`errors.${code}`), code).toBe(true)
  })

  it('has a message for every error code the work pages can answer', () => {
    const codes = [
      'applications.not_found',
      'applications.not_assigned',
      'applications.stale_version',
      'applications.action_not_allowed',
      'applications.return_reasons_required',
      'applications.legal_reason_required',
      'applications.report_required',
      'applications.unknown_checklist_item',
      'applications.empty_checklist',
      'applications.no_eligible_officer',
      'applications.not_in_office',
      'applications.document_not_found',
      'idempotency.key_reused',
      'idempotency.in_progress',
      'applications.not_in_review',
      'documents.too_large',
      'documents.type_not_accepted',
      'documents.empty',
      'documents.bad_file_name',
      'documents.no_file',
      'documents.one_file_only',
      'documents.not_a_pdf',
      'documents.pdf_active_content',
      'documents.pdf_encrypted',
      'documents.pdf_uninspectable',
      'documents.image_corrupt',
      'documents.image_dimensions',
      'documents.busy',
    ]
    for (const code of codes) expect(hasMessage(`errors.${code}`), code).toBe(true)
  })

  it('has a message for every error code of sessions, officer administration and dual control', () => {
    const codes = [
      'auth.session_ended',
      'auth.account_deactivated',
      'officers.not_found',
      'officers.deactivated',
      'officers.grant_not_found',
      'officers.same_admin',
      'officers.cannot_deactivate_self',
      'officers.last_admin',
      'identity.email_taken',
      'identity.employee_number_taken',
      'delegations.delegate_not_eligible',
      'applications.reassign_needs_another_supervisor',
      'payments.related_treasurer',
      'catalogue.related_author',
      'calendar.out_of_range',
      'calendar.year_published',
      'field.invalid_characters',
      'field.blank_or_invalid_characters',
    ]
    for (const code of codes) expect(hasMessage(`errors.${code}`), code).toBe(true)
  })
})

describe('field problems', () => {
  const error = new ApiError(422, 'catalogue.invalid_definition', 'invalid', [
    { field: '/slaDays', code: 'catalogue.sla_mismatch', message: 'sum is 8' },
    { field: '/fee/amount', code: 'number.minimum', message: 'must be at least 1' },
  ])

  it('uses our message for known detail codes and the API message otherwise', () => {
    expect(fieldProblems(error)).toEqual([
      { field: '/slaDays', key: 'errors.catalogue.sla_mismatch', message: 'sum is 8' },
      { field: '/fee/amount', key: null, message: 'must be at least 1' },
    ])
  })

  it('finds the problems at or inside a JSON pointer, not at a sibling sharing its prefix', () => {
    const problems = [...fieldProblems(error), { field: '/feeLegalBasis', key: null, message: 'x' }]
    expect(problemsAt(problems, '/fee').map((p) => p.field)).toEqual(['/fee/amount'])
  })
})
