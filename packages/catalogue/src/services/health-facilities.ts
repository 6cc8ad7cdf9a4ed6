import type { FormField, LocalizedText, Requirement, ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  businessSection,
  field,
  locationSection,
  optional,
  section,
  selectField,
} from '../form-fields.ts'
import {
  ALL_KINDS,
  NEW_OR_CHANGE,
  NEW_RENEWAL_OR_CHANGE,
  applicationLetter,
  buildingPermitCopy,
  changeEvidence,
  closureStatement,
  deedOfEstablishment,
  environmentalDocument,
  identityCard,
  locationSketch,
  lossReport,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  staffList,
  taxNumber,
} from '../requirements.ts'

export const HEALTH_LAW = 'Undang-Undang Nomor 36 Tahun 2009 tentang Kesehatan'
const PHARMACY_WORK = 'Peraturan Pemerintah Nomor 51 Tahun 2009 tentang Pekerjaan Kefarmasian'

const FACILITY_VALIDITY = validity(
  60,
  'Berlaku 5 tahun; perpanjangan diajukan paling lambat 6 bulan sebelum berakhir. Pindah alamat atau ganti pemilik memerlukan izin baru.',
  'Valid 5 years; apply for renewal at least 6 months before expiry. A new address or owner needs a new permit.',
)

const equipmentList = () =>
  requirement(
    'daftar_sarana',
    'Daftar sarana, prasarana dan peralatan',
    'List of facilities, infrastructure and equipment',
    { appliesTo: NEW_RENEWAL_OR_CHANGE },
  )

const personInChargePermit = (what: LocalizedText) =>
  requirement(
    'izin_penanggung_jawab',
    `${what.id} penanggung jawab yang masih berlaku`,
    `Valid ${what.en} of the person in charge`,
    {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
      originalToBeShown: true,
    },
  )

/** What every health facility shows: identity, premises, environmental document, staff and equipment. */
function facilityRequirements(personInCharge: LocalizedText, extra: Requirement[] = []): Requirement[] {
  return [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    premisesProof(bilingual('bangunan fasilitas', 'facility premises')),
    buildingPermitCopy(),
    environmentalDocument(),
    {
      ...locationSketch(),
      name: bilingual('Denah lokasi dan denah ruang bangunan', 'Location sketch and floor plan of the rooms'),
    },
    staffList(),
    equipmentList(),
    personInChargePermit(personInCharge),
    ...extra,
    previousPermit(bilingual('Izin', 'permit')),
    changeEvidence(),
    lossReport(),
    closureStatement(),
    powerOfAttorney(),
  ]
}

function facilitySection(key: string, what: LocalizedText, fields: FormField[]) {
  return section(key, `Data ${what.id}`, `${what.en[0]!.toUpperCase()}${what.en.slice(1)}`, [
    field(`${key}_nama`, 'text', `Nama ${what.id}`, `Name of the ${what.en}`, { maxLength: 150 }),
    ...fields,
    field(`${key}_jam_buka`, 'text', 'Hari dan jam pelayanan', 'Service days and hours', { maxLength: 150 }),
  ])
}

const personInChargeFields = (prefix: string, permit: string) => [
  field(`${prefix}_penanggung_jawab`, 'text', 'Nama penanggung jawab', 'Person in charge', { maxLength: 150 }),
  field(
    `${prefix}_nomor_izin_pj`,
    'text',
    `Nomor ${permit} penanggung jawab`,
    `${permit} number of the person in charge`,
    { maxLength: 80 },
  ),
]

// Facility permits wait on a Health Office site visit (visitasi) before the decision.
const FACILITY_BUDGET = { admin: 1, technical: 8, decision: 2, signing: 1 }

export const klinik = defineService({
  code: 'KLINIK',
  kind: 'izin',
  sector: 'health',
  name: bilingual('Izin Operasional Klinik', 'Clinic Operating Permit'),
  description: bilingual(
    'Izin menyelenggarakan klinik pratama atau klinik utama yang memberikan pelayanan medis dasar dan/atau spesialistik.',
    'Permit to operate a primary or main clinic providing basic or specialist medical care.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: [HEALTH_LAW, 'Peraturan Menteri Kesehatan Nomor 9 Tahun 2014 tentang Klinik'],
  requirements: facilityRequirements(bilingual('SIP dokter', 'medical practice permit'), [
    requirement(
      'profil_klinik',
      'Profil klinik (struktur organisasi, jenis pelayanan, jam buka)',
      'Clinic profile (organisation, services, hours)',
      { appliesTo: NEW_OR_CHANGE },
    ),
  ]),
  sections: [
    applicantSection(),
    businessSection({ employees: true }),
    facilitySection('klinik', bilingual('klinik', 'clinic'), [
      selectField('klinik_jenis', 'Jenis klinik', 'Type of clinic', [
        ['pratama', 'Klinik pratama', 'Primary clinic'],
        ['utama', 'Klinik utama', 'Main (specialist) clinic'],
      ]),
      selectField('klinik_rawat', 'Bentuk pelayanan', 'Form of care', [
        ['rawat_jalan', 'Rawat jalan', 'Outpatient'],
        ['rawat_inap', 'Rawat jalan dan rawat inap', 'Outpatient and inpatient'],
      ]),
      field('klinik_tempat_tidur', 'integer', 'Jumlah tempat tidur', 'Number of beds', {
        ...optional,
        minimum: 0,
        maximum: 10,
        unit: 'tempat tidur',
      }),
      ...personInChargeFields('klinik', 'SIP'),
    ]),
    locationSection('lokasi_klinik', bilingual('klinik', 'clinic')),
  ],
  slaDays: 12,
  budget: FACILITY_BUDGET,
  deemedApproval: false,
  validity: FACILITY_VALIDITY,
  product: bilingual('Izin Operasional Klinik', 'Clinic Operating Permit'),
  permitNumberFormat: permitNumber('445', 'KLINIK'),
})

export const apotek = defineService({
  code: 'APOTEK',
  kind: 'izin',
  sector: 'health',
  shortName: 'SIA',
  name: bilingual('Surat Izin Apotek', 'Pharmacy Permit'),
  description: bilingual(
    'Izin menyelenggarakan apotek yang dipimpin apoteker penanggung jawab untuk pelayanan obat dan perbekalan farmasi.',
    'Permit to run a pharmacy led by a responsible pharmacist to dispense medicines and pharmaceutical supplies.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: [HEALTH_LAW, PHARMACY_WORK, 'Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang Apotek'],
  requirements: facilityRequirements(bilingual('SIPA apoteker', 'pharmacist practice permit (SIPA)')),
  sections: [
    applicantSection(),
    businessSection(),
    facilitySection('apotek', bilingual('apotek', 'pharmacy'), [
      ...personInChargeFields('apotek', 'SIPA'),
      field(
        'apotek_nomor_stra',
        'text',
        'Nomor STRA apoteker penanggung jawab',
        'STRA number of the responsible pharmacist',
        { maxLength: 40 },
      ),
    ]),
    locationSection('lokasi_apotek', bilingual('apotek', 'pharmacy')),
  ],
  slaDays: 12,
  budget: FACILITY_BUDGET,
  deemedApproval: false,
  validity: FACILITY_VALIDITY,
  product: bilingual('Surat Izin Apotek (SIA)', 'Pharmacy Permit (SIA)'),
  permitNumberFormat: permitNumber('445', 'SIA'),
})

export const tokoObat = defineService({
  code: 'TOKO-OBAT',
  kind: 'izin',
  sector: 'health',
  name: bilingual('Izin Toko Obat', 'Drugstore Permit'),
  description: bilingual(
    'Izin bagi pedagang eceran obat untuk menjual obat bebas dan obat bebas terbatas dengan tenaga teknis kefarmasian sebagai penanggung jawab.',
    'Permit for a retail drugstore to sell over-the-counter and limited over-the-counter medicines under a pharmacy technician in charge.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: [
    HEALTH_LAW,
    PHARMACY_WORK,
    'Keputusan Menteri Kesehatan Nomor 1331/MENKES/SK/X/2002 tentang Pedagang Eceran Obat',
  ],
  requirements: facilityRequirements(bilingual('SIPTTK', 'pharmacy technician practice permit (SIPTTK)')),
  sections: [
    applicantSection(),
    businessSection(),
    facilitySection('toko_obat', bilingual('toko obat', 'drugstore'), personInChargeFields('toko_obat', 'SIPTTK')),
    locationSection('lokasi_toko_obat', bilingual('toko obat', 'drugstore')),
  ],
  slaDays: 12,
  budget: FACILITY_BUDGET,
  deemedApproval: false,
  validity: FACILITY_VALIDITY,
  product: bilingual('Izin Toko Obat', 'Drugstore Permit'),
  permitNumberFormat: permitNumber('445', 'TO'),
})

export const optikal = defineService({
  code: 'OPTIKAL',
  kind: 'izin',
  sector: 'health',
  name: bilingual('Izin Penyelenggaraan Optikal', 'Optical Shop Permit'),
  description: bilingual(
    'Izin menyelenggarakan optikal yang melayani pemeriksaan refraksi dan penjualan kacamata atau lensa kontak dengan refraksionis optisien.',
    'Permit to run an optical shop offering refraction tests and glasses or contact lenses, staffed by a refractionist optician.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: [
    HEALTH_LAW,
    'Keputusan Menteri Kesehatan Nomor 1424/MENKES/SK/XI/2002 tentang Pedoman Penyelenggaraan Optikal',
  ],
  requirements: facilityRequirements(
    bilingual('Surat izin kerja refraksionis optisien', 'refractionist optician work permit'),
  ),
  sections: [
    applicantSection(),
    businessSection(),
    facilitySection('optikal', bilingual('optikal', 'optical shop'), personInChargeFields('optikal', 'SIK RO')),
    locationSection('lokasi_optikal', bilingual('optikal', 'optical shop')),
  ],
  slaDays: 12,
  budget: FACILITY_BUDGET,
  deemedApproval: false,
  validity: FACILITY_VALIDITY,
  product: bilingual('Izin Penyelenggaraan Optikal', 'Optical Shop Permit'),
  permitNumberFormat: permitNumber('445', 'OPTIK'),
})

export const labKlinik = defineService({
  code: 'LAB-KLINIK',
  kind: 'izin',
  sector: 'health',
  name: bilingual('Izin Laboratorium Klinik', 'Clinical Laboratory Permit'),
  description: bilingual(
    'Izin menyelenggarakan laboratorium klinik pratama, madya atau utama yang memeriksa spesimen klinik untuk diagnosis.',
    'Permit to run a primary, intermediate or main clinical laboratory that tests clinical specimens for diagnosis.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: [HEALTH_LAW, 'Peraturan Menteri Kesehatan Nomor 411/MENKES/PER/III/2010 tentang Laboratorium Klinik'],
  requirements: facilityRequirements(
    bilingual('SIP dokter penanggung jawab laboratorium', 'practice permit of the laboratory’s physician'),
  ),
  sections: [
    applicantSection(),
    businessSection({ employees: true }),
    facilitySection('lab', bilingual('laboratorium', 'laboratory'), [
      selectField('lab_klasifikasi', 'Klasifikasi laboratorium', 'Classification', [
        ['pratama', 'Pratama', 'Primary'],
        ['madya', 'Madya', 'Intermediate'],
        ['utama', 'Utama', 'Main'],
      ]),
      ...personInChargeFields('lab', 'SIP'),
    ]),
    locationSection('lokasi_lab', bilingual('laboratorium', 'laboratory')),
  ],
  slaDays: 12,
  budget: FACILITY_BUDGET,
  deemedApproval: false,
  validity: FACILITY_VALIDITY,
  product: bilingual('Izin Laboratorium Klinik', 'Clinical Laboratory Permit'),
  permitNumberFormat: permitNumber('445', 'LAB'),
})

export const healthFacilityServices: ServiceDefinition[] = [klinik, apotek, tokoObat, optikal, labKlinik]
