// Bahasa Indonesia: the help page, the glossary and each service's help page.
// vue-i18n treats { } @ | as syntax: write {'@'} for a literal at-sign.
export default {
  help: {
    contact: {
      hours: 'Jam layanan loket: {hours}',
      phone: 'Telepon',
      email: 'Email',
    },
    title: 'Bantuan',
    lead: 'Jawaban atas pertanyaan yang paling sering diajukan di loket, dan arti istilah yang Anda temui di Pintu.',
    faqTitle: 'Pertanyaan yang sering diajukan',
    faq: {
      howLong: {
        q: 'Berapa lama permohonan saya diproses?',
        a: 'Setiap layanan punya batas waktu dalam hari kerja, tercantum di standar pelayanannya. Perkiraan tanggal selesai tertulis di tanda terima dan di halaman lacak; hari libur nasional dan penutupan kantor yang diumumkan tidak dihitung.',
      },
      cost: {
        q: 'Berapa biayanya, dan ke mana saya membayar?',
        a: 'Hanya retribusi yang tercantum di standar pelayanan, dibayar ke rekening kas daerah melalui virtual account bank yang tertulis di SKRD. Banyak layanan tidak dipungut biaya sama sekali.',
      },
      levy: {
        q: 'Ada petugas yang meminta uang agar permohonan dipercepat. Apa yang harus saya lakukan?',
        a: 'Jangan membayar. Tidak ada jalur cepat berbayar: pembagian kerja dan urutan berkas ditentukan sistem, bukan petugas. Laporkan kepada Inspektorat Kota atau melalui SP4N-LAPOR!, dengan nomor registrasi Anda bila ada.',
      },
      track: {
        q: 'Bagaimana saya mengetahui posisi berkas saya?',
        a: 'Buka halaman Lacak dengan nomor registrasi dan kode lacak dari tanda terima, atau lihat di Akun saya bila Anda masuk. Setiap langkah juga tercatat di log transparansi publik yang dapat Anda periksa sendiri.',
      },
      returned: {
        q: 'Berkas saya dikembalikan. Apa artinya?',
        a: 'Petugas meminta Anda memperbaiki dokumen atau data tertentu, dengan alasannya. Perbaiki hanya yang diminta dan kirim ulang sebelum batas waktu yang tertulis; selama berkas di tangan Anda, waktu layanan kantor berhenti.',
      },
      deemed: {
        q: 'Bagaimana bila kantor tidak memutuskan dalam batas waktu?',
        a: 'Untuk layanan yang menurut undang-undang dianggap dikabulkan (fiktif positif, UU 30/2014 pasal 53), permohonan dianggap disetujui setelah batas waktu lewat dan izin diterbitkan dengan dasar itu.',
      },
      closed: {
        q: 'Bagaimana bila kantor tutup?',
        a: 'Permohonan daring tetap diterima. Hari penutupan yang diumumkan tidak dihitung dalam batas waktu, dan pemberitahuannya tampil di setiap halaman.',
      },
      counter: {
        q: 'Apakah saya harus datang ke kantor?',
        a: 'Tidak. Seluruh layanan dapat diajukan, dibayar dan diunduh secara daring. Bila perlu bantuan, petugas loket dapat mengajukan atas nama Anda dengan proses dan batas waktu yang sama.',
      },
    },
    glossaryTitle: 'Istilah',
    glossary: {
      retribusi: {
        term: 'Retribusi',
        meaning:
          'Pungutan daerah sebagai pembayaran atas izin tertentu, dengan tarif yang ditetapkan peraturan daerah.',
      },
      skrd: {
        term: 'SKRD (Surat Ketetapan Retribusi Daerah)',
        meaning: 'Surat yang menetapkan jumlah retribusi yang harus Anda bayar dan batas waktunya.',
      },
      virtualAccount: {
        term: 'Virtual account',
        meaning:
          'Nomor rekening khusus untuk satu tagihan; pembayaran ke nomor itu langsung tercatat untuk permohonan Anda.',
      },
      hariKerja: {
        term: 'Hari kerja',
        meaning:
          'Senin sampai Jumat, tidak termasuk hari libur nasional, cuti bersama dan hari penutupan kantor yang diumumkan.',
      },
      fiktifPositif: {
        term: 'Fiktif positif',
        meaning:
          'Permohonan dianggap dikabulkan secara hukum bila pejabat tidak memutuskannya dalam batas waktu (UU 30/2014 pasal 53).',
      },
      plt: {
        term: 'Plt. (Pelaksana Tugas)',
        meaning: 'Pejabat yang ditunjuk melaksanakan tugas jabatan yang kosong; izin yang ditandatanganinya sah.',
      },
      plh: {
        term: 'Plh. (Pelaksana Harian)',
        meaning: 'Pejabat yang ditunjuk sementara saat pejabat definitif berhalangan, misalnya cuti atau dinas luar.',
      },
      nik: {
        term: 'NIK (Nomor Induk Kependudukan)',
        meaning:
          'Nomor 16 angka di KTP Anda; dipakai untuk memastikan identitas pemohon dan tidak pernah ditampilkan di halaman publik.',
      },
      nib: {
        term: 'NIB (Nomor Induk Berusaha)',
        meaning: 'Identitas pelaku usaha yang diterbitkan sistem OSS, 13 angka.',
      },
      kbli: {
        term: 'KBLI',
        meaning: 'Klasifikasi Baku Lapangan Usaha Indonesia: kode 5 angka yang menyatakan jenis kegiatan usaha.',
      },
      oss: {
        term: 'OSS',
        meaning: 'Online Single Submission, sistem perizinan berusaha nasional; sebagian izin berawal di sana.',
      },
      pbg: {
        term: 'PBG dan IMB',
        meaning:
          'Persetujuan Bangunan Gedung (PBG) menggantikan Izin Mendirikan Bangunan (IMB) sejak PP 16/2021. Di katalog ini layanannya tercantum sebagai Izin Mendirikan Bangunan.',
      },
    },
    officeTitle: 'Kantor',
    officeOnline: 'Semua layanan dapat diajukan secara daring kapan saja; batas waktu dihitung dalam hari kerja.',
    toCatalogue: 'Lihat semua layanan',
  },
  serviceHelp: {
    title: 'Bantuan: {name}',
    notFound: 'Layanan ini tidak ditemukan.',
    prepareTitle: 'Yang perlu disiapkan',
    prepareLead:
      'Siapkan dokumen berikut sebagai PDF atau foto yang jelas sebelum mulai mengisi. Anda dapat menyimpan dan melanjutkan nanti.',
    scanTip:
      'Foto dokumen di tempat terang, seluruh halaman terlihat, tanpa bayangan. Berkas yang buram adalah alasan pengembalian yang paling mudah dihindari.',
    returnsTitle: 'Alasan berkas dikembalikan, dan cara menghindarinya',
    returnsLead:
      'Petugas hanya boleh mengembalikan berkas dengan salah satu alasan berikut, dan menuliskan apa yang perlu diperbaiki.',
    advice: {
      document_missing:
        'Periksa daftar di atas untuk jenis permohonan Anda (baru, perubahan, perpanjangan); unggah setiap dokumen wajib.',
      document_unreadable: 'Unggah hasil pindai atau foto yang tajam; pastikan semua halaman ada dan tulisan terbaca.',
      document_invalid:
        'Unggah dokumen asli yang sah (bertanda tangan dan berstempel bila perlu), bukan contoh atau draf.',
      document_expired: 'Periksa masa berlaku KTP, akta, sertifikat atau izin lama sebelum mengunggah.',
      data_incomplete: 'Isi semua pertanyaan formulir; yang tidak wajib ditandai “(opsional)”.',
      data_mismatch: 'Pastikan nama, alamat dan nomor di formulir sama persis dengan yang tertulis di dokumen.',
      other: 'Baca catatan petugas pada berkas Anda; bila tidak jelas, hubungi kantor dengan nomor registrasi Anda.',
    },
    moreHelp: 'Bantuan umum dan daftar istilah',
    link: 'Bantuan untuk layanan ini',
  },
}
