import type { ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  businessSection,
  capitalField,
  employeesField,
  field,
  locationSection,
  section,
  selectField,
} from '../form-fields.ts'
import {
  NEW,
  NEW_RENEWAL_OR_CHANGE,
  applicationLetter,
  changeEvidence,
  closureStatement,
  deedOfEstablishment,
  identityCard,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  staffList,
  stampedStatement,
  taxNumber,
} from '../requirements.ts'

const MANPOWER_LAW = 'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan'
const office = bilingual('kantor', 'office')

const labourReportProof = () =>
  requirement(
    'bukti_wlkp',
    'Bukti wajib lapor ketenagakerjaan perusahaan (WLKP)',
    'Proof of the company’s manpower report (WLKP)',
    { appliesTo: NEW_RENEWAL_OR_CHANGE },
  )

export const lptks = defineService({
  code: 'LPTKS',
  kind: 'izin',
  sector: 'labour',
  shortName: 'LPTKS',
  name: bilingual('Izin Lembaga Penempatan Tenaga Kerja Swasta', 'Private Employment Agency Licence'),
  description: bilingual(
    'Izin bagi badan hukum swasta yang menyelenggarakan penempatan tenaga kerja antarkerja lokal di dalam negeri.',
    'Licence for a private company that places job seekers with employers in Indonesia (local placement).',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [MANPOWER_LAW, 'Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja'],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(true),
    premisesProof(office),
    requirement(
      'petugas_antarkerja',
      'Struktur organisasi dan sertifikat petugas antarkerja',
      'Organisation chart and certificates of the placement officers',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    labourReportProof(),
    requirement(
      'laporan_penempatan',
      'Laporan kegiatan penempatan selama masa izin',
      'Report of placements during the licence period',
      { appliesTo: ['perpanjangan'] },
    ),
    previousPermit(bilingual('Izin LPTKS', 'agency licence')),
    changeEvidence(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ employees: true }),
    section('lptks', 'Kegiatan penempatan', 'Placement activity', [
      field(
        'lptks_jumlah_petugas',
        'integer',
        'Jumlah petugas antarkerja bersertifikat',
        'Certified placement officers',
        { minimum: 1, maximum: 500, unit: 'orang' },
      ),
      field('lptks_sektor', 'textarea', 'Sektor / jabatan yang dilayani', 'Sectors or jobs served', {
        maxLength: 1000,
      }),
    ]),
    locationSection('kantor', office),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: true,
  validity: validity(60, 'Berlaku 5 tahun dan dapat diperpanjang.', 'Valid 5 years; renewable.'),
  product: bilingual('Izin Lembaga Penempatan Tenaga Kerja Swasta', 'Private Employment Agency Licence'),
  permitNumberFormat: permitNumber('560', 'LPTKS'),
})

export const lpk = defineService({
  code: 'LPK',
  kind: 'izin',
  sector: 'labour',
  shortName: 'LPK',
  name: bilingual('Izin Lembaga Pelatihan Kerja Swasta', 'Private Vocational Training Institution Licence'),
  description: bilingual(
    'Izin bagi lembaga swasta yang menyelenggarakan pelatihan kerja berbasis kompetensi bagi pencari kerja dan pekerja.',
    'Licence for a private institution that runs competency-based job training for job seekers and workers.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [
    MANPOWER_LAW,
    'Peraturan Pemerintah Nomor 31 Tahun 2006 tentang Sistem Pelatihan Kerja Nasional',
    'Peraturan Menteri Ketenagakerjaan Nomor 17 Tahun 2016 tentang Tata Cara Perizinan dan Pendaftaran Lembaga Pelatihan Kerja',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(),
    deedOfEstablishment(true),
    premisesProof(bilingual('tempat pelatihan', 'training premises')),
    requirement('program_pelatihan', 'Program pelatihan berbasis kompetensi', 'Competency-based training programme', {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    }),
    requirement(
      'daftar_instruktur',
      'Daftar instruktur beserta sertifikat kompetensinya',
      'List of instructors with their competence certificates',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    requirement('daftar_sarana', 'Daftar sarana dan peralatan pelatihan', 'List of training facilities and equipment', {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    }),
    previousPermit(bilingual('Izin LPK', 'training licence')),
    changeEvidence(),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('lpk', 'Lembaga pelatihan', 'Training institution', [
      field('lpk_nama', 'text', 'Nama lembaga pelatihan', 'Name of the institution', { maxLength: 150 }),
      selectField('lpk_kejuruan', 'Kejuruan utama', 'Main vocational field', [
        ['tik', 'Teknologi informasi dan komunikasi', 'Information and communication technology'],
        ['bahasa', 'Bahasa', 'Languages'],
        ['otomotif', 'Otomotif', 'Automotive'],
        ['tata_boga', 'Tata boga', 'Culinary'],
        ['tata_kecantikan', 'Tata kecantikan', 'Beauty'],
        ['garmen', 'Garmen / menjahit', 'Garment and tailoring'],
        ['pariwisata', 'Perhotelan dan pariwisata', 'Hospitality and tourism'],
        ['administrasi', 'Administrasi perkantoran', 'Office administration'],
      ]),
      field('lpk_jumlah_instruktur', 'integer', 'Jumlah instruktur', 'Number of instructors', {
        minimum: 1,
        maximum: 500,
        unit: 'orang',
      }),
      field('lpk_kapasitas', 'integer', 'Kapasitas peserta per angkatan', 'Trainees per intake', {
        minimum: 1,
        maximum: 2000,
        unit: 'orang',
      }),
    ]),
    locationSection('tempat_pelatihan', bilingual('tempat pelatihan', 'training premises')),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: true,
  validity: validity(60, 'Berlaku 5 tahun dan dapat diperpanjang.', 'Valid 5 years; renewable.'),
  product: bilingual('Izin Lembaga Pelatihan Kerja Swasta', 'Private Vocational Training Institution Licence'),
  permitNumberFormat: permitNumber('560', 'LPK'),
})

// PP 97/2012 sets the IMTA extension levy at USD 100 per foreign worker per month, paid in rupiah;
// one application covers one foreign worker, so the fee follows the months requested.
export const imta = defineService({
  code: 'IMTA',
  kind: 'izin',
  sector: 'labour',
  shortName: 'IMTA',
  name: bilingual(
    'Perpanjangan Izin Mempekerjakan Tenaga Kerja Asing',
    'Extension of the Foreign Worker Employment Permit',
  ),
  description: bilingual(
    'Perpanjangan IMTA bagi tenaga kerja asing yang bekerja di satu kota, sesuai RPTKA yang disahkan Kementerian Ketenagakerjaan.',
    'Extension of the permit to employ a foreign worker whose job is within one city, in line with the expatriate manpower plan (RPTKA) approved by the Ministry of Manpower.',
  ),
  applicationKinds: ['perpanjangan'],
  legalBasis: [
    MANPOWER_LAW,
    'Peraturan Presiden Nomor 72 Tahun 2014 tentang Penggunaan Tenaga Kerja Asing serta Pendidikan dan Pelatihan Tenaga Kerja Pendamping',
    'Peraturan Menteri Ketenagakerjaan Nomor 16 Tahun 2015 tentang Tata Cara Penggunaan Tenaga Kerja Asing sebagaimana telah diubah dengan Peraturan Menteri Ketenagakerjaan Nomor 35 Tahun 2015',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    requirement(
      'rptka',
      'Keputusan pengesahan RPTKA yang masih berlaku',
      'Approved expatriate manpower plan (RPTKA) in force',
      { originalToBeShown: true },
    ),
    previousPermit(bilingual('IMTA', 'foreign worker permit')),
    requirement('paspor', 'Paspor tenaga kerja asing', 'Passport of the foreign worker'),
    requirement(
      'asuransi',
      'Polis asuransi atau kepesertaan jaminan sosial tenaga kerja asing',
      'Insurance policy or social security membership of the foreign worker',
    ),
    requirement(
      'tenaga_pendamping',
      'Penunjukan tenaga kerja pendamping WNI',
      'Appointment of the Indonesian counterpart worker',
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection(),
    section('tka', 'Tenaga kerja asing', 'Foreign worker', [
      field('tka_nama', 'text', 'Nama tenaga kerja asing', 'Name of the foreign worker', { maxLength: 150 }),
      field('tka_kewarganegaraan', 'text', 'Kewarganegaraan', 'Nationality', { maxLength: 60 }),
      field('tka_nomor_paspor', 'text', 'Nomor paspor', 'Passport number', { maxLength: 20 }),
      field('tka_jabatan', 'text', 'Jabatan', 'Position', { maxLength: 150 }),
      field('tka_nomor_imta', 'text', 'Nomor IMTA sebelumnya', 'Previous IMTA number', { maxLength: 80 }),
      field('tka_nomor_rptka', 'text', 'Nomor keputusan RPTKA', 'RPTKA decision number', { maxLength: 80 }),
      field('tka_masa_perpanjangan', 'integer', 'Masa perpanjangan', 'Extension period', {
        minimum: 1,
        maximum: 12,
        unit: 'bulan',
      }),
      field('tka_pendamping', 'text', 'Nama tenaga kerja pendamping', 'Indonesian counterpart', { maxLength: 150 }),
    ]),
  ],
  slaDays: 5,
  budget: { admin: 2, decision: 2, signing: 1 },
  deemedApproval: false,
  fee: { kind: 'per_unit', field: 'tka_masa_perpanjangan', ratePerUnit: 1_300_000, baseAmount: 0, minimum: 1_300_000 },
  feeLegalBasis:
    'Peraturan Pemerintah Nomor 97 Tahun 2012 tentang Retribusi Pengendalian Lalu Lintas dan Retribusi Perpanjangan Izin Mempekerjakan Tenaga Kerja Asing',
  validity: validity(
    12,
    'Paling lama 1 tahun dan tidak melebihi masa berlaku RPTKA.',
    'At most 1 year and never beyond the RPTKA.',
  ),
  product: bilingual('Keputusan perpanjangan IMTA', 'IMTA extension decree'),
  permitNumberFormat: permitNumber('560', 'IMTA'),
})

export const wlkp = defineService({
  code: 'WLKP',
  kind: 'non_izin',
  sector: 'labour',
  shortName: 'WLKP',
  name: bilingual('Wajib Lapor Ketenagakerjaan di Perusahaan', 'Company Manpower Report'),
  description: bilingual(
    'Pendaftaran laporan ketenagakerjaan perusahaan (jumlah pekerja, upah, jaminan sosial) yang wajib disampaikan saat pendirian dan setiap tahun.',
    'Filing of the company manpower report (workforce, wages, social security) due when a company is set up and every year after.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan'],
  legalBasis: [
    'Undang-Undang Nomor 7 Tahun 1981 tentang Wajib Lapor Ketenagakerjaan di Perusahaan',
    'Peraturan Menteri Ketenagakerjaan Nomor 18 Tahun 2017 tentang Tata Cara Wajib Lapor Ketenagakerjaan di Perusahaan dalam Jaringan',
  ],
  requirements: [
    identityCard(),
    taxNumber(),
    deedOfEstablishment(),
    staffList(),
    requirement(
      'bukti_jaminan_sosial',
      'Bukti kepesertaan BPJS Ketenagakerjaan dan BPJS Kesehatan',
      'Proof of membership of the social security schemes (BPJS)',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    previousPermit(bilingual('Bukti lapor', 'report receipt')),
  ],
  sections: [
    applicantSection(),
    businessSection({ capital: true }),
    section('tenaga_kerja', 'Data ketenagakerjaan', 'Workforce', [
      field('tenaga_kerja_laki_laki', 'integer', 'Jumlah pekerja laki-laki', 'Male workers', {
        minimum: 0,
        maximum: 100000,
        unit: 'orang',
      }),
      field('tenaga_kerja_perempuan', 'integer', 'Jumlah pekerja perempuan', 'Female workers', {
        minimum: 0,
        maximum: 100000,
        unit: 'orang',
      }),
      field('tenaga_kerja_asing', 'integer', 'Jumlah tenaga kerja asing', 'Foreign workers', {
        minimum: 0,
        maximum: 10000,
        unit: 'orang',
      }),
      capitalField('tenaga_kerja_upah_terendah', 'Upah terendah per bulan', 'Lowest monthly wage'),
      field('tenaga_kerja_bpjs', 'boolean', 'Seluruh pekerja terdaftar BPJS', 'All workers enrolled in BPJS'),
      selectField('tenaga_kerja_aturan', 'Pengaturan hubungan kerja', 'Employment rules', [
        ['peraturan_perusahaan', 'Peraturan perusahaan', 'Company regulations'],
        ['pkb', 'Perjanjian kerja bersama', 'Collective labour agreement'],
        ['belum_ada', 'Belum ada (kurang dari 10 pekerja)', 'None yet (fewer than 10 workers)'],
      ]),
    ]),
    locationSection('kantor', office),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    12,
    'Laporan wajib disampaikan kembali setiap tahun.',
    'The report must be filed again every year.',
  ),
  product: bilingual('Tanda bukti wajib lapor ketenagakerjaan', 'Receipt of the manpower report'),
  permitNumberFormat: permitNumber('560', 'WLKP'),
})

// UU 13/2003 art. 112(2): company regulations not ratified within 30 working days count as ratified,
// so deemed approval holds here with a sector basis; the office promises 14 days.
export const pengesahanPeraturanPerusahaan = defineService({
  code: 'PENGESAHAN-PP',
  kind: 'non_izin',
  sector: 'labour',
  name: bilingual('Pengesahan Peraturan Perusahaan', 'Ratification of Company Regulations'),
  description: bilingual(
    'Pengesahan peraturan perusahaan yang memuat syarat kerja, hak dan kewajiban, bagi perusahaan dengan sedikitnya 10 pekerja.',
    'Ratification of the company regulations setting terms of work, rights and duties, required for companies with 10 or more workers.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan'],
  legalBasis: [
    MANPOWER_LAW,
    'Peraturan Menteri Ketenagakerjaan Nomor 28 Tahun 2014 tentang Tata Cara Pembuatan dan Pengesahan Peraturan Perusahaan serta Pembuatan dan Pendaftaran Perjanjian Kerja Bersama',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    requirement(
      'naskah_pp',
      'Naskah peraturan perusahaan yang ditandatangani pimpinan',
      'Text of the company regulations signed by management',
    ),
    requirement(
      'saran_pekerja',
      'Bukti saran dan pertimbangan wakil pekerja / serikat pekerja',
      'Evidence of the workers’ representatives’ or union’s advice',
      { appliesTo: NEW_RENEWAL_OR_CHANGE },
    ),
    labourReportProof(),
    previousPermit(bilingual('Pengesahan peraturan perusahaan', 'ratification')),
    stampedStatement(
      'pernyataan_kebenaran',
      'Pernyataan bermeterai atas kebenaran data',
      'Statement over a duty stamp that the data are true',
      { appliesTo: NEW },
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    businessSection({ kbli: false }),
    section('peraturan', 'Peraturan perusahaan', 'Company regulations', [
      employeesField('peraturan_jumlah_pekerja'),
      field(
        'peraturan_serikat_pekerja',
        'boolean',
        'Terdapat serikat pekerja di perusahaan',
        'There is a trade union in the company',
      ),
      field('peraturan_nomor_lama', 'text', 'Nomor pengesahan sebelumnya', 'Previous ratification number', {
        required: false,
        maxLength: 80,
      }),
    ]),
  ],
  slaDays: 14,
  budget: { admin: 1, technical: 9, decision: 3, signing: 1 },
  deemedApproval: true,
  validity: validity(
    24,
    'Berlaku paling lama 2 tahun dan wajib diperbarui setelah berakhir.',
    'Valid at most 2 years; must be renewed when it ends.',
  ),
  product: bilingual('Keputusan pengesahan peraturan perusahaan', 'Ratification decree of the company regulations'),
  permitNumberFormat: permitNumber('560', 'PP'),
})

export const labourServices: ServiceDefinition[] = [lptks, lpk, imta, wlkp, pengesahanPeraturanPerusahaan]
