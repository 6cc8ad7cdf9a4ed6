import { applicationsErrors } from './applications-errors.ts'
import { catalogueErrors } from './catalogue-errors.ts'
import { complaintsErrors } from './complaints-errors.ts'
import { identityErrors } from './identity-errors.ts'
import { integrationsErrors } from './integrations-errors.ts'
import { officeErrors } from './office-errors.ts'
import { requestErrors } from './request-errors.ts'
import { signingErrors } from './signing-errors.ts'
import { statsErrors } from './stats-errors.ts'
import { transparencyErrors } from './transparency-errors.ts'

export type { ErrorEntry } from './error-entry.ts'

/**
 * Every error code the API answers with, top-level or per field, with its status and messages.
 * The API throws only these; a code without both messages fails type-checking; the SPAs and
 * integrators switch on the code, never on the message.
 */
export const errorCatalogue = {
  ...requestErrors,
  ...identityErrors,
  ...applicationsErrors,
  ...catalogueErrors,
  ...officeErrors,
  ...transparencyErrors,
  ...complaintsErrors,
  ...signingErrors,
  ...statsErrors,
  ...integrationsErrors,
} as const
export type ErrorCode = keyof typeof errorCatalogue

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(errorCatalogue, code)
