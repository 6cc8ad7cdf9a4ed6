import compress from '@fastify/compress'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { constants } from 'node:zlib'

/**
 * API answers compressed for slow phone connections (Brotli, else gzip, as the client accepts): the catalogue, an
 * application with its pinned definition and the tracking timeline shrink to a fifth or less. Below 1 KiB it is
 * not worth the CPU; Brotli at quality 4 costs about what gzip does, unlike its default 11. The built SPAs are
 * compressed at build time (`@fastify/static`'s `preCompressed`), and already-encoded answers, PDFs and images are
 * left as they are.
 */
export const compressionPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(compress, {
      global: true,
      threshold: 1024,
      encodings: ['br', 'gzip'],
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
      zlibOptions: { level: 6 },
    })
  },
  { name: 'pintu-compression' },
)
