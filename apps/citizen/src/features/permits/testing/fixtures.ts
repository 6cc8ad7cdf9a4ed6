import type { PermitData, PermitSummary, PermitVerification } from '@pintu/contract'

// A verification answer for component tests; shapes follow the contract.
export const printedPermit: PermitData = {
  number: '510/1/ITPMB/DPMPTSP/XI/2026',
  registrationNo: 'REG-2026-000002',
  serviceCode: 'ITPMB',
  serviceName: { id: 'Izin Tempat Penjualan Minuman Beralkohol', en: 'Alcoholic Beverage Outlet Permit' },
  applicationKind: 'baru',
  holderName: 'Dewi Lestari',
  issuedOn: '2026-11-28',
  validUntil: '2027-11-27',
  signerName: 'Evi Shaleha',
  signerTitle: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung',
  delegationId: null,
  approvalBasis: 'decision',
  officeCode: '32.73',
  officeName: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung',
}

/** What verification by number alone shows: no holder. */
export const permitSummary: PermitSummary = {
  number: printedPermit.number,
  serviceCode: printedPermit.serviceCode,
  serviceName: printedPermit.serviceName,
  issuedOn: printedPermit.issuedOn,
  validUntil: printedPermit.validUntil,
  officeName: printedPermit.officeName,
}

/** The verification code printed on the fixture permit. */
export const printedCode = 'ABCDE23456'

/** The answer with the matching code (the QR link): everything printed. */
export function verification(overrides: Partial<PermitVerification> = {}): PermitVerification {
  return {
    status: 'valid',
    summary: permitSummary,
    permit: printedPermit,
    codeMatches: true,
    revoked: null,
    verifyUrl: `https://pintu.example/verifikasi?nomor=510%2F1%2FITPMB%2FDPMPTSP%2FXI%2F2026&kode=${printedCode}`,
    signature: { algorithm: 'Ed25519', keyId: '40c6cce8ceb24a7a', value: 'c2lnbmF0dXJl', valid: true },
    pades: null,
    log: null,
    ...overrides,
  }
}

/** The answer by number alone (`codeMatches` null) or with a wrong code (false): no printed data. */
export function summaryOnly(
  codeMatches: boolean | null = null,
  overrides: Partial<PermitVerification> = {},
): PermitVerification {
  return verification({ permit: null, codeMatches, verifyUrl: null, ...overrides })
}
