// Bahasa Indonesia for the shell: the header, footer, home page, page titles, closure and simulator
// notices, everything the first page shows. It is in the first bundle; the texts of every other
// page (pages.id.ts) load with the first of them. `shell.en.ts` has exactly the same keys.
import closuresId from './closures.id.ts'
import siteId from './site.id.ts'

export default {
  app: {
    name: 'Pintu',
    // The office's own names come from the API (GET /api/v1/site): one build serves every office.
    officeSwitch: 'Ganti kantor',
    skipToContent: 'Langsung ke isi halaman',
    nav: {
      label: 'Menu utama',
      home: 'Beranda',
      catalogue: 'Layanan',
      login: 'Masuk',
      register: 'Daftar',
      account: 'Akun saya',
      applications: 'Permohonan saya',
      track: 'Lacak',
    },
    // The switch is labelled in the language it switches to, so a reader who does not know the
    // current language still recognises it.
    languageSwitch: 'English',
    languageSwitchLang: 'en',
    footer: {
      noLevies: 'Tidak ada biaya selain yang tercantum dalam standar pelayanan. Petugas tidak menerima uang tunai.',
      openSource: 'Pintu adalah perangkat lunak sumber terbuka.',
      verify: 'Verifikasi keabsahan izin',
      transparency: 'Log transparansi publik',
      help: 'Bantuan dan daftar istilah',
      privacy: 'Pemberitahuan privasi',
    },
    navigation: {
      loading: 'Memuat halaman…',
      failedTitle: 'Halaman belum dapat dimuat',
      failedText:
        'Sambungan internet terputus atau terlalu lambat. Periksa sambungan Anda, lalu coba lagi. Isian yang sudah disimpan tidak hilang.',
      retry: 'Coba lagi',
    },
    flash: {
      registered: 'Akun Anda sudah dibuat dan Anda sudah masuk.',
      savedForLater:
        'Isian Anda sudah disimpan. Anda dapat melanjutkannya kapan saja dari halaman ini atau dari Permohonan saya.',
      loggedOut: 'Anda sudah keluar. Di ponsel bersama, tidak ada data permohonan Anda yang tertinggal di halaman ini.',
      draftDeleted: 'Draf permohonan sudah dihapus, beserta isian dan dokumennya.',
      dismiss: 'Tutup pesan',
    },
  },
  home: {
    title: 'Perizinan sepenuhnya daring',
    lead: 'Ajukan izin dan non-izin dari mana saja. Standar pelayanan setiap layanan dipublikasikan di sini: persyaratan, prosedur, waktu dan biaya.',
    searchLabel: 'Cari layanan',
    searchHint: 'Misalnya: reklame, SIUP, praktik dokter',
    searchButton: 'Cari',
    browseAll: 'Lihat semua layanan',
    promisesTitle: 'Janji layanan kami',
    promises: {
      online: {
        title: 'Ajukan secara daring',
        text: 'Isi formulir, unggah dokumen, bayar retribusi lewat bank dan terima izin elektronik tanpa datang ke kantor.',
      },
      noFaceToFace: {
        title: 'Tanpa tatap muka',
        text: 'Anda tidak perlu bertemu petugas. Loket tetap ada bagi yang membutuhkan bantuan, dengan antrean yang sama.',
      },
      noFees: {
        title: 'Tanpa biaya tambahan',
        text: 'Tidak ada biaya selain yang tercantum dalam standar pelayanan. Sebagian besar layanan gratis.',
      },
      tracking: {
        title: 'Pantau permohonan Anda',
        text: 'Lihat tahap permohonan Anda dan batas waktu setiap tahap dalam hari kerja.',
      },
    },
    track: {
      title: 'Lacak permohonan',
      text: 'Punya nomor registrasi dan kode lacak? Lihat tahap permohonan dan batas waktunya tanpa perlu masuk.',
      link: 'Lacak permohonan',
    },
    accountTitle: 'Akun pemohon',
    accountText: 'Untuk mengajukan permohonan, daftar dengan NIK Anda atau masuk dengan akun yang sudah ada.',
    verify: {
      title: 'Verifikasi izin',
      text: 'Menerima izin dari seseorang? Periksa keabsahannya tanpa masuk: pindai kode QR pada izin, atau ketik nomornya.',
      link: 'Verifikasi izin',
    },
  },
  pageTitle: {
    notifications: 'Pemberitahuan',
    consents: 'Izin akses aplikasi lain',
    home: 'Beranda',
    catalogue: 'Katalog layanan',
    service: 'Standar pelayanan',
    register: 'Daftar',
    login: 'Masuk',
    account: 'Akun saya',
    notFound: 'Halaman tidak ditemukan',
    apply: 'Ajukan permohonan',
    applications: 'Permohonan saya',
    application: 'Permohonan',
    formSection: 'Isi formulir',
    documents: 'Unggah dokumen',
    check: 'Periksa jawaban Anda',
    withdraw: 'Tarik permohonan',
    track: 'Lacak permohonan',
    trackResult: 'Status permohonan',
    verify: 'Verifikasi izin',
    privacy: 'Pemberitahuan privasi',
    closure: 'Kantor sedang tutup',
    deleteDraft: 'Hapus draf',
  },
  ...closuresId,
  ...siteId,
}
