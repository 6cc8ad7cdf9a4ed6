import { plainAddPlaceholder } from '@signpdf/placeholder-plain'
import { SignPdf } from '@signpdf/signpdf'
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils'
import * as pkijs from 'pkijs'
import { contentInfoDer, OID, sha256, signedData } from './cms.ts'

/** Room for the CMS in the PDF: three certificates, the signature and a timestamp token with its own certificate. */
const SIGNATURE_ROOM = 12_000

/** @signpdf hands the bytes the signature covers (the byte ranges) to a Signer; ours builds the CAdES. */
class CadesSigner extends Signer {
  private readonly cms: (content: Buffer) => Promise<Buffer>
  constructor(cms: (content: Buffer) => Promise<Buffer>) {
    super()
    this.cms = cms
  }
  override async sign(content: Buffer): Promise<Buffer> {
    return this.cms(content)
  }
}

export interface PadesSigner {
  certificate: pkijs.Certificate
  /** The rest of the chain, up to (not necessarily including) the root. */
  chain: pkijs.Certificate[]
  key: CryptoKey
  /** RFC 3161: a DER TimeStampReq in, a DER TimeStampResp out. */
  timestamp(requestDer: Buffer): Promise<Buffer>
  /** The TimeStampReq for a signature value (`timestampRequest`). */
  timestampRequest(signatureValue: Uint8Array): Buffer
}

/**
 * Signs a PDF as PAdES baseline B-T (ETSI EN 319 142-1): an incremental update adds a signature field
 * with SubFilter ETSI.CAdES.detached whose CMS carries content-type, message-digest and ESS
 * signing-certificate-v2 as signed attributes, and the TSA's token over the signature value as unsigned one.
 */
export async function signPades(
  pdf: Buffer,
  signer: PadesSigner,
  p: {
    signerName: string
    reason: string
    location: string
    signingTime: Date
    widgetRect: [number, number, number, number]
  },
): Promise<Buffer> {
  const prepared = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: p.reason,
    contactInfo: '',
    name: p.signerName,
    location: p.location,
    signingTime: p.signingTime,
    signatureLength: SIGNATURE_ROOM,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: p.widgetRect,
    appName: 'Pintu',
  })
  const cms = async (content: Buffer) => {
    const data = await signedData({
      digest: sha256(content),
      contentType: OID.data,
      signer: signer.certificate,
      certificates: [signer.certificate, ...signer.chain],
      key: signer.key,
    })
    const info = data.signerInfos[0]!
    const response = pkijs.TimeStampResp.fromBER(
      new Uint8Array(await signer.timestamp(signer.timestampRequest(info.signature.valueBlock.valueHexView))),
    )
    if (response.status.status !== pkijs.PKIStatus.granted || !response.timeStampToken)
      throw new Error('the timestamp authority refused the request')
    info.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.timeStampToken, values: [response.timeStampToken.toSchema()] })],
    })
    return contentInfoDer(data)
  }
  return new SignPdf().sign(prepared, new CadesSigner(cms), p.signingTime)
}
