import * as asn1js from 'asn1js'
import { createHash, randomBytes } from 'node:crypto'
import * as pkijs from 'pkijs'
import './cms.ts'

// X.509 structures through PKI.js (RFC 5280); this file only chooses names, dates and extensions.

/** [type, value] pairs in order, e.g. ['2.5.4.3', 'Pintu Simulator Root CA']. */
export type NameParts = [string, string][]

// Country and serialNumber are PrintableString (RFC 5280 appendix A); everything else UTF-8.
const PRINTABLE = new Set(['2.5.4.6', '2.5.4.5'])

export function name(parts: NameParts): pkijs.RelativeDistinguishedNames {
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: parts.map(
      ([type, value]) =>
        new pkijs.AttributeTypeAndValue({
          type,
          value: PRINTABLE.has(type) ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value }),
        }),
    ),
  })
}

export const randomSerial = () => new asn1js.Integer({ valueHex: Buffer.concat([Buffer.from([1]), randomBytes(15)]) })

/** KeyUsage bits (RFC 5280 §4.2.1.3), first bit the most significant. */
export const KEY_USAGE = { digitalSignature: 0, nonRepudiation: 1, keyCertSign: 5, cRLSign: 6 } as const

function keyUsage(bits: number[]): asn1js.BitString {
  const value = bits.reduce((byte, bit) => byte | (0x80 >> bit), 0)
  const last = Math.max(...bits)
  return new asn1js.BitString({ valueHex: new Uint8Array([value]), unusedBits: 7 - last })
}

const extension = (extnID: string, critical: boolean, value: { toSchema(): asn1js.AsnType } | asn1js.AsnType) =>
  new pkijs.Extension({
    extnID,
    critical,
    extnValue: ('toSchema' in value ? value.toSchema() : value).toBER(false),
  })

export interface CertificateSpec {
  subject: NameParts
  issuer: pkijs.RelativeDistinguishedNames
  /** The issuer's subject key identifier; absent for a self-signed root (its own is used). */
  issuerKeyId?: ArrayBuffer
  notBefore: Date
  notAfter: Date
  publicKey: CryptoKey
  signingKey: CryptoKey
  ca: { pathLength: number } | null
  usage: number[]
  extendedUsage?: string[]
  crlUrl?: string
}

export async function buildCertificate(spec: CertificateSpec): Promise<pkijs.Certificate> {
  const cert = new pkijs.Certificate()
  cert.version = 2
  cert.serialNumber = randomSerial()
  cert.subject = name(spec.subject)
  cert.issuer = spec.issuer
  cert.notBefore.value = spec.notBefore
  cert.notAfter.value = spec.notAfter
  await cert.subjectPublicKeyInfo.importKey(spec.publicKey)
  // RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits.
  const keyId = createHash('sha1').update(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest()
  cert.extensions = [
    extension(
      '2.5.29.19',
      true,
      new pkijs.BasicConstraints(spec.ca ? { cA: true, pathLenConstraint: spec.ca.pathLength } : {}),
    ),
    extension('2.5.29.15', true, keyUsage(spec.usage)),
    extension('2.5.29.14', false, new asn1js.OctetString({ valueHex: keyId })),
    extension(
      '2.5.29.35',
      false,
      new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({ valueHex: spec.issuerKeyId ?? keyId }),
      }),
    ),
    ...(spec.extendedUsage
      ? [extension('2.5.29.37', true, new pkijs.ExtKeyUsage({ keyPurposes: spec.extendedUsage }))]
      : []),
    ...(spec.crlUrl
      ? [
          extension(
            '2.5.29.31',
            false,
            new pkijs.CRLDistributionPoints({
              distributionPoints: [
                new pkijs.DistributionPoint({
                  distributionPoint: [new pkijs.GeneralName({ type: 6, value: spec.crlUrl })],
                }),
              ],
            }),
          ),
        ]
      : []),
  ]
  await cert.sign(spec.signingKey, 'SHA-256')
  return cert
}

/** The subject key identifier a certificate carries. */
export function subjectKeyId(cert: pkijs.Certificate): ArrayBuffer {
  const ext = cert.extensions?.find((e) => e.extnID === '2.5.29.14')
  if (!ext) throw new Error('certificate without a subject key identifier')
  const octets = asn1js.fromBER(ext.extnValue.valueBlock.valueHexView).result as asn1js.OctetString
  return octets.valueBlock.valueHexView.slice().buffer
}

export function toPem(cert: pkijs.Certificate): string {
  const base64 = Buffer.from(cert.toSchema().toBER(false)).toString('base64')
  return `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`
}

export const serialHex = (cert: pkijs.Certificate) =>
  Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString('hex')

/** A CRL (RFC 5280 §5) of `revoked` serials (hex), signed by the issuer. */
export async function buildCrl(p: {
  issuer: pkijs.Certificate
  signingKey: CryptoKey
  revoked: { serial: string; at: Date }[]
  thisUpdate: Date
  nextUpdate: Date
}): Promise<Buffer> {
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: p.issuer.subject,
    thisUpdate: new pkijs.Time({ type: 0, value: p.thisUpdate }),
    nextUpdate: new pkijs.Time({ type: 0, value: p.nextUpdate }),
    ...(p.revoked.length > 0 && {
      revokedCertificates: p.revoked.map(
        (r) =>
          new pkijs.RevokedCertificate({
            userCertificate: new asn1js.Integer({ valueHex: Buffer.from(r.serial, 'hex') }),
            revocationDate: new pkijs.Time({ type: 0, value: r.at }),
          }),
      ),
    }),
    crlExtensions: new pkijs.Extensions({
      extensions: [
        extension(
          '2.5.29.35',
          false,
          new pkijs.AuthorityKeyIdentifier({
            keyIdentifier: new asn1js.OctetString({ valueHex: subjectKeyId(p.issuer) }),
          }),
        ),
        // CRL number (RFC 5280 §5.2.3): increasing; the issue time in seconds is.
        extension('2.5.29.20', false, new asn1js.Integer({ value: Math.floor(p.thisUpdate.getTime() / 1000) })),
      ],
    }),
  })
  await crl.sign(p.signingKey, 'SHA-256')
  return Buffer.from(crl.toSchema(true).toBER(false))
}
