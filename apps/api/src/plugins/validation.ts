import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

/**
 * Two validators. Bodies are checked strictly: no type coercion ("123" is not a number) and
 * unknown fields refused rather than silently dropped. Query strings and path params arrive as
 * text, so there numbers and booleans are coerced.
 */
export const validationPlugin = fp(
  async (app: FastifyInstance) => {
    const strict = addFormats(
      new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes: false, strict: false }),
    )
    const coercing = addFormats(
      new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes: 'array', strict: false }),
    )
    app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema))
  },
  { name: 'pintu-validation' },
)
