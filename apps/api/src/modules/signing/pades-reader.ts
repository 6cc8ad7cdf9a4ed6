import type { PadesSummary } from '@pintu/contract'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { OID } from './cms.ts'

const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.12': 'title',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
}

const attribute = (name: pkijs.RelativeDistinguishedNames, type: string): string | null =>
  (name.typesAndValues.find((t) => t.type === type)?.value.valueBlock as { value?: string } | undefined)?.value ?? null

export const subjectText = (name: pkijs.RelativeDistinguishedNames) =>
  name.typesAndValues.map((t) => `${ATTRIBUTE_NAMES[t.type] ?? t.type}=${attribute(name, t.type)}`).join(', ')

/** The CMS of the last signature in a PDF: the hex string its /ByteRange leaves out (between the two ranges). */
export function lastSignatureCms(pdf: Buffer): Buffer | null {
  const at = pdf.lastIndexOf('/ByteRange')
  if (at < 0) return null
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(
    pdf.subarray(at, at + 200).toString('latin1'),
  )
  if (!range) return null
  const gapStart = Number(range[2])
  const gapEnd = Number(range[3])
  if (gapEnd > pdf.length || gapEnd - gapStart < 2) return null
  // The placeholder is padded with zeros after the DER; the parser stops at the end of the first element.
  return Buffer.from(pdf.subarray(gapStart + 1, gapEnd - 1).toString('latin1'), 'hex')
}

/**
 * What a PAdES signature says of itself: signer certificate, chain and timestamp. It checks nothing
 * (standard verifiers do, see docs/operations.md); it describes what was signed, for the verification page.
 */
export function readPades(pdf: Buffer, service: PadesSummary['service']): PadesSummary | null {
  const cms = lastSignatureCms(pdf)
  if (!cms) return null
  const parsed = asn1js.fromBER(cms)
  if (parsed.offset === -1) return null
  const info = new pkijs.ContentInfo({ schema: parsed.result })
  const data = new pkijs.SignedData({ schema: info.content })
  const certificates = (data.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
  const signerInfo = data.signerInfos[0]!
  const sid = signerInfo.sid as pkijs.IssuerAndSerialNumber
  const signer = certificates.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer))
  if (!signer) return null
  const tokenAttribute = signerInfo.unsignedAttrs?.attributes.find((a) => a.type === OID.timeStampToken)
  let timestamp: PadesSummary['timestamp'] = null
  if (tokenAttribute) {
    const token = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: tokenAttribute.values[0] }).content })
    const eContent = token.encapContentInfo.eContent!
    const tst = new pkijs.TSTInfo({ schema: asn1js.fromBER(eContent.getValue()).result })
    const tsa = (token.certificates ?? []).find((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    timestamp = { time: tst.genTime.toISOString(), authority: tsa ? subjectText(tsa.subject) : '' }
  }
  const ordered = [signer, ...certificates.filter((c) => c !== signer)]
  return {
    service,
    level: timestamp ? 'B-T' : 'B-B',
    signer: {
      name: attribute(signer.subject, '2.5.4.3') ?? '',
      title: attribute(signer.subject, '2.5.4.12'),
      nip: attribute(signer.subject, '2.5.4.5'),
      serial: Buffer.from(signer.serialNumber.valueBlock.valueHexView).toString('hex'),
      validFrom: signer.notBefore.value.toISOString(),
      validUntil: signer.notAfter.value.toISOString(),
    },
    chain: ordered.map((c) => subjectText(c.subject)),
    timestamp,
  }
}
