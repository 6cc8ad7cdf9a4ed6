// Bahasa Indonesia: the citizen's own check of a file's history in the public transparency log.
export default {
  logPage: {
    title: 'Log transparansi',
    lead: 'Setiap perubahan pada permohonan, pembayaran dan izin dicatat di log publik yang hanya dapat bertambah: satu log untuk semua kantor yang dilayani layanan ini, setiap catatan menyebut kantornya. Layanan ini menandatanganinya, dan saksi independen ikut menandatangani bahwa mereka melihat log yang sama.',
    size: 'Jumlah catatan',
    checkpointAt: 'Ditandatangani terakhir',
    never: 'Belum ada',
    keyId: 'ID kunci log',
    witnessesTitle: 'Saksi independen',
    witnessesLead:
      'Log ini mensyaratkan {quorum} saksi. Setiap saksi menolak menandatangani log yang riwayatnya ditulis ulang.',
    noWitnesses: 'Belum ada saksi yang dikonfigurasi.',
    witnessNever: 'belum pernah menandatangani',
    witnessLast: 'menandatangani log berukuran {size} pada {at}',
    yourselfTitle: 'Periksa dengan alat Anda sendiri',
    yourselfTiles:
      'Log disajikan menurut standar C2SP tlog-tiles; klien tlog-tiles mana pun dapat membacanya di alamat ini:',
    yourselfKey: 'Tanda tangannya diperiksa dengan kunci verifikasi ini (format signed-note):',
    yourselfFile: 'Untuk berkas Anda sendiri, buka halaman lacak atau permohonan Anda dan pilih "Periksa sekarang".',
  },
  logCheck: {
    title: 'Periksa sendiri di log publik',
    lead: 'Setiap langkah tercatat di log transparansi publik yang tidak dapat diubah tanpa ketahuan. Peramban Anda dapat memeriksanya sendiri, tanpa harus memercayai server kami.',
    leadPermit:
      'Penerbitan izin ini tercatat di log transparansi publik. Peramban Anda dapat memeriksa sendiri bahwa catatannya ada dan tidak diubah.',
    run: 'Periksa sekarang',
    running: 'Memeriksa…',
    okTitle: 'Terverifikasi',
    okEntries:
      'Tidak ada catatan untuk diperiksa. | {n} catatan berkas ini ada di log publik dan tidak diubah. | {n} catatan berkas ini ada di log publik dan tidak diubah.',
    okSigned: 'Log ditandatangani dengan kunci log (ID kunci {keyId}), pada ukuran log {treeSize}.',
    okWitnesses:
      'Belum ada saksi independen yang ikut menandatangani. | Disaksikan oleh 1 saksi independen: {names}. | Disaksikan oleh {n} saksi independen: {names}.',
    okQuorum: 'Log ini mensyaratkan {quorum} saksi.',
    okGrew: 'Sejak pemeriksaan terakhir di peramban ini, log hanya bertambah; tidak ada yang ditulis ulang.',
    okFirst: 'Peramban ini akan mengingat log ini dan memeriksa bahwa ke depannya log hanya bertambah.',
    pending:
      'Tidak ada langkah yang menunggu. | 1 langkah terbaru belum masuk log; coba lagi beberapa detik lagi. | {n} langkah terbaru belum masuk log; coba lagi beberapa detik lagi.',
    failTitle: 'Pemeriksaan gagal',
    failText:
      'Jangan anggap riwayat ini pasti benar. Laporkan kepada Inspektorat dan simpan tangkapan layar halaman ini.',
    problem: {
      bad_signature: 'Tanda tangan log tidak sah.',
      wrong_origin: 'Catatan ini berasal dari log lain.',
      size_mismatch: 'Bukti tidak cocok dengan ukuran log yang ditandatangani.',
      entry_not_included: 'Ada catatan yang tidak terdapat di log yang ditandatangani: catatan itu telah diubah.',
      key_changed: 'Kunci log berbeda dari yang diingat peramban ini.',
      not_consistent:
        'Log tidak lagi sesuai dengan yang diperiksa sebelumnya di peramban ini: riwayatnya telah ditulis ulang.',
      permit_differs: 'Data izin yang ditampilkan berbeda dari yang tercatat saat izin diterbitkan.',
    },
    unavailable: 'Log belum dapat diperiksa saat ini. Coba lagi nanti.',
    details: 'Catatan di log ({n})',
    position: 'Posisi {index}',
  },
}
