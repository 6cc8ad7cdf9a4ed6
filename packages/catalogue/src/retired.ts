import type { LocalizedText, ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from './define-service.ts'
import { applicantSection, bilingual, businessSection, floorAreaField, locationSection } from './form-fields.ts'
import {
  ALL_KINDS,
  NEW_OR_CHANGE,
  applicationLetter,
  changeEvidence,
  closureStatement,
  deedOfEstablishment,
  identityCard,
  lossReport,
  neighbourConsent,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  taxNumber,
} from './requirements.ts'

/** A service that no longer accepts applications; its last definition is kept so history stays readable. */
export interface RetiredService {
  definition: ServiceDefinition
  /** ISO date-time from which applications are refused. */
  retiredAt: string
  reason: LocalizedText
}

const izinGangguan = defineService({
  code: 'HO',
  kind: 'izin',
  sector: 'environment',
  shortName: 'HO',
  name: bilingual('Izin Gangguan (HO)', 'Nuisance Permit (HO)'),
  description: bilingual(
    'Izin tempat usaha bagi kegiatan yang dapat menimbulkan bahaya, kerugian atau gangguan bagi lingkungan sekitar.',
    'Premises permit for businesses that may cause danger, harm or nuisance to the neighbourhood.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [
    'Hinder Ordonnantie (Staatsblad 1926 Nomor 226)',
    'Peraturan Menteri Dalam Negeri Nomor 27 Tahun 2009 tentang Pedoman Penetapan Izin Gangguan di Daerah sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2016',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    premisesProof(),
    neighbourConsent(),
    requirement('imb_tempat', 'IMB tempat usaha', 'Building permit (IMB) of the premises', {
      appliesTo: NEW_OR_CHANGE,
    }),
    previousPermit(bilingual('Izin gangguan', 'nuisance permit')),
    changeEvidence(),
    lossReport(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    locationSection('tempat_usaha', bilingual('tempat usaha', 'business premises'), [
      floorAreaField('tempat_usaha_luas', 'Luas ruang tempat usaha', 'Floor area of the premises'),
    ]),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: false,
  fee: { kind: 'per_unit', field: 'tempat_usaha_luas', ratePerUnit: 1_000, baseAmount: 0, minimum: 50_000 },
  feeLegalBasis:
    'UU Nomor 28 Tahun 2009 tentang Pajak Daerah dan Retribusi Daerah Pasal 141 huruf c (retribusi izin gangguan)',
  validity: validity(
    null,
    'Berlaku selama usaha berjalan; daftar ulang retribusi setiap 5 tahun.',
    'Valid while the business operates; the levy is re-registered every 5 years.',
  ),
  product: bilingual('Surat Izin Gangguan (HO)', 'Nuisance Permit (HO)'),
  permitNumberFormat: permitNumber('510.8', 'HO'),
})

const izinJasaTitipan = defineService({
  code: 'JASA-TITIPAN',
  kind: 'izin',
  sector: 'transport',
  name: bilingual('Izin Usaha Jasa Titipan', 'Courier and Parcel Forwarding Business Permit'),
  description: bilingual(
    'Izin bagi usaha pengiriman titipan surat, dokumen dan paket di Kota Bandung.',
    'Permit for businesses forwarding letters, documents and parcels in Bandung.',
  ),
  applicationKinds: ALL_KINDS,
  legalBasis: [
    'Undang-Undang Nomor 38 Tahun 2009 tentang Pos',
    'Peraturan Wali Kota Bandung Nomor 495 Tahun 2015 tentang Standar Operasional Prosedur Pelayanan Perizinan Terpadu',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(true),
    premisesProof(),
    previousPermit(bilingual('Izin jasa titipan', 'courier permit')),
    lossReport(),
    closureStatement(),
  ],
  sections: [applicantSection(), businessSection(), locationSection('kantor', bilingual('kantor', 'office'))],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: false,
  validity: validity(60, 'Berlaku 5 tahun.', 'Valid 5 years.'),
  product: bilingual('Izin Usaha Jasa Titipan', 'Courier Business Permit'),
  permitNumberFormat: permitNumber('503', 'JT'),
})

export const retiredServices: RetiredService[] = [
  {
    definition: izinGangguan,
    retiredAt: '2017-07-01T00:00:00+07:00',
    reason: bilingual(
      'Izin Gangguan dihapus secara nasional: Permendagri Nomor 19 Tahun 2017 mencabut Permendagri Nomor 27 Tahun 2009 tentang Pedoman Penetapan Izin Gangguan di Daerah.',
      'The nuisance permit was abolished nationally: Permendagri 19/2017 revoked Permendagri 27/2009, the guideline for regional nuisance permits.',
    ),
  },
  {
    definition: izinJasaTitipan,
    retiredAt: '2016-03-01T00:00:00+07:00',
    reason: bilingual(
      'Dihapus dari perizinan Kota Bandung oleh Perwal Nomor 265 Tahun 2016 karena bukan kewenangan daerah; izin penyelenggaraan pos diterbitkan Pemerintah Pusat.',
      'Removed from Bandung’s permits by Perwal 265/2016 because it is not a city competence; postal service licences are issued by the central government.',
    ),
  },
]
