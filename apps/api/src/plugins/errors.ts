import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, type FieldProblem } from '../errors/app-error.ts'
import { localize, messages, pickLocale } from '../errors/messages.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Set by the SPA plugin: answers unknown browser routes with the right index.html. */
    spaFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean
  }
}

const fastifyCodes: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'request.malformed_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'request.empty_body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'request.body_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'request.unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'request.invalid' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'request.unsupported_media_type' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'documents.too_large' },
  FST_FILES_LIMIT: { status: 400, code: 'documents.one_file_only' },
  FST_PARTS_LIMIT: { status: 400, code: 'documents.one_file_only' },
  FST_FIELDS_LIMIT: { status: 400, code: 'documents.one_file_only' },
  // The body ended before its closing boundary, or a part named a prototype property, or a
  // field declared JSON was not: the multipart is broken (busboy's own, code-less parse errors
  // are translated where the parts are read, in applications/upload-part.ts).
  FST_MP_PREMATURE_CLOSE: { status: 400, code: 'request.malformed_multipart' },
  FST_PROTO_VIOLATION: { status: 400, code: 'request.malformed_multipart' },
  FST_INVALID_JSON_FIELD_ERROR: { status: 400, code: 'request.malformed_multipart' },
}

const ajvKeywordCodes: Record<string, string> = {
  required: 'field.required', type: 'field.type', additionalProperties: 'field.unknown', format: 'field.format',
  pattern: 'field.pattern', maxLength: 'field.too_long', minLength: 'field.too_short', maxItems: 'field.too_long',
  minItems: 'field.too_short', minimum: 'field.out_of_range', maximum: 'field.out_of_range', enum: 'field.not_allowed',
  const: 'field.not_allowed', anyOf: 'field.invalid', uniqueItems: 'field.invalid',
}

function validationProblems(error: FastifyError): FieldProblem[] {
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as Record<string, unknown>
    const leaf = (params.missingProperty ?? params.additionalProperty) as string | undefined
    const field = `${issue.instancePath}${leaf ? `/${leaf}` : ''}` || '/'
    return { field: error.validationContext === 'body' ? field : `${error.validationContext}:${field}`, code: ajvKeywordCodes[issue.keyword] ?? 'field.invalid' }
  })
}

/**
 * A failed query's message carries its parameters (an email, a NIK, a phone): the log keeps the
 * SQL and the database's own error code, never the values.
 */
export function withoutQueryParameters(error: Error & { code?: string; cause?: unknown }) {
  const strip = (text: string | undefined) => text?.replace(/\nparams:[\s\S]*?(?=\n\s+at |$)/, '\nparams: [redacted]')
  const cause = error.cause as { code?: string; message?: string } | undefined
  return { type: error.name, code: error.code ?? cause?.code, message: strip(error.message), causeMessage: cause?.message, stack: strip(error.stack) }
}

/** One error shape for the whole API, localised by Accept-Language; internals never leak on 5xx. */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const locale = pickLocale(request.headers['accept-language'])
      let status = 500
      let code = 'internal'
      let params: Record<string, string | number> = {}
      let problems: FieldProblem[] = []
      if (error instanceof AppError) {
        ;({ statusCode: status, code, params, problems } = error)
        void reply.headers(error.headers)
      } else if (error.validation) {
        status = 400
        code = 'request.invalid'
        problems = validationProblems(error)
      } else if (error.code && fastifyCodes[error.code]) {
        ;({ status, code } = fastifyCodes[error.code]!)
      } else if (error.statusCode === 429) {
        status = 429
        code = 'rate_limited'
      } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        status = error.statusCode
        code = status === 404 ? 'not_found' : 'request.invalid'
      }
      if (status >= 500) request.log.error({ err: withoutQueryParameters(error) }, 'unhandled error')
      return reply.status(status).send({
        error: {
          code,
          message: localize(code, locale, params),
          ...(problems.length > 0 && {
            details: problems.map((p) => ({
              field: p.field,
              code: p.code,
              message: messages[p.code] || !p.message ? localize(p.code, locale, p.params) : p.message,
            })),
          }),
          requestId: request.id,
        },
      })
    })

    app.setNotFoundHandler((request, reply) => {
      if (app.spaFallback?.(request, reply)) return reply
      const locale = pickLocale(request.headers['accept-language'])
      return reply.status(404).send({ error: { code: 'not_found', message: localize('not_found', locale), requestId: request.id } })
    })
  },
  { name: 'pintu-errors' },
)
