// Bahasa Indonesia messages of the backlog report page; reports.en.ts must match. Loaded with the
// page (features/reports/messages.ts), not at start: the first route stays within its budget.
export default {
  reports: {
    backlog: {
      title: 'Laporan tunggakan',
      intro:
        'Berkas yang sudah diterima dan belum selesai: di tahap mana, dipegang siapa, dan sudah berapa hari kerja ' +
        'sejak diterima. Termasuk yang masuk selama kantor tutup.',
      asOf: 'Per tanggal',
      asOfHelp: 'Angka pada akhir hari itu (zona waktu kantor). Kosongkan untuk hari ini.',
      show: 'Tampilkan',
      loading: 'Memuat laporan…',
      summary: 'Per {date}: {files} berkas menunggu, {overdue} terlambat.',
      filtersLegend: 'Saring tabel',
      stage: 'Tahap',
      channel: 'Kanal',
      assignee: 'Petugas',
      all: 'Semua',
      nobody: 'Tidak dipegang siapa pun',
      channels: { online: 'Daring', counter: 'Loket' },
      kinds: { izin: 'Izin', non_izin: 'Non-izin' },
      byAssigneeTitle: 'Per petugas',
      rowsTitle: 'Rincian per layanan, tahap, kanal dan petugas',
      shown: 'Ditampilkan {files} berkas, {overdue} terlambat.',
      service: 'Layanan',
      kind: 'Jenis',
      files: 'Berkas',
      overdue: 'Terlambat',
      age: 'Umur (hari kerja)',
      ageBucket: '{bucket} hari',
      empty: 'Tidak ada berkas yang menunggu.',
      emptyFiltered: 'Tidak ada baris untuk saringan ini.',
      csv: 'Unduh CSV',
      csvBusy: 'Mengunduh…',
    },
    problems: { badDate: 'Tulis tanggal yang ada di kalender.' },
  },
  errors: { stats: { future_date: 'Tanggal tidak boleh di masa depan.' } },
}
