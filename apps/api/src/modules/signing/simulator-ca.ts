import { webcrypto } from 'node:crypto'
import { certificateFromPem } from './cms.ts'
import { buildCertificate, buildCrl, KEY_USAGE, name, subjectKeyId, toPem, type NameParts } from './x509-build.ts'

// The LOCAL CERTIFICATION-AUTHORITY SIMULATOR: a root, an intermediate and a timestamp authority made on
// first start, so certified signatures can be built and checked where no BSrE/PSrE is reachable. Its
// certificates are trusted by nobody but whoever imports its root: never a substitute for a licensed CA.

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const
const ORG: NameParts = [
  ['2.5.4.10', 'Simulator Otoritas Sertifikat Pintu (BUKAN PSrE)'],
  ['2.5.4.6', 'ID'],
]

/** What the simulator keeps: certificates as PEM, keys as PKCS#8 DER in base64. */
export interface CaMaterial {
  rootPem: string
  rootKey: string
  intermediatePem: string
  intermediateKey: string
  tsaPem: string
  tsaKey: string
}

const years = (from: Date, n: number) =>
  new Date(Date.UTC(from.getUTCFullYear() + n, from.getUTCMonth(), from.getUTCDate()))

export async function generateKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as CryptoKeyPair
}

export async function exportKey(key: CryptoKey): Promise<Buffer> {
  return Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key))
}

export async function importKey(pkcs8: Buffer): Promise<CryptoKey> {
  return (await webcrypto.subtle.importKey('pkcs8', pkcs8, EC, false, ['sign'])) as CryptoKey
}

/** A fresh root (20 years), intermediate (10 years) and timestamp authority (10 years, under the root). */
export async function createCaMaterial(now: Date): Promise<CaMaterial> {
  const rootKeys = await generateKeys()
  const rootSubject: NameParts = [['2.5.4.3', 'Pintu Simulator Root CA'], ...ORG]
  const root = await buildCertificate({
    subject: rootSubject,
    issuer: name(rootSubject),
    notBefore: now,
    notAfter: years(now, 20),
    publicKey: rootKeys.publicKey,
    signingKey: rootKeys.privateKey,
    ca: { pathLength: 1 },
    usage: [KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign],
  })
  const under = (
    cn: string,
    keys: CryptoKeyPair,
    rest: { ca: { pathLength: number } | null; usage: number[]; extendedUsage?: string[] },
  ) =>
    buildCertificate({
      subject: [['2.5.4.3', cn], ...ORG],
      issuer: root.subject,
      issuerKeyId: subjectKeyId(root),
      notBefore: now,
      notAfter: years(now, 10),
      publicKey: keys.publicKey,
      signingKey: rootKeys.privateKey,
      ...rest,
    })
  const intermediateKeys = await generateKeys()
  const intermediate = await under('Pintu Simulator Signing CA', intermediateKeys, {
    ca: { pathLength: 0 },
    usage: [KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign],
  })
  const tsaKeys = await generateKeys()
  // RFC 3161 §2.3: a TSA certificate has exactly one extended key usage, timeStamping, marked critical.
  const tsa = await under('Pintu Simulator Timestamp Authority', tsaKeys, {
    ca: null,
    usage: [KEY_USAGE.digitalSignature],
    extendedUsage: ['1.3.6.1.5.5.7.3.8'],
  })
  return {
    rootPem: toPem(root),
    rootKey: (await exportKey(rootKeys.privateKey)).toString('base64'),
    intermediatePem: toPem(intermediate),
    intermediateKey: (await exportKey(intermediateKeys.privateKey)).toString('base64'),
    tsaPem: toPem(tsa),
    tsaKey: (await exportKey(tsaKeys.privateKey)).toString('base64'),
  }
}

export interface OfficerIdentity {
  name: string
  nip: string
  title: string
}

/**
 * A signing officer's certificate from the intermediate: name (CN), NIP (serialNumber) and title
 * (2.5.4.12), for digital signature and non-repudiation, with the simulator's CRL as distribution point.
 */
export async function issueOfficerCertificate(
  ca: CaMaterial,
  officer: OfficerIdentity,
  publicKey: CryptoKey,
  p: { now: Date; validDays: number; crlUrl: string },
): Promise<string> {
  const intermediate = certificateFromPem(ca.intermediatePem)
  const cert = await buildCertificate({
    subject: [['2.5.4.3', officer.name], ['2.5.4.5', officer.nip], ['2.5.4.12', officer.title], ...ORG],
    issuer: intermediate.subject,
    issuerKeyId: subjectKeyId(intermediate),
    notBefore: p.now,
    notAfter: new Date(p.now.getTime() + p.validDays * 86_400_000),
    publicKey,
    signingKey: await importKey(Buffer.from(ca.intermediateKey, 'base64')),
    ca: null,
    usage: [KEY_USAGE.digitalSignature, KEY_USAGE.nonRepudiation],
    crlUrl: p.crlUrl,
  })
  return toPem(cert)
}

/** The intermediate's CRL (DER): every certificate it revoked, valid for a day. */
export async function createCrl(ca: CaMaterial, revoked: { serial: string; at: Date }[], now: Date): Promise<Buffer> {
  return buildCrl({
    issuer: certificateFromPem(ca.intermediatePem),
    signingKey: await importKey(Buffer.from(ca.intermediateKey, 'base64')),
    revoked,
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + 86_400_000),
  })
}
