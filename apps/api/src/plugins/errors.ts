import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { CalendarRangeError, errorCatalogue, textPatterns, type ErrorCode } from '@pintu/contract'
import { databaseUnavailable } from '../db/unavailable.ts'
import { AppError, type FieldProblem } from '../errors/app-error.ts'
import { localize, pickLocale } from '../errors/messages.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The error codes the route declares in the contract (see route.ts there). */
    errors?: ReadonlySet<ErrorCode>
  }
  interface FastifyInstance {
    /** Set by the SPA plugin: answers unknown browser routes with the right index.html. */
    spaFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean
  }
}

/** Fastify's and its plugins' own error codes, answered with the contract's. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.empty_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.invalid',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'request.unsupported_media_type',
  FST_REQ_FILE_TOO_LARGE: 'documents.too_large',
  FST_FILES_LIMIT: 'documents.one_file_only',
  FST_PARTS_LIMIT: 'documents.one_file_only',
  FST_FIELDS_LIMIT: 'documents.one_file_only',
  // The body ended before its closing boundary, or a part named a prototype property, or a
  // field declared JSON was not: the multipart is broken (busboy's own, code-less parse errors
  // are translated where the parts are read, in documents/upload-part.ts).
  FST_MP_PREMATURE_CLOSE: 'request.malformed_multipart',
  FST_PROTO_VIOLATION: 'request.malformed_multipart',
  FST_INVALID_JSON_FIELD_ERROR: 'request.malformed_multipart',
}

/** Seconds a client should wait before retrying when the database is unreachable. */
const DATABASE_RETRY_AFTER_SECONDS = '5'

const ajvKeywordCodes: Record<string, ErrorCode> = {
  required: 'field.required',
  type: 'field.type',
  additionalProperties: 'field.unknown',
  format: 'field.format',
  pattern: 'field.pattern',
  maxLength: 'field.too_long',
  minLength: 'field.too_short',
  maxItems: 'field.too_long',
  minItems: 'field.too_short',
  minimum: 'field.out_of_range',
  maximum: 'field.out_of_range',
  enum: 'field.not_allowed',
  const: 'field.not_allowed',
  anyOf: 'field.invalid',
  uniqueItems: 'field.invalid',
}

/** The text patterns of the contract name their own problem: white space alone, or characters no text may hold. */
function patternCode(pattern: unknown): ErrorCode {
  if (pattern === textPatterns.requiredLine || pattern === textPatterns.requiredText)
    return 'field.blank_or_invalid_characters'
  if (pattern === textPatterns.line || pattern === textPatterns.text) return 'field.invalid_characters'
  return 'field.pattern'
}

export function validationProblems(error: Pick<FastifyError, 'validation' | 'validationContext'>): FieldProblem[] {
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as Record<string, unknown>
    const leaf = (params.missingProperty ?? params.additionalProperty) as string | undefined
    const field = `${issue.instancePath}${leaf ? `/${leaf}` : ''}` || '/'
    const code =
      issue.keyword === 'pattern' ? patternCode(params.pattern) : (ajvKeywordCodes[issue.keyword] ?? 'field.invalid')
    return { field: error.validationContext === 'body' ? field : `${error.validationContext}:${field}`, code }
  })
}

/**
 * A failed query's message carries its parameters (an email, a NIK, a phone): the log keeps the
 * SQL and the database's own error code, never the values.
 */
export function withoutQueryParameters(error: Error & { code?: string; cause?: unknown }) {
  const strip = (text: string | undefined) => text?.replace(/\nparams:[\s\S]*?(?=\n\s+at |$)/, '\nparams: [redacted]')
  const cause = error.cause as { code?: string; message?: string } | undefined
  return {
    type: error.name,
    code: error.code ?? cause?.code,
    message: strip(error.message),
    causeMessage: cause?.message,
    stack: strip(error.stack),
  }
}

/**
 * Errors Fastify raises before routing (an undecodable path, a path parameter over the length
 * limit) bypass the error handler; Fastify's `frameworkErrors` option sends them here so they
 * keep the one documented shape and code.
 */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = pickLocale(request.headers['accept-language'])
  const code: ErrorCode =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' || error.statusCode === 414 ? 'request.uri_too_long' : 'request.bad_url'
  void reply
    .status(errorCatalogue[code].status)
    .send({ error: { code, message: localize(code, locale), requestId: request.id } })
}

interface Answer {
  code: ErrorCode
  params: Record<string, string | number>
  problems: FieldProblem[]
  headers: Record<string, string>
}

/** What an error is answered with: its contract code (its status follows), parameters and field problems. */
function classify(error: FastifyError): Answer {
  const answer = (code: ErrorCode, extra: Partial<Answer> = {}): Answer => ({
    code,
    params: {},
    problems: [],
    headers: {},
    ...extra,
  })
  if (error instanceof AppError)
    return answer(error.code, { params: error.params, problems: error.problems, headers: error.headers })
  // Wherever a working-day computation is asked to leave the supported calendar.
  if (error instanceof CalendarRangeError) return answer('calendar.out_of_range')
  // Fail fast and say so: an outage is not a bug in the request, and a retry later is right.
  if (databaseUnavailable(error))
    return answer('service.unavailable', { headers: { 'retry-after': DATABASE_RETRY_AFTER_SECONDS } })
  // The Idempotency-Key header is declared in the contract; a malformed one has its own code.
  if (error.validation && error.validationContext === 'headers') return answer('idempotency.bad_key')
  if (error.validation) return answer('request.invalid', { problems: validationProblems(error) })
  if (error.code && fastifyCodes[error.code]) return answer(fastifyCodes[error.code]!)
  if (error.statusCode === 429) return answer('rate_limited')
  if (error.statusCode === 404) return answer('not_found')
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return answer('request.invalid')
  return answer('internal')
}

export interface ErrorsOptions {
  /**
   * Answer a code the route does not declare in the contract with a 500, so tests fail on it:
   * the OpenAPI document must list every code an operation can answer with. Otherwise it is logged.
   */
  strictErrorContract?: boolean
  /** Answer requests no route matches (default); an office's module set leaves that to the root's. */
  notFound?: boolean
}

/** One error shape for the whole API, localised by Accept-Language; internals never leak on 5xx. */
export const errorsPlugin = fp(
  async (app: FastifyInstance, options: ErrorsOptions) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const locale = pickLocale(request.headers['accept-language'])
      const classified = classify(error)
      const { headers } = classified
      let { code, params, problems } = classified
      const declared = request.routeOptions.config?.errors
      if (declared && !declared.has(code)) {
        request.log.error(
          { code, route: request.routeOptions.url },
          'error code not declared for this route in the contract',
        )
        if (options.strictErrorContract) ({ code, params, problems } = { code: 'internal', params: {}, problems: [] })
      }
      const status = errorCatalogue[code].status
      if (status === 503) request.log.warn({ code, err: withoutQueryParameters(error) }, 'service unavailable')
      else if (status >= 500) request.log.error({ err: withoutQueryParameters(error) }, 'unhandled error')
      return reply
        .status(status)
        .headers(headers)
        .send({
          error: {
            code,
            message: localize(code, locale, params),
            ...(problems.length > 0 && {
              details: problems.map((p) => ({
                field: p.field,
                code: p.code,
                // A precise English detail (a catalogue rule) beats the generic message for English readers.
                message: locale === 'en' && p.message ? p.message : localize(p.code, locale, p.params),
              })),
            }),
            requestId: request.id,
          },
        })
    })

    // Fastify keeps one 404 handler per prefix: sibling office contexts cannot each set one.
    if (options.notFound === false) return
    app.setNotFoundHandler((request, reply) => {
      if (app.spaFallback?.(request, reply)) return reply
      const locale = pickLocale(request.headers['accept-language'])
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: localize('not_found', locale), requestId: request.id } })
    })
  },
  { name: 'pintu-errors' },
)
