// Bahasa Indonesia texts of the issued permit and its public verification (part of id.ts).
// vue-i18n treats { } @ | as syntax: write {'@'} for a literal at-sign.
export default {
  permit: {
    title: 'Izin Anda sudah terbit',
    lead: 'Izin ini ditandatangani secara elektronik oleh DPMPTSP Kota Bandung. Anda tidak perlu mengambilnya ke kantor: unduh dan cetak sendiri bila perlu.',
    standing: 'Status izin',
    revoked: 'Dicabut',
    download: 'Unduh izin (PDF)',
    downloading: 'Mengunduh…',
    verifyTitle: 'Keabsahan izin',
    verifyText:
      'Kode QR pada izin membuka halaman verifikasi di alamat berikut. Siapa pun yang Anda beri izin ini dapat memeriksa keabsahannya di sana tanpa masuk.',
    verifyLink: 'Periksa keabsahan izin ini',
    data: {
      number: 'Nomor izin',
      holderName: 'Nama pemegang izin',
      service: 'Jenis izin',
      kind: 'Jenis permohonan',
      registrationNo: 'Nomor registrasi',
      issuedOn: 'Tanggal terbit',
      validUntil: 'Berlaku sampai',
      noExpiry: 'Tidak ada tanggal berakhir',
      approvalBasis: 'Dasar persetujuan',
      deemedByLaw: 'Dianggap dikabulkan secara hukum karena keputusan tidak dibuat tepat waktu (UU 30/2014 Pasal 53)',
      signer: 'Ditandatangani oleh',
      office: 'Diterbitkan oleh',
    },
  },
  verify: {
    title: 'Verifikasi izin',
    lead: 'Periksa apakah izin yang diterbitkan DPMPTSP Kota Bandung sah. Pindai kode QR pada izin, atau ketik nomor izinnya di bawah. Anda tidak perlu masuk.',
    formTitle: 'Periksa nomor izin',
    another: 'Periksa izin lain',
    number: 'Nomor izin',
    numberHint: 'Seperti tertulis pada izin, termasuk garis miring, misalnya 510/12/SIUP/DPMPTSP/III/2026.',
    badNumber:
      'Nomor izin ini tidak dikenali. Ketik seperti tertulis pada izin, misalnya 510/12/SIUP/DPMPTSP/III/2026.',
    submit: 'Periksa',
    checking: 'Memeriksa…',
    rateLimitedWait: 'Terlalu banyak pemeriksaan. Coba lagi dalam {wait}.',
    numberChecked: 'Nomor izin: {number}',
    revokedAt: 'Dicabut pada {date}.',
    revokedReason: 'Alasan: {reason}',
    expiredOn: 'Masa berlakunya berakhir {date}.',
    code: 'Kode verifikasi (opsional)',
    codeHint:
      'Tercetak pada izin di bawah kode QR. Dengan kode ini, seluruh data izin ditampilkan, termasuk nama ' +
      'pemegangnya.',
    badCode: 'Kode verifikasi hanya berisi huruf dan angka, seperti tertulis pada izin.',
    summaryTitle: 'Keterangan izin',
    summaryLead: 'Yang dapat ditunjukkan dengan nomor izin saja.',
    needsCodeTitle: 'Data pemegang izin',
    needsCode:
      'Nama pemegang izin dan data lainnya hanya ditampilkan dengan kode verifikasi yang tercetak pada ' +
      'izin. Pindai kode QR pada izin, atau ketik kodenya di formulir di bawah.',
    wrongCodeTitle: 'Kode verifikasi tidak cocok',
    wrongCode:
      'Kode yang dimasukkan bukan kode izin ini, jadi data pemegang izin tidak ditampilkan. Periksa ' +
      'kembali kode yang tercetak pada izin, di bawah kode QR.',
    printedTitle: 'Data yang tercetak pada izin',
    printedLead: 'Cocokkan dengan izin yang Anda pegang. Halaman ini hanya menampilkan apa yang tercetak pada izin.',
    pades: {
      title: 'Tanda tangan elektronik tersertifikasi',
      lead: 'Berkas PDF izin ini ditandatangani dengan sertifikat elektronik penanda tangan (PAdES). Aplikasi pembaca PDF dapat memeriksanya sendiri.',
      simulator:
        'Ditandatangani dengan SIMULATOR otoritas sertifikat lokal: hanya untuk uji coba dan demo, tidak diakui sebagai tanda tangan tersertifikasi.',
      none: 'PDF izin ini tidak membawa tanda tangan elektronik tersertifikasi. Keabsahannya diperiksa dengan tanda tangan elektronik atas data izin.',
      signer: 'Penanda tangan',
      nip: 'NIP',
      certTitle: 'Jabatan di sertifikat',
      actingAs: 'Bertindak sebagai',
      actingKind: {
        plt: 'Pelaksana Tugas (Plt.), berdasarkan pendelegasian {id}',
        plh: 'Pelaksana Harian (Plh.), berdasarkan pendelegasian {id}',
      },
      serial: 'Nomor seri sertifikat',
      validity: 'Masa berlaku sertifikat',
      validityRange: '{from} sampai {until}',
      chain: 'Rantai sertifikat (penanda tangan lebih dulu)',
      timestamp: 'Waktu penandatanganan (cap waktu)',
      authority: 'Otoritas cap waktu',
      noTimestamp: 'Tanpa cap waktu',
      level: 'Tingkat PAdES',
    },
    howItWorks:
      'Setiap izin ditandatangani secara elektronik atas seluruh data yang tercetak padanya. Jika data di catatan kantor diubah, tanda tangannya tidak cocok lagi dan halaman ini mengatakannya.',
    status: {
      valid: {
        title: 'Izin ini sah',
        text: 'Izin ini tercatat di DPMPTSP Kota Bandung, tanda tangan elektroniknya cocok dengan datanya, dan masih berlaku.',
      },
      revoked: {
        title: 'Izin ini sudah dicabut',
        text: 'Izin ini pernah diterbitkan, tetapi sudah dicabut dan tidak berlaku lagi.',
      },
      expired: {
        title: 'Masa berlaku izin ini sudah habis',
        text: 'Izin ini asli, tetapi masa berlakunya sudah lewat sehingga tidak berlaku lagi.',
      },
      invalid: {
        title: 'Izin ini tidak sah',
        text: 'Catatan izin ini tidak cocok dengan tanda tangan elektroniknya: datanya telah diubah. Jangan mengandalkan izin ini, dan laporkan kepada DPMPTSP Kota Bandung.',
      },
      unknown: {
        title: 'Izin tidak ditemukan',
        text: 'Tidak ada izin dengan nomor ini dalam catatan DPMPTSP Kota Bandung. Periksa kembali nomornya. Jika Anda membuka halaman ini dari kode QR, izin tersebut kemungkinan palsu.',
      },
    },
  },
}
