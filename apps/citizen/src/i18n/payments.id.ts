// Bahasa Indonesia texts of paying the retribusi (SKRD) by bank virtual account (part of id.ts).
// vue-i18n treats { } @ | as syntax: write {'@'} for a literal at-sign.
export default {
  payment: {
    title: 'Bayar retribusi',
    lead: 'Permohonan Anda disetujui. Izin ditandatangani dan terbit setelah retribusi dibayar lunas melalui bank. Berikut Surat Ketetapan Retribusi Daerah (SKRD) Anda.',
    number: 'Nomor SKRD',
    amount: 'Jumlah yang harus dibayar',
    virtualAccount: 'Nomor virtual account',
    dueDate: 'Bayar paling lambat',
    status: 'Status pembayaran',
    statusLabel: {
      unpaid: 'Belum dibayar',
      paid: 'Lunas',
    },
    paidAt: 'Dibayar pada',
    bankReference: 'Referensi bank',
    download: {
      invoice: 'Unduh SKRD (PDF)',
      receipt: 'Unduh tanda bukti pembayaran (PDF)',
      preparing: 'Menyiapkan…',
    },
    copy: 'Salin nomor virtual account',
    copied: 'Nomor virtual account disalin.',
    copyFailed: 'Tidak dapat menyalin otomatis. Nomor sudah dipilih; salin secara manual.',
    how: {
      title: 'Cara membayar',
      lead: 'Bayar ke nomor virtual account di atas dengan salah satu cara berikut.',
      atm: {
        title: 'ATM',
        text: 'pilih menu pembayaran atau transfer ke Virtual Account, masukkan nomor virtual account, periksa nama tagihan dan jumlahnya, lalu konfirmasi. Simpan struknya.',
      },
      mobile: {
        title: 'Mobile banking atau internet banking',
        text: 'pilih pembayaran Virtual Account, tempel atau ketik nomornya, periksa nama tagihan dan jumlahnya, lalu konfirmasi.',
      },
      teller: {
        title: 'Teller bank',
        text: 'tunjukkan atau sebutkan nomor virtual account dan jumlahnya kepada teller, lalu simpan bukti setorannya.',
      },
      exact:
        'Bayar tepat {amount}. Pembayaran tercatat otomatis begitu bank mengonfirmasinya; Anda tidak perlu mengirim atau mengantar bukti bayar ke kantor.',
    },
    noCash: {
      title: 'Petugas tidak menerima uang',
      text: 'Retribusi hanya dibayar melalui bank ke nomor virtual account ini. Tidak ada petugas DPMPTSP yang boleh menerima uang tunai atau transfer, di kantor maupun di luar kantor, dan tidak ada jalur cepat berbayar. Permintaan uang di luar tagihan ini adalah pungutan liar: jangan membayar, dan laporkan.',
    },
    paid: {
      title: 'Retribusi sudah dibayar',
      announce: 'Pembayaran diterima. Permohonan Anda sekarang menunggu tanda tangan.',
    },
    simulator: {
      title: 'Bank simulasi',
      text:
        'Bank pada instalasi Pintu ini disimulasikan. Tombol di bawah meniru bank yang membayar nomor virtual ' +
        'account ini; tidak ada uang sungguhan yang berpindah. Di instalasi resmi tombol ini tidak ada.',
      pay: 'Bayar dengan bank simulasi',
      paying: 'Membayar…',
      outcome: {
        amount_mismatch:
          'Simulator bank mengirim jumlah yang berbeda dari tagihan; pembayaran ditahan untuk diperiksa bendahara.',
        unknown_invoice: 'Simulator bank tidak mengenali nomor virtual account ini.',
      },
    },
  },
}
