// The questions and words the help page explains, in the order it shows them. Their texts are in
// i18n/help.*.ts, one entry per key (a test checks both languages have every one).
export const faqKeys = ['howLong', 'cost', 'levy', 'track', 'returned', 'deemed', 'closed', 'counter'] as const
export const glossaryKeys = [
  'retribusi',
  'skrd',
  'virtualAccount',
  'hariKerja',
  'fiktifPositif',
  'plt',
  'plh',
  'nik',
  'nib',
  'kbli',
  'oss',
  'pbg',
] as const

/** What an applicant can do about each reason a file is returned, keyed by the API's reason codes. */
export const returnAdviceKeys = [
  'document_missing',
  'document_unreadable',
  'document_invalid',
  'document_expired',
  'data_incomplete',
  'data_mismatch',
  'other',
] as const
