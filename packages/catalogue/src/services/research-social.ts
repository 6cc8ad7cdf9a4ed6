import type { ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import { applicantSection, bilingual, field, locationSection, optional, section, selectField } from '../form-fields.ts'
import {
  NEW,
  NEW_OR_RENEWAL,
  NEW_RENEWAL_OR_CHANGE,
  applicationLetter,
  closureStatement,
  deedOfEstablishment,
  identityCard,
  powerOfAttorney,
  premisesProof,
  previousPermit,
  requirement,
  stampedStatement,
  taxNumber,
} from '../requirements.ts'
import { organiserSection } from './education.ts'

// Whether Bandung's research letter sat at DPMPTSP or Kesbangpol is not confirmed; Kesbangpol reviews it here.
export const skp = defineService({
  code: 'SKP',
  kind: 'non_izin',
  sector: 'research',
  shortName: 'SKP',
  name: bilingual('Surat Keterangan Penelitian', 'Research Permit Letter'),
  description: bilingual(
    'Surat keterangan bagi mahasiswa, peneliti atau lembaga yang akan melakukan penelitian, survei atau pengambilan data di perangkat daerah atau wilayah Kota Bandung.',
    'Letter for students, researchers or institutions who will do research, surveys or data collection in Bandung city agencies or neighbourhoods.',
  ),
  applicationKinds: ['baru', 'perpanjangan'],
  legalBasis: [
    'Peraturan Menteri Dalam Negeri Nomor 64 Tahun 2011 tentang Pedoman Penerbitan Rekomendasi Penelitian sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2014',
  ],
  requirements: [
    requirement(
      'surat_pengantar',
      'Surat pengantar dari perguruan tinggi / lembaga',
      'Covering letter from the university or institution',
      { originalToBeShown: true },
    ),
    requirement('proposal', 'Proposal penelitian', 'Research proposal', { appliesTo: NEW }),
    {
      ...identityCard(),
      name: bilingual(
        'KTP-el atau kartu mahasiswa / paspor peneliti',
        'ID card, student card or passport of the researcher',
      ),
    },
    stampedStatement(
      'pernyataan_mematuhi',
      'Pernyataan bermeterai mematuhi ketentuan dan menyerahkan hasil penelitian',
      'Statement over a duty stamp to follow the rules and submit the findings',
      { appliesTo: NEW_OR_RENEWAL },
    ),
    previousPermit(bilingual('SKP', 'research letter')),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    section('penelitian', 'Data penelitian', 'Research', [
      field('penelitian_judul', 'textarea', 'Judul penelitian', 'Title', { maxLength: 500 }),
      field('penelitian_lembaga', 'text', 'Perguruan tinggi / lembaga', 'University or institution', {
        maxLength: 200,
      }),
      selectField('penelitian_jenis', 'Jenis penelitian', 'Kind of research', [
        ['skripsi', 'Skripsi / tugas akhir', 'Undergraduate thesis'],
        ['tesis', 'Tesis', 'Master’s thesis'],
        ['disertasi', 'Disertasi', 'Doctoral dissertation'],
        ['lembaga', 'Penelitian lembaga', 'Institutional research'],
        ['survei', 'Survei / pengambilan data', 'Survey or data collection'],
      ]),
      field(
        'penelitian_lokasi',
        'textarea',
        'Lokasi / perangkat daerah yang dituju',
        'Places or city agencies to be visited',
        { maxLength: 1000 },
      ),
      field('penelitian_mulai', 'date', 'Tanggal mulai', 'Start date'),
      field('penelitian_selesai', 'date', 'Tanggal selesai', 'End date'),
      field('penelitian_jumlah_anggota', 'integer', 'Jumlah anggota tim', 'Team members', {
        ...optional,
        minimum: 1,
        maximum: 100,
        unit: 'orang',
      }),
    ]),
  ],
  slaDays: 3,
  budget: { admin: 1, decision: 1, signing: 1 },
  deemedApproval: false,
  validity: validity(
    12,
    'Berlaku selama jangka waktu penelitian yang tercantum, paling lama 1 tahun; dapat diperpanjang.',
    'Valid for the stated research period, at most 1 year; can be extended.',
  ),
  product: bilingual('Surat Keterangan Penelitian', 'Research permit letter'),
  permitNumberFormat: permitNumber('070', 'SKP'),
})

export const pub = defineService({
  code: 'PUB',
  kind: 'izin',
  sector: 'social',
  shortName: 'PUB',
  name: bilingual('Izin Pengumpulan Uang atau Barang', 'Public Fundraising Permit'),
  description: bilingual(
    'Izin bagi organisasi untuk mengumpulkan sumbangan uang atau barang dari masyarakat di wilayah Kota Bandung untuk tujuan sosial.',
    'Permit for an organisation to collect donations of money or goods from the public in Bandung for a social purpose.',
  ),
  applicationKinds: ['baru', 'perpanjangan'],
  legalBasis: [
    'Undang-Undang Nomor 9 Tahun 1961 tentang Pengumpulan Uang atau Barang',
    'Peraturan Pemerintah Nomor 29 Tahun 1980 tentang Pelaksanaan Pengumpulan Sumbangan',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    taxNumber(bilingual('organisasi', 'organisation')),
    deedOfEstablishment(true),
    requirement(
      'tanda_daftar_organisasi',
      'Tanda daftar organisasi sosial / lembaga kesejahteraan sosial',
      'Registration of the social organisation',
      { originalToBeShown: true },
    ),
    requirement('rencana_penggunaan', 'Rencana penggunaan hasil pengumpulan', 'Plan for using the proceeds'),
    stampedStatement(
      'pernyataan_audit',
      'Pernyataan bermeterai bersedia diaudit dan melaporkan hasil pengumpulan',
      'Statement over a duty stamp to be audited and to report the proceeds',
    ),
    requirement(
      'laporan_sebelumnya',
      'Laporan hasil pengumpulan periode sebelumnya',
      'Report of the previous collection',
      { appliesTo: ['perpanjangan'] },
    ),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    organiserSection(),
    section('pengumpulan', 'Rencana pengumpulan', 'Collection plan', [
      field('pengumpulan_tujuan', 'textarea', 'Tujuan pengumpulan', 'Purpose of the collection', { maxLength: 1000 }),
      selectField('pengumpulan_cara', 'Cara pengumpulan', 'Method', [
        ['kotak_amal', 'Kotak sumbangan', 'Donation boxes'],
        ['kupon', 'Kupon / kartu sumbangan', 'Coupons or donation cards'],
        ['rekening', 'Transfer ke rekening bank', 'Bank transfer'],
        ['pertunjukan', 'Pertunjukan / bazar amal', 'Charity show or bazaar'],
      ]),
      field('pengumpulan_target', 'integer', 'Target pengumpulan', 'Target amount', { minimum: 1, unit: 'Rp' }),
      field('pengumpulan_mulai', 'date', 'Tanggal mulai', 'Start date'),
      field('pengumpulan_selesai', 'date', 'Tanggal selesai', 'End date'),
      field('pengumpulan_wilayah', 'textarea', 'Wilayah pengumpulan', 'Area of collection', { maxLength: 1000 }),
    ]),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: false,
  // PP 29/1980: a permit lasts at most three months.
  validity: validity(
    3,
    'Berlaku paling lama 3 bulan; hasil pengumpulan wajib dilaporkan.',
    'Valid at most 3 months; the proceeds must be reported.',
  ),
  product: bilingual('Izin Pengumpulan Uang atau Barang', 'Public Fundraising Permit'),
  permitNumberFormat: permitNumber('460', 'PUB'),
})

export const tandaDaftarLks = defineService({
  code: 'TD-LKS',
  kind: 'non_izin',
  sector: 'social',
  name: bilingual('Tanda Daftar Lembaga Kesejahteraan Sosial', 'Social Welfare Institution Registration'),
  description: bilingual(
    'Pendaftaran yayasan atau organisasi yang menyelenggarakan kesejahteraan sosial, seperti panti asuhan, panti werda atau rumah singgah.',
    'Registration of a foundation or organisation that provides social welfare services, such as an orphanage, elderly home or shelter.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan', 'pencabutan'],
  legalBasis: [
    'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial',
    'Peraturan Menteri Sosial Nomor 184 Tahun 2011 tentang Lembaga Kesejahteraan Sosial',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    deedOfEstablishment(true),
    requirement('susunan_pengurus', 'Susunan pengurus dan program kerja', 'Board members and work programme', {
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    }),
    premisesProof(bilingual('kantor / panti', 'office or home')),
    requirement('data_penerima_manfaat', 'Data penerima manfaat / klien', 'Beneficiaries or clients', {
      mandatory: false,
      appliesTo: NEW_RENEWAL_OR_CHANGE,
    }),
    previousPermit(bilingual('Tanda daftar', 'registration')),
    closureStatement(),
    powerOfAttorney(),
  ],
  sections: [
    applicantSection(),
    organiserSection([
      selectField('penyelenggara_bentuk', 'Bentuk lembaga', 'Form of organisation', [
        ['yayasan', 'Yayasan', 'Foundation'],
        ['perkumpulan', 'Perkumpulan', 'Association'],
        ['ormas', 'Organisasi kemasyarakatan', 'Community organisation'],
      ]),
    ]),
    section('lks', 'Pelayanan kesejahteraan sosial', 'Welfare services', [
      selectField('lks_sasaran', 'Sasaran pelayanan', 'People served', [
        ['anak', 'Anak', 'Children'],
        ['lanjut_usia', 'Lanjut usia', 'Older people'],
        ['disabilitas', 'Penyandang disabilitas', 'People with disabilities'],
        ['fakir_miskin', 'Fakir miskin', 'People in poverty'],
        ['rehabilitasi', 'Rehabilitasi sosial', 'Social rehabilitation'],
      ]),
      field('lks_jumlah_pengurus', 'integer', 'Jumlah pengurus', 'Board members', {
        minimum: 1,
        maximum: 200,
        unit: 'orang',
      }),
      field('lks_jumlah_penerima', 'integer', 'Jumlah penerima manfaat', 'Beneficiaries', {
        minimum: 0,
        maximum: 100000,
        unit: 'orang',
      }),
    ]),
    locationSection('lokasi_lks', bilingual('lembaga', 'institution')),
  ],
  slaDays: 7,
  budget: { admin: 1, technical: 3, decision: 2, signing: 1 },
  deemedApproval: false,
  validity: validity(36, 'Berlaku 3 tahun dan dapat diperpanjang.', 'Valid 3 years; renewable.'),
  product: bilingual('Tanda Daftar Lembaga Kesejahteraan Sosial', 'Social Welfare Institution Registration'),
  permitNumberFormat: permitNumber('460', 'LKS'),
})

export const researchAndSocialServices: ServiceDefinition[] = [skp, pub, tandaDaftarLks]
