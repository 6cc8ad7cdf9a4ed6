import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { promisify } from 'node:util'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/

/**
 * Writes `.br` and `.gz` beside every text file of the build. The API serves dist/ with
 * @fastify/static's `preCompressed`, so phones get the small files without the server
 * compressing on each request.
 */
export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'pintu-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async writeBundle(_options, bundle) {
      await Promise.all(
        Object.keys(bundle)
          .filter((fileName) => COMPRESSIBLE.test(fileName))
          .map(async (fileName) => {
            const file = path.join(outDir, fileName)
            const source = await readFile(file)
            await writeFile(`${file}.br`, await brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
            await writeFile(`${file}.gz`, await gz(source, { level: 9 }))
          }),
      )
    },
  }
}
