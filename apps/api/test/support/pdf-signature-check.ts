import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { lastSignatureCms } from '../../src/modules/signing/pades-reader.ts'

const run = promisify(execFile)

/**
 * poppler's `pdfsig` (Debian poppler-utils) with its own NSS database in which only the given root is
 * trusted (certutil, Debian libnss3-tools): an independent verifier of a PDF's signatures and chains.
 */
export async function pdfSignatureChecker(rootPem: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pintu-nss-'))
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
  let n = 0
  return {
    /** pdfsig's report of the PDF (it exits non-zero when a signature fails; the report says why). */
    async check(pdf: Uint8Array): Promise<string> {
      const file = path.join(dir, `doc-${(n += 1)}.pdf`)
      await writeFile(file, pdf)
      const result = await run('pdfsig', ['-nssdir', nss, file]).catch(
        (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
      )
      return `${result.stdout}\n${result.stderr}`
    },
    /**
     * OpenSSL's check of the signature's RFC 3161 timestamp token (pdfsig does not check timestamps):
     * that it covers the signature value and chains to the trusted root. PKI.js only takes them out of the PDF.
     */
    async checkTimestamp(pdf: Uint8Array): Promise<string> {
      const info = new pkijs.ContentInfo({ schema: asn1js.fromBER(lastSignatureCms(Buffer.from(pdf))!).result })
      const signer = new pkijs.SignedData({ schema: info.content }).signerInfos[0]!
      const token = signer.unsignedAttrs?.attributes.find((a) => a.type === '1.2.840.113549.1.9.16.2.14')
      if (!token) return 'no timestamp token'
      await writeFile(path.join(dir, 'signature.bin'), signer.signature.valueBlock.valueHexView)
      await writeFile(path.join(dir, 'token.der'), Buffer.from(token.values[0]!.toBER(false)))
      const args = [
        'ts',
        '-verify',
        '-token_in',
        '-in',
        path.join(dir, 'token.der'),
        '-data',
        path.join(dir, 'signature.bin'),
      ]
      const result = await run('openssl', [...args, '-CAfile', path.join(dir, 'root.pem')]).catch(
        (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
      )
      return `${result.stdout}\n${result.stderr}`
    },
    close: () => rm(dir, { recursive: true, force: true }),
  }
}
