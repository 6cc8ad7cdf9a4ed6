// Bahasa Indonesia: the privacy notice where NIK and personal data are collected (UU 27/2022
// tentang Pelindungan Data Pribadi), and the applicant's own data export. Part of pages.id.ts.
export default {
  privacy: {
    summary: 'Bagaimana data pribadi Anda digunakan',
    title: 'Pemberitahuan privasi',
    lead: 'DPMPTSP Kota Bandung adalah pengendali data pribadi yang Anda berikan di Pintu, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
    whatTitle: 'Apa yang disimpan',
    what: 'NIK, nama lengkap, alamat surel dan nomor ponsel akun Anda; isian formulir dan dokumen setiap permohonan; dan riwayat permohonan (siapa bertindak, menurut perannya, dan kapan).',
    whyTitle: 'Untuk apa',
    why: 'Hanya untuk memproses permohonan izin dan non-izin Anda: memastikan identitas pemohon, memeriksa persyaratan, menerbitkan SKRD dan izin, serta menghubungi Anda tentang permohonan. Dasar pemrosesannya adalah pelaksanaan pelayanan publik dan kewenangan dinas berdasarkan peraturan perundang-undangan (UU 27/2022 Pasal 20).',
    howLongTitle: 'Berapa lama',
    howLong:
      'Data akun disimpan selama akun Anda ada. Permohonan yang diajukan dan dokumennya disimpan sebagai arsip dinas selama izin berlaku dan sesudahnya sesuai jadwal retensi arsip pemerintah kota. Draf yang Anda hapus langsung dihapus isian dan dokumennya; yang tersisa hanya catatan bahwa draf itu pernah dibuat dan dihapus.',
    whoTitle: 'Siapa yang melihat',
    who: 'Anda sendiri; petugas yang ditugaskan sistem pada tahap permohonan Anda; kepala bidang, kepala dinas dan pengawas; dan inspektorat saat audit. Setiap kali petugas membuka data pribadi Anda, hal itu dicatat dalam log audit. Pelacakan publik dan log transparansi tidak memuat data pribadi. Data Anda tidak dijual dan tidak diberikan kepada pihak lain, kecuali diwajibkan peraturan perundang-undangan.',
    timingsTitle: 'Pengukuran kecepatan',
    timings:
      'Agar kami tahu seberapa lambat Pintu terasa di ponsel warga, peramban Anda mengirim tiga angka kecepatan setiap kunjungan (LCP, INP dan CLS) beserta nama halamannya, misalnya "lacak". Hanya itu: tanpa alamat halaman, nomor registrasi, kode lacak, identitas, akun, sesi, alamat IP atau jenis peramban, dan yang disimpan hanya jumlahnya per menit. Tidak ada yang dikirim bila peramban Anda meminta Jangan Lacak (Do Not Track) atau Global Privacy Control. Hasilnya terbuka di halaman Statistik layanan.',
    rightsTitle: 'Hak Anda',
    rights:
      'Anda berhak melihat dan mendapatkan salinan data Anda, membetulkannya, dan menghapus draf yang belum diajukan. Salinan data Anda dapat diunduh dari halaman Akun saya.',
    readAll: 'Baca pemberitahuan privasi selengkapnya',
    prefilled:
      'Kami sudah mengisi NIK, nama, nomor ponsel dan surel dari akun Anda. Periksa dan ubah bila permohonan ini untuk orang lain.',
  },
  myData: {
    title: 'Data Anda',
    lead: 'Unduh semua data yang disimpan Pintu tentang Anda: akun, isian dan dokumen setiap permohonan, serta riwayatnya, dalam satu berkas JSON.',
    download: 'Unduh data saya (JSON)',
    downloading: 'Menyiapkan…',
    privacyLink: 'Pemberitahuan privasi',
  },
}
