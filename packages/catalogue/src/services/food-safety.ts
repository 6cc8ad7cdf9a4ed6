import type { ServiceDefinition } from '@pintu/contract'
import { defineService, permitNumber, validity } from '../define-service.ts'
import {
  applicantSection,
  bilingual,
  businessSection,
  employeesField,
  field,
  locationSection,
  optional,
  section,
  selectField,
} from '../form-fields.ts'
import {
  NEW,
  NEW_OR_CHANGE,
  NEW_OR_RENEWAL,
  applicationLetter,
  changeEvidence,
  identityCard,
  locationSketch,
  previousPermit,
  requirement,
} from '../requirements.ts'
import { HEALTH_LAW } from './health-facilities.ts'

export const laikHygiene = defineService({
  code: 'LAIK-HYGIENE',
  kind: 'non_izin',
  sector: 'health',
  name: bilingual('Sertifikat Laik Higiene Sanitasi', 'Food Hygiene and Sanitation Certificate'),
  description: bilingual(
    'Sertifikat bahwa jasa boga, rumah makan, restoran atau depot air minum memenuhi persyaratan higiene sanitasi setelah inspeksi dan uji laboratorium.',
    'Certificate that a caterer, eatery, restaurant or drinking-water refill depot meets hygiene standards after inspection and laboratory tests.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan'],
  legalBasis: [
    HEALTH_LAW,
    'Peraturan Menteri Kesehatan Nomor 1096/MENKES/PER/VI/2011 tentang Higiene Sanitasi Jasaboga',
    'Keputusan Menteri Kesehatan Nomor 1098/MENKES/SK/VII/2003 tentang Persyaratan Higiene Sanitasi Rumah Makan dan Restoran',
    'Peraturan Menteri Kesehatan Nomor 43 Tahun 2014 tentang Higiene Sanitasi Depot Air Minum',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    requirement(
      'uji_laboratorium',
      'Hasil uji laboratorium sampel makanan / air minum',
      'Laboratory results for food or drinking-water samples',
      { appliesTo: NEW_OR_RENEWAL },
    ),
    requirement(
      'sertifikat_kursus',
      'Sertifikat kursus higiene sanitasi bagi pemilik / penjamah makanan',
      'Food hygiene course certificate of the owner or food handlers',
      { appliesTo: NEW_OR_RENEWAL },
    ),
    requirement(
      'surat_sehat_penjamah',
      'Surat keterangan sehat penjamah makanan',
      'Health certificates of food handlers',
      { appliesTo: NEW_OR_RENEWAL },
    ),
    {
      ...locationSketch(),
      name: bilingual('Denah dapur / ruang pengolahan', 'Floor plan of the kitchen or processing room'),
    },
    previousPermit(bilingual('Sertifikat laik higiene sanitasi', 'hygiene certificate')),
    changeEvidence(),
  ],
  sections: [
    applicantSection(),
    businessSection({ kbli: false }),
    section('higiene', 'Data usaha pangan', 'Food business', [
      selectField('higiene_jenis', 'Jenis usaha', 'Type of business', [
        ['jasa_boga', 'Jasa boga (katering)', 'Caterer'],
        ['rumah_makan', 'Rumah makan', 'Eatery'],
        ['restoran', 'Restoran', 'Restaurant'],
        ['depot_air_minum', 'Depot air minum', 'Drinking-water refill depot'],
      ]),
      employeesField('higiene_jumlah_penjamah'),
      field('higiene_nomor_tdup', 'text', 'Nomor TDUP / izin usaha', 'TDUP or business licence number', {
        ...optional,
        maxLength: 80,
      }),
    ]),
    locationSection('lokasi_usaha', bilingual('usaha', 'business')),
  ],
  slaDays: 14,
  budget: { admin: 1, technical: 10, decision: 2, signing: 1 },
  deemedApproval: false,
  validity: validity(
    36,
    'Berlaku 3 tahun selama tidak ada perubahan lokasi atau penanggung jawab.',
    'Valid 3 years unless the location or person in charge changes.',
  ),
  product: bilingual('Sertifikat Laik Higiene Sanitasi', 'Hygiene and Sanitation Certificate'),
  permitNumberFormat: permitNumber('443', 'LHS'),
})

export const sppIrt = defineService({
  code: 'SPP-IRT',
  kind: 'non_izin',
  sector: 'health',
  shortName: 'SPP-IRT',
  name: bilingual('Sertifikat Produksi Pangan Industri Rumah Tangga', 'Home Food Industry Production Certificate'),
  description: bilingual(
    'Sertifikat dan nomor P-IRT bagi pangan olahan produksi rumah tangga setelah penyuluhan keamanan pangan dan pemeriksaan sarana produksi.',
    'Certificate and P-IRT number for home-made processed food, given after food-safety training and an inspection of the kitchen.',
  ),
  applicationKinds: ['baru', 'perpanjangan', 'perubahan'],
  legalBasis: [
    'Peraturan Pemerintah Nomor 28 Tahun 2004 tentang Keamanan, Mutu dan Gizi Pangan',
    'Peraturan Kepala Badan POM Nomor HK.03.1.23.04.12.2205 Tahun 2012 tentang Pedoman Pemberian Sertifikat Produksi Pangan Industri Rumah Tangga',
  ],
  requirements: [
    applicationLetter(),
    identityCard(),
    requirement(
      'sertifikat_pkp',
      'Sertifikat Penyuluhan Keamanan Pangan (PKP)',
      'Food safety training certificate (PKP)',
      { appliesTo: NEW },
    ),
    requirement('rancangan_label', 'Rancangan label pangan', 'Draft food label', { appliesTo: NEW_OR_CHANGE }),
    {
      ...locationSketch(),
      name: bilingual('Denah dan foto ruang produksi', 'Floor plan and photographs of the production room'),
    },
    previousPermit(bilingual('SPP-IRT', 'SPP-IRT')),
    changeEvidence(),
  ],
  sections: [
    applicantSection(),
    section('pangan', 'Produk pangan', 'Food product', [
      field('pangan_nama_usaha', 'text', 'Nama usaha', 'Business name', { maxLength: 150 }),
      field('pangan_nama_produk', 'text', 'Nama produk / merek dagang', 'Product or brand name', { maxLength: 150 }),
      selectField('pangan_jenis', 'Jenis pangan', 'Food category', [
        ['olahan_daging_ikan', 'Hasil olahan daging, ikan atau unggas kering', 'Dried processed meat, fish or poultry'],
        ['olahan_sayur_buah', 'Hasil olahan sayur atau buah', 'Processed vegetables or fruit'],
        ['kerupuk_keripik', 'Kerupuk, keripik, peyek dan sejenisnya', 'Crackers, chips and similar'],
        ['roti_kue', 'Roti, kue kering dan kue basah tahan lama', 'Bread and shelf-stable cakes'],
        ['minuman_serbuk', 'Minuman serbuk / sirup', 'Powdered drinks or syrups'],
        ['bumbu', 'Bumbu, sambal dan rempah', 'Seasonings, sambal and spices'],
        ['kembang_gula', 'Kembang gula / permen / cokelat', 'Confectionery'],
      ]),
      field('pangan_komposisi', 'textarea', 'Komposisi bahan', 'Ingredients', { maxLength: 1000 }),
      selectField('pangan_kemasan', 'Jenis kemasan', 'Packaging', [
        ['plastik', 'Plastik', 'Plastic'],
        ['kertas', 'Kertas / karton', 'Paper or carton'],
        ['kaca', 'Botol / toples kaca', 'Glass'],
      ]),
      field('pangan_masa_simpan', 'integer', 'Masa simpan', 'Shelf life', { minimum: 7, maximum: 1095, unit: 'hari' }),
    ]),
    locationSection('lokasi_produksi', bilingual('tempat produksi', 'production site')),
  ],
  slaDays: 14,
  budget: { admin: 1, technical: 10, decision: 2, signing: 1 },
  deemedApproval: false,
  validity: validity(60, 'Berlaku 5 tahun dan dapat diperpanjang.', 'Valid 5 years; renewable.'),
  product: bilingual(
    'Sertifikat Produksi Pangan Industri Rumah Tangga dengan nomor P-IRT',
    'Home food industry certificate with its P-IRT number',
  ),
  permitNumberFormat: permitNumber('443', 'SPP-IRT'),
})

export const foodSafetyServices: ServiceDefinition[] = [laikHygiene, sppIrt]
