import * as asn1js from 'asn1js'
import { randomBytes } from 'node:crypto'
import * as pkijs from 'pkijs'
import { certificateFromPem, OID, sha256, signedData } from './cms.ts'
import { importKey, type CaMaterial } from './simulator-ca.ts'

/** The simulator TSA's policy, under the ITU-T/ISO "example" arc 2.999: it belongs to no real authority. */
export const SIMULATOR_TSA_POLICY = '2.999.17.1'

/**
 * The simulator's RFC 3161 timestamp authority: a DER TimeStampReq in, a DER TimeStampResp out (granted,
 * with a TSTInfo at `now`, accuracy one second), the same exchange a real TSA has over HTTP.
 */
export async function timestamp(ca: CaMaterial, requestDer: Uint8Array, now: Date): Promise<Buffer> {
  const request = pkijs.TimeStampReq.fromBER(new Uint8Array(requestDer))
  if (request.messageImprint.hashAlgorithm.algorithmId !== OID.sha256) {
    const refused = new pkijs.TimeStampResp({
      status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.rejection, failInfo: new asn1js.BitString() }),
    })
    return Buffer.from(refused.toSchema().toBER(false))
  }
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: SIMULATOR_TSA_POLICY,
    messageImprint: request.messageImprint,
    serialNumber: new asn1js.Integer({ valueHex: Buffer.concat([Buffer.from([1]), randomBytes(15)]) }),
    genTime: now,
    accuracy: new pkijs.Accuracy({ seconds: 1 }),
    ordering: false,
    ...(request.nonce && { nonce: request.nonce }),
  })
  const eContent = Buffer.from(info.toSchema().toBER(false))
  const tsa = certificateFromPem(ca.tsaPem)
  const token = await signedData({
    digest: sha256(eContent),
    contentType: OID.tstInfo,
    eContent,
    signer: tsa,
    certificates: request.certReq ? [tsa] : [],
    key: await importKey(Buffer.from(ca.tsaKey, 'base64')),
  })
  const response = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
    timeStampToken: new pkijs.ContentInfo({ contentType: OID.signedData, content: token.toSchema(true) }),
  })
  return Buffer.from(response.toSchema().toBER(false))
}

/** Whether `der` is exactly one well-formed TimeStampReq (version 1), so garbage answers 400 rather than 500. */
export function isTimestampQuery(der: Uint8Array): boolean {
  if (der.length === 0) return false
  const parsed = asn1js.fromBER(new Uint8Array(der))
  if (parsed.offset === -1 || parsed.offset !== der.length) return false
  try {
    // fromBER checks the structure against RFC 3161's ASN.1 and throws on any mismatch.
    return pkijs.TimeStampReq.fromBER(new Uint8Array(der)).version === 1
  } catch {
    return false
  }
}

/** The TimeStampReq for a signature value: SHA-256 imprint, a nonce, and the TSA's certificate asked for. */
export function timestampRequest(signatureValue: Uint8Array): Buffer {
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: sha256(signatureValue) }),
    }),
    nonce: new asn1js.Integer({ valueHex: Buffer.concat([Buffer.from([1]), randomBytes(7)]) }),
    certReq: true,
  })
  return Buffer.from(request.toSchema().toBER(false))
}
