import type permitsId from './permits.id.ts'

// English texts of the issued permit and its public verification (part of en.ts), key for key.
export default {
  permit: {
    title: 'Your permit has been issued',
    lead: 'This permit is signed electronically by DPMPTSP Kota Bandung. You do not need to collect it from the office: download it and print it yourself if needed.',
    standing: 'Permit status',
    revoked: 'Revoked',
    download: 'Download the permit (PDF)',
    downloading: 'Downloading…',
    verifyTitle: 'Checking the permit',
    verifyText:
      'The QR code on the permit opens the verification page at the address below. Anyone you give the permit to can check it there without logging in.',
    verifyLink: 'Check this permit',
    data: {
      number: 'Permit number',
      holderName: 'Permit holder',
      service: 'Type of permit',
      kind: 'Kind of application',
      registrationNo: 'Registration number',
      issuedOn: 'Date of issue',
      validUntil: 'Valid until',
      noExpiry: 'No end date',
      approvalBasis: 'Basis of approval',
      deemedByLaw: 'Deemed granted by law because no decision was made in time (UU 30/2014 art. 53)',
      signer: 'Signed by',
      office: 'Issued by',
    },
  },
  verify: {
    title: 'Verify a permit',
    lead: 'Check whether a permit issued by DPMPTSP Kota Bandung is genuine. Scan the QR code on the permit, or type its number below. You do not need to log in.',
    formTitle: 'Check a permit number',
    another: 'Check another permit',
    number: 'Permit number',
    numberHint: 'As written on the permit, slashes included, e.g. 510/12/SIUP/DPMPTSP/III/2026.',
    badNumber:
      'This permit number is not recognised. Type it as written on the permit, e.g. 510/12/SIUP/DPMPTSP/III/2026.',
    submit: 'Check',
    checking: 'Checking…',
    rateLimitedWait: 'Too many checks. Try again in {wait}.',
    numberChecked: 'Permit number: {number}',
    revokedAt: 'Revoked on {date}.',
    revokedReason: 'Reason: {reason}',
    expiredOn: 'Its validity ended on {date}.',
    code: 'Verification code (optional)',
    codeHint:
      'Printed on the permit under its QR code. With it, everything printed on the permit is shown, the ' +
      "holder's name included.",
    badCode: 'The verification code holds only letters and digits, as printed on the permit.',
    summaryTitle: 'About this permit',
    summaryLead: 'What the permit number alone can show.',
    needsCodeTitle: "The holder's details",
    needsCode:
      "The holder's name and the other printed details are shown only with the verification code printed " +
      "on the permit. Scan the permit's QR code, or type the code in the form below.",
    wrongCodeTitle: 'The verification code does not match',
    wrongCode:
      "The code entered is not this permit's code, so the holder's details are not shown. Check the " +
      'code printed on the permit, under its QR code.',
    printedTitle: 'What is printed on the permit',
    printedLead: 'Compare it with the permit in your hand. This page shows only what is printed on the permit.',
    pades: {
      title: 'Certified electronic signature',
      lead: "This permit's PDF is signed with the signer's electronic certificate (PAdES). A PDF reader can check it by itself.",
      simulator:
        'Signed with the local certification-authority SIMULATOR: for tests and demos only, not recognised as a certified signature.',
      none: "This permit's PDF carries no certified electronic signature. It is checked by the electronic signature over the permit's data.",
      signer: 'Signer',
      nip: 'NIP (civil servant number)',
      certTitle: 'Title in the certificate',
      actingAs: 'Signed as',
      actingKind: {
        plt: 'Acting official (Plt.), under delegation {id}',
        plh: 'Daily acting official (Plh.), under delegation {id}',
      },
      serial: 'Certificate serial number',
      validity: 'Certificate validity',
      validityRange: '{from} to {until}',
      chain: 'Certificate chain (signer first)',
      timestamp: 'Time of signing (timestamp)',
      authority: 'Timestamp authority',
      noTimestamp: 'No timestamp',
      level: 'PAdES level',
    },
    howItWorks:
      'Every permit is signed electronically over all the data printed on it. If the office’s record were changed, the signature would no longer match and this page would say so.',
    status: {
      valid: {
        title: 'This permit is valid',
        text: 'This permit is on record at DPMPTSP Kota Bandung, its electronic signature matches its data, and it is in force.',
      },
      revoked: {
        title: 'This permit has been revoked',
        text: 'This permit was issued, but it has been revoked and is no longer in force.',
      },
      expired: {
        title: 'This permit has expired',
        text: 'This permit is genuine, but its period of validity has passed, so it is no longer in force.',
      },
      invalid: {
        title: 'This permit is not valid',
        text: 'The record of this permit fails its electronic signature check: its data has been altered. Do not rely on this permit, and report it to DPMPTSP Kota Bandung.',
      },
      unknown: {
        title: 'Permit not found',
        text: 'DPMPTSP Kota Bandung has no permit with this number. Check the number again. If you opened this page from a QR code, the permit is probably forged.',
      },
    },
  },
} satisfies typeof permitsId
