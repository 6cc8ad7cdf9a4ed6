export default {
  everyday: {
    workItem: {
      tableOf: 'Table of {name}',
    },
    printed: {
      number: 'Permit number',
      service: 'Service',
      applicationKind: 'Application kind',
      holder: 'Granted to',
      issuedOn: 'Date of issue',
      validity: 'Validity',
      signer: 'Signed by',
      basis: 'Basis of approval',
      deemed: 'Deemed granted by law (UU 30/2014 art. 53 as amended by UU 6/2023)',
      audited: "Opening this preview is recorded in the audit log, because it carries the holder's name.",
      onlySigner: "The permit's data preview is only for the officer holding this file's signing stage.",
    },
  },
}
