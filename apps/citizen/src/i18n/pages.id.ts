// Bahasa Indonesia: the authoritative texts of every page but the home page (those are in
// shell.id.ts). `pages.en.ts` must have exactly the same keys (the type and a test enforce it).
// vue-i18n treats { } @ | as syntax: write {'@'} for a literal at-sign.
import labelsId from './labels.id.ts'
import accountId from './account.id.ts'
import applicationsId from './applications.id.ts'
import paymentsId from './payments.id.ts'
import permitsId from './permits.id.ts'
import transparencyId from './transparency.id.ts'
import statsId from './stats.id.ts'
import helpId from './help.id.ts'
import provisionalId from './provisional.id.ts'
import privacyId from './privacy.id.ts'
import complaintsId from './complaints.id.ts'
import consentsId from './consents.id.ts'
import officeId from './office.id.ts'

export default {
  common: {
    loading: 'Memuat…',
    retry: 'Coba lagi',
    workingDays: '{n} hari kerja',
    months: '{n} bulan',
    mandatory: 'Wajib',
    optional: 'Opsional',
    yes: 'Ya',
    no: 'Tidak',
    back: 'Kembali',
    continue: 'Lanjut',
    change: 'Ubah',
    saving: 'Menyimpan…',
    notAnswered: 'Belum diisi',
  },
  time: {
    seconds: '{n} detik',
    minutes: '{n} menit',
  },
  catalogue: {
    title: 'Katalog layanan',
    lead: 'Semua layanan perizinan dan non-perizinan yang berlaku, beserta standar pelayanannya.',
    searchLabel: 'Cari layanan',
    searchHint: 'Kode, nama atau kata kunci',
    searchButton: 'Cari',
    filtersLabel: 'Saring',
    kindLabel: 'Jenis',
    kindAll: 'Semua jenis',
    sectorLabel: 'Sektor',
    sectorAll: 'Semua sektor',
    total: '{n} layanan',
    resultsLabel: 'Hasil pencarian',
    empty: 'Tidak ada layanan yang cocok.',
    emptyHint: 'Coba kata lain, atau hapus saringan.',
    clearFilters: 'Hapus pencarian dan saringan',
    sla: 'Selesai dalam {n} hari kerja',
    feeLabel: 'Biaya',
    fee: {
      free: 'Gratis',
      paid: 'Berbayar',
    },
    pagination: {
      label: 'Halaman hasil',
      previous: 'Sebelumnya',
      next: 'Berikutnya',
      pageOf: 'Halaman {page} dari {pages}',
    },
  },
  service: {
    backToCatalogue: 'Kembali ke katalog',
    standardLead: 'Standar pelayanan yang dipublikasikan sesuai Permenpan RB 15/2014.',
    version: 'Versi {version}, berlaku sejak {date}',
    summary: {
      code: 'Kode',
      kind: 'Jenis',
      sector: 'Sektor',
      time: 'Waktu',
      fee: 'Biaya',
    },
    retiredTitle: 'Layanan ini sudah tidak berlaku',
    retiredSince: 'Tidak menerima permohonan sejak {date}.',
    requirements: {
      title: 'Persyaratan',
      lead: 'Dokumen yang diunggah saat mengajukan permohonan.',
      types: 'Berkas: {types}, maksimal {size}',
      showOriginal: 'Tunjukkan dokumen asli bila diminta',
      stampDuty: 'Bermeterai Rp10.000',
      appliesTo: 'Untuk permohonan: {kinds}',
    },
    procedure: {
      title: 'Sistem, mekanisme dan prosedur',
      stagesTitle: 'Tahapan di kantor dan batas waktunya',
      stagesLead:
        'Batas waktu dihitung dalam hari kerja sejak berkas lengkap, dan berhenti selama berkas dikembalikan kepada Anda.',
      stageBy: 'oleh {role}',
    },
    time: {
      title: 'Jangka waktu penyelesaian',
      value: '{n} hari kerja',
      returnLimit: 'Jika berkas dikembalikan untuk diperbaiki, Anda punya {days} untuk memperbaikinya.',
    },
    cost: {
      title: 'Biaya/tarif',
      free: 'Gratis (Rp 0)',
      perUnitRate: '{rate} per {unit} {field}',
      perUnitBase: 'ditambah biaya dasar {base}',
      perUnitMinimum: 'paling sedikit {minimum}',
      unitFallback: 'satuan',
      legalBasis: 'Dasar hukum tarif: {basis}',
    },
    product: {
      title: 'Produk pelayanan',
      validFor: 'Masa berlaku: {duration}',
      noExpiry: 'Tidak ada masa berlaku tertentu',
    },
    complaints: {
      title: 'Penanganan pengaduan, saran dan masukan',
    },
    legalBasis: {
      title: 'Dasar hukum',
    },
    applicationKinds: {
      title: 'Jenis permohonan yang dilayani',
    },
    deemedApproval: {
      title: 'Jika keputusan terlambat',
      applies:
        'Berlaku fiktif positif: jika keputusan tidak dibuat dalam jangka waktu, permohonan dianggap dikabulkan (UU 30/2014 pasal 53 sebagaimana diubah).',
      notApplies: 'Ketentuan fiktif positif tidak berlaku untuk layanan ini.',
    },
    form: {
      show: 'Tampilkan daftar isian',
      title: 'Data yang diisi dalam permohonan',
      required: 'wajib',
    },
    apply: {
      lead: 'Ajukan secara daring, tanpa datang ke kantor. Anda perlu masuk dengan akun pemohon.',
      button: 'Ajukan permohonan',
    },
    notFoundTitle: 'Layanan tidak ditemukan',
    notFoundText: 'Tidak ada layanan dengan kode {code}. Mungkin kodenya salah ketik.',
  },
  account: {
    register: {
      title: 'Daftar akun pemohon',
      lead: 'Dengan akun ini Anda dapat mengajukan dan memantau permohonan. Gunakan data sesuai KTP.',
      nik: 'NIK (Nomor Induk Kependudukan)',
      nikHint: '16 angka, seperti tertulis di KTP Anda.',
      fullName: 'Nama lengkap',
      fullNameHint: 'Sesuai KTP.',
      email: 'Email',
      phone: 'Nomor HP',
      phoneHint: 'Nomor seluler Indonesia, misalnya 081234567890.',
      password: 'Kata sandi',
      passwordHint: 'Minimal 10 karakter, dan bukan kata sandi yang umum dipakai.',
      submit: 'Daftar',
      submitting: 'Mendaftarkan…',
      haveAccount: 'Sudah punya akun?',
    },
    login: {
      title: 'Masuk',
      lead: 'Masuk dengan email dan kata sandi akun pemohon Anda.',
      email: 'Email',
      password: 'Kata sandi',
      submit: 'Masuk',
      submitting: 'Memeriksa…',
      noAccount: 'Belum punya akun?',
      tooManyAttemptsWait: 'Terlalu banyak percobaan masuk. Coba lagi dalam {wait}.',
      lockedWait: 'Akun ini dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam {wait}.',
    },
    me: {
      title: 'Akun saya',
      details: 'Data akun',
      fullName: 'Nama',
      email: 'Email',
      phone: 'Nomor HP',
      nik: 'NIK',
      none: 'Tidak ada',
      logout: 'Keluar',
      loggingOut: 'Keluar…',
      nextStepsTitle: 'Langkah berikutnya',
      nextSteps: 'Pilih layanan di katalog untuk membaca persyaratannya sebelum mengajukan permohonan.',
    },
    password: {
      show: 'Tampilkan',
      hide: 'Sembunyikan',
      what: 'kata sandi',
      shown: 'Kata sandi ditampilkan',
    },
    errorSummary: 'Ada masalah',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    text: 'Alamat yang Anda buka tidak ada. Periksa kembali alamatnya, atau mulai dari beranda.',
    home: 'Ke beranda',
    catalogue: 'Ke katalog layanan',
  },
  // One message per stable API error code: the key path is the code itself ('nik.bad_birth_date').
  errors: {
    request: { invalid: 'Ada isian yang belum benar. Periksa kembali.' },
    // Schema problems of one field; {field} is the label of the field on the form.
    field: {
      required: '{field} wajib diisi.',
      type: '{field}: jenis isian tidak sesuai.',
      unknown: 'Kolom {field} tidak dikenal.',
      format: 'Format {field} tidak sesuai.',
      pattern: 'Format {field} tidak sesuai.',
      too_long: '{field} terlalu panjang.',
      too_short: '{field} terlalu pendek.',
      out_of_range: '{field} di luar batas yang diizinkan.',
      not_allowed: '{field}: pilih salah satu pilihan yang tersedia.',
      invalid: '{field} tidak sah.',
      invalid_characters: '{field} memuat karakter yang tidak diizinkan. Ketik ulang isiannya.',
      blank_or_invalid_characters: '{field} wajib diisi dengan teks, bukan spasi saja, dan tanpa karakter kontrol.',
    },
    nik: {
      format: 'NIK harus 16 angka, sesuai KTP.',
      unknown_province: 'NIK tidak valid: dua angka pertamanya bukan kode provinsi.',
      bad_region: 'NIK tidak valid: kode kabupaten/kota atau kecamatan di dalamnya salah.',
      bad_birth_date: 'NIK tidak valid: tanggal lahir di dalamnya (angka ke-7 sampai ke-12) tidak ada di kalender.',
      bad_serial: 'NIK tidak valid: nomor urut (4 angka terakhir) tidak boleh 0000.',
    },
    phone: { invalid: 'Nomor HP harus nomor seluler Indonesia, misalnya 081234567890.' },
    password: {
      too_short: 'Kata sandi minimal 10 karakter.',
      too_long: 'Kata sandi terlalu panjang.',
      too_common: 'Kata sandi ini terlalu umum dan mudah ditebak. Pilih kata sandi lain.',
      contains_personal_data: 'Kata sandi tidak boleh memuat email atau NIK Anda.',
    },
    email: { invalid: "Email harus berbentuk nama{'@'}domain, misalnya budi{'@'}contoh.id." },
    identity: {
      email_taken: 'Email ini sudah terdaftar. Silakan masuk, atau gunakan email lain.',
      nik_taken: 'NIK ini sudah terdaftar. Silakan masuk dengan akun yang sudah ada.',
    },
    auth: {
      invalid_credentials: 'Email atau kata sandi salah.',
      too_many_attempts: 'Terlalu banyak percobaan masuk. Tunggu sebentar, lalu coba lagi.',
      locked: 'Akun ini dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi nanti.',
      token_expired: 'Sesi Anda sudah berakhir. Silakan masuk lagi.',
      unauthenticated: 'Silakan masuk terlebih dahulu.',
      refresh_reused: 'Demi keamanan, sesi Anda diakhiri. Silakan masuk lagi.',
      session_ended: 'Sesi Anda sudah diakhiri (misalnya Anda keluar di perangkat lain). Silakan masuk lagi.',
      account_deactivated: 'Akun ini sudah dinonaktifkan. Hubungi DPMPTSP Kota Bandung.',
      reset_invalid: 'Tautan ini tidak berlaku (mungkin sudah diganti tautan yang lebih baru). Minta tautan baru.',
      reset_expired: 'Tautan ini sudah kedaluwarsa: tautan hanya berlaku 30 menit. Minta tautan baru.',
      reset_used: 'Tautan ini sudah dipakai. Jika Anda belum mengganti kata sandi, minta tautan baru.',
      wrong_password: 'Kata sandi saat ini salah.',
      code_invalid:
        'Kode tidak cocok, sudah kedaluwarsa, atau sudah 5 kali salah. Periksa kodenya, atau minta kode baru.',
      same_contact: 'Ini sudah alamat akun Anda. Masukkan alamat yang baru.',
    },
    catalogue: {
      not_found: 'Layanan tidak ditemukan.',
      retired: 'Layanan ini sudah tidak berlaku dan tidak menerima permohonan.',
    },
    applications: {
      not_found: 'Permohonan tidak ditemukan.',
      not_editable: 'Permohonan ini sedang diproses dan tidak dapat diubah lagi.',
      stale_version: 'Permohonan ini baru saja berubah. Muat ulang halaman, lalu ulangi.',
      field_locked: 'Bagian ini tidak diminta untuk diperbaiki, jadi tidak dapat diubah.',
      invalid_form: 'Ada isian yang belum benar. Periksa kembali.',
      incomplete: 'Permohonan belum lengkap. Lengkapi yang berikut ini, lalu kirim lagi.',
      kind_not_offered: 'Jenis permohonan ini tidak tersedia untuk layanan tersebut.',
      action_not_allowed:
        'Tindakan ini tidak dapat dilakukan pada tahap sekarang. Muat ulang untuk melihat status terbaru.',
      unknown_requirement: 'Persyaratan ini tidak berlaku untuk permohonan Anda.',
      document_not_found: 'Dokumen tidak ditemukan. Mungkin sudah dihapus atau diganti.',
    },
    documents: {
      too_large: 'Berkas terlalu besar.',
      type_not_accepted: 'Jenis berkas tidak diterima.',
      empty: 'Berkas kosong. Pilih berkas lain.',
      bad_file_name: 'Nama berkas tidak sah. Ganti nama berkasnya, lalu unggah lagi.',
      missing: 'Dokumen wajib belum diunggah.',
      no_file: 'Pilih berkas terlebih dahulu.',
      one_file_only: 'Unggah satu berkas saja.',
      not_a_pdf:
        'Berkas ini bukan PDF yang utuh (rusak atau terpotong). ' +
        'Simpan ulang atau cetak ulang ke PDF, lalu unggah lagi.',
      pdf_active_content:
        'PDF ini memuat skrip, berkas sisipan, atau tindakan otomatis, yang tidak diterima. ' +
        'Cetak ulang ke PDF biasa, lalu unggah lagi.',
      pdf_encrypted:
        'PDF ini dikunci dengan kata sandi sehingga tidak dapat diperiksa. ' +
        'Buka kuncinya atau cetak ulang ke PDF, lalu unggah lagi.',
      pdf_uninspectable: 'PDF ini tidak dapat diperiksa. Cetak ulang ke PDF, lalu unggah lagi.',
      image_corrupt: 'Gambar ini rusak atau tidak lengkap. Ambil atau simpan ulang gambarnya, lalu unggah lagi.',
      image_dimensions: 'Ukuran gambar harus antara 1 dan 20.000 piksel pada setiap sisi.',
      busy: 'Banyak berkas sedang diperiksa. Unggah lagi sebentar lagi.',
    },
    idempotency: {
      key_reused: 'Permintaan ini bertabrakan dengan permintaan sebelumnya. Muat ulang halaman, lalu ulangi.',
      bad_key: 'Permintaan tidak sah. Muat ulang halaman, lalu ulangi.',
      in_progress: 'Permintaan yang sama masih diproses. Tunggu sebentar, lalu coba lagi.',
    },
    complaints: {
      too_many_attachments: 'Paling banyak 3 lampiran untuk pengaduan dan untuk setiap jawaban.',
      closed: 'Pengaduan ini sudah selesai; tidak dapat ditambah lagi.',
      attachment_not_found: 'Lampiran tidak ditemukan.',
    },
    tracking: { not_found: 'Nomor registrasi atau kode lacak tidak cocok. Periksa kembali keduanya.' },
    payments: {
      no_invoice: 'Tagihan retribusi (SKRD) untuk permohonan ini belum ada.',
      not_paid: 'Tanda bukti pembayaran ada setelah bank mengonfirmasi pembayaran.',
    },
    permits: {
      not_issued: 'Izin untuk permohonan ini belum terbit.',
      not_found: 'Tidak ada izin dengan nomor ini.',
    },
    not_found: 'Data yang Anda cari tidak ditemukan.',
    rate_limited: 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.',
    internal: 'Terjadi kesalahan di server kami. Coba lagi beberapa saat lagi.',
    network: { unexpected_response: 'Server memberi jawaban yang tidak terduga. Coba lagi beberapa saat lagi.' },
  },
  errorFallback: {
    generic: 'Terjadi kesalahan. Coba lagi.',
    network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
    field: 'Isian ini belum benar.',
  },
  ...accountId,
  ...applicationsId,
  ...labelsId,
  ...paymentsId,
  ...permitsId,
  ...transparencyId,
  ...statsId,
  ...helpId,
  ...provisionalId,
  ...privacyId,
  ...complaintsId,
  ...consentsId,
  ...officeId,
}
