import type { ServiceDefinition } from '@pintu/contract'

/** A small valid service definition for unit tests (shaped like the seeded billboard permit). */
export function sampleDefinition(): ServiceDefinition {
  const text = (id: string, en: string) => ({ id, en })
  return {
    code: 'REKLAME',
    kind: 'izin',
    sector: 'advertising',
    name: text('Izin Penyelenggaraan Reklame', 'Billboard Permit'),
    description: text('Izin untuk memasang reklame.', 'Permit to put up a billboard.'),
    applicationKinds: ['baru', 'perpanjangan'],
    legalBasis: ['Perda Kota Bandung tentang Penyelenggaraan Reklame'],
    standard: {
      procedure: [text('Ajukan permohonan', 'Apply')],
      timeNote: text('7 hari kerja', '7 working days'),
      costNote: text('Sesuai Perda', 'As set by the regional regulation'),
      product: text('Izin reklame', 'Billboard permit'),
      complaintHandling: text('Melalui LAPOR!', 'Through LAPOR!'),
    },
    requirements: [
      {
        key: 'ktp',
        name: text('KTP pemohon', "Applicant's ID card"),
        mandatory: true,
        appliesTo: ['baru', 'perpanjangan'],
        acceptedTypes: ['pdf', 'jpeg'],
        maxSizeKb: 2048,
        originalToBeShown: false,
        stampDuty: false,
      },
      {
        key: 'design',
        name: text('Desain reklame', 'Billboard design'),
        mandatory: false,
        appliesTo: ['baru'],
        acceptedTypes: ['pdf'],
        maxSizeKb: 5120,
        originalToBeShown: false,
        stampDuty: true,
      },
    ],
    form: {
      sections: [
        {
          key: 'billboard',
          title: text('Reklame', 'Billboard'),
          fields: [
            { key: 'location', label: text('Lokasi', 'Location'), type: 'text', required: true },
            { key: 'area_m2', label: text('Luas', 'Area'), type: 'decimal', required: true, minimum: 0.5, unit: 'm²' },
            { key: 'faces', label: text('Jumlah sisi', 'Faces'), type: 'integer', required: false },
          ],
        },
      ],
    },
    stages: [
      { key: 'admin_verification', role: 'frontdesk', budgetDays: 2 },
      { key: 'technical_review', role: 'technical', budgetDays: 3 },
      { key: 'decision', role: 'approver', budgetDays: 1 },
      { key: 'signing', role: 'signer', budgetDays: 1 },
    ],
    slaDays: 7,
    deemedApproval: false,
    fee: { kind: 'per_unit', field: 'area_m2', ratePerUnit: 25000, baseAmount: 0, minimum: 100000 },
    feeLegalBasis: 'Perda Kota Bandung tentang Pajak Reklame',
    validity: { months: 12, note: text('Satu tahun', 'One year') },
    permitNumberFormat: '503/{seq}/REKLAME/{roman_month}/{year}',
    returnLimitDays: 14,
  }
}
