import * as asn1js from 'asn1js'
import { createHash, webcrypto } from 'node:crypto'
import * as pkijs from 'pkijs'

// CMS (RFC 5652) through PKI.js: the structures are the library's, this file only chooses their content.
pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }))

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  /** ESS signing-certificate-v2 (RFC 5035), required by PAdES baseline B-B. */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** The unsigned attribute that makes a B-T signature (RFC 3161 appendix A). */
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest()

export function certificateFromPem(pem: string): pkijs.Certificate {
  const base64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '')
  return pkijs.Certificate.fromBER(Buffer.from(base64, 'base64'))
}

export const certificateDer = (cert: pkijs.Certificate) => Buffer.from(cert.toSchema().toBER(false))

/** ESSCertIDv2 of the signer's certificate (SHA-256, the default, so no algorithm field) with issuer and serial. */
function signingCertificateV2(cert: pkijs.Certificate): pkijs.Attribute {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: cert.issuer })] }).toSchema(),
      new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView }),
    ],
  })
  const certId = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: sha256(certificateDer(cert)) }), issuerSerial],
  })
  return new pkijs.Attribute({
    type: OID.signingCertificateV2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [certId] })] })],
  })
}

/**
 * A SignedData with one signer over `digest` (SHA-256 of the content): detached when `eContent` is
 * absent (a PDF's byte ranges), encapsulated otherwise (a timestamp's TSTInfo). No signing-time
 * attribute: PAdES takes the time from the signature dictionary and the timestamp.
 */
export async function signedData(p: {
  digest: Uint8Array
  contentType: string
  eContent?: Uint8Array
  signer: pkijs.Certificate
  certificates: pkijs.Certificate[]
  key: CryptoKey
}): Promise<pkijs.SignedData> {
  const data = new pkijs.SignedData({
    // RFC 5652 §5.1: version 3 when the content is not id-data.
    version: p.contentType === OID.data ? 1 : 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: p.contentType,
      ...(p.eContent && { eContent: new asn1js.OctetString({ valueHex: p.eContent }) }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: p.signer.issuer, serialNumber: p.signer.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({
              type: OID.contentType,
              values: [new asn1js.ObjectIdentifier({ value: p.contentType })],
            }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: p.digest })] }),
            signingCertificateV2(p.signer),
          ],
        }),
      }),
    ],
    certificates: p.certificates,
  })
  await data.sign(p.key, 0, 'SHA-256')
  return data
}

export const contentInfoDer = (data: pkijs.SignedData) =>
  Buffer.from(
    new pkijs.ContentInfo({ contentType: OID.signedData, content: data.toSchema(true) }).toSchema().toBER(false),
  )
