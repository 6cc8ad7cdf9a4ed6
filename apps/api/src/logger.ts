import type { FastifyServerOptions } from 'fastify'

/**
 * pino options: request ids on every line, and no personal data — query strings (search terms,
 * later tracking codes) and headers are not logged, credentials are redacted wherever they appear.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.password',
        '*.passphrase',
        '*.nik',
        '*.phone',
        '*.refreshToken',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
        requestId: request.id,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  }
}
