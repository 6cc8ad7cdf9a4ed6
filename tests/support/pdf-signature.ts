// poppler's `pdfsig` (Debian poppler-utils) with an NSS database of its own (certutil, Debian
// libnss3-tools) in which only the given root is trusted: a standard, independent PDF signature verifier.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export async function pdfSignatureChecker(rootPem: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pintu-e2e-nss-'))
  const nss = `sql:${dir}`
  await writeFile(path.join(dir, 'root.pem'), rootPem)
  await run('certutil', ['-N', '-d', nss, '--empty-password'])
  await run('certutil', [
    '-A',
    '-d',
    nss,
    '-n',
    'pintu-simulator-root',
    '-t',
    'C,C,C',
    '-i',
    path.join(dir, 'root.pem'),
  ])
  return {
    /** pdfsig's report (it exits non-zero when a signature fails; the report says why). */
    async check(pdf: Uint8Array): Promise<string> {
      const file = path.join(dir, 'permit.pdf')
      await writeFile(file, pdf)
      const result = await run('pdfsig', ['-nssdir', nss, file]).catch(
        (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
      )
      return `${result.stdout}\n${result.stderr}`
    },
    close: () => rm(dir, { recursive: true, force: true }),
  }
}
