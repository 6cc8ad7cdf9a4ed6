// Bahasa Indonesia messages of how far the published holiday calendar reaches, and of due dates
// past it (provisional). Spread into id.ts; calendarStatus.en.ts must match.
export default {
  provisional: {
    word: 'perkiraan',
    why: 'kalender libur {year} belum ditetapkan',
  },
  calendarStatus: {
    reach: 'Kalender libur resmi tercatat lengkap sampai {date}. Tenggat sesudahnya hanya perkiraan.',
    reachNone: 'Belum ada tahun yang kalender liburnya ditandai lengkap: semua tenggat hanya perkiraan.',
    warningTitle: 'Kalender libur resmi hampir habis',
    warning:
      'Kalender resmi hanya sampai {date}. Tenggat sesudahnya hanya perkiraan sampai libur tahun {year} ' +
      'dimasukkan.',
    todo:
      'Yang perlu dilakukan: begitu SKB tiga menteri tentang libur nasional dan cuti bersama tahun {year} ' +
      'terbit, masukkan setiap tanggalnya dengan formulir "Tambah libur", lalu tandai tahun {year} lengkap.',
    yearsTitle: 'Tahun yang kalendernya lengkap',
    yearEntry: '{year}: {basis}',
    publishTitle: 'Tandai kalender satu tahun lengkap',
    publishIntro:
      'Tandai sebuah tahun setelah semua libur nasional dan cuti bersama dari SKB tahun itu ' +
      'dimasukkan. Tenggat pada tahun itu lalu tidak lagi perkiraan.',
    year: 'Tahun yang ditandai lengkap',
    yearInvalid: 'Isi tahun 2000 sampai 2099.',
    basis: 'Nomor SKB tiga menteri tahun itu',
    basisHelp: 'Misalnya SKB Nomor 1497 Tahun 2026. Minimal 5 karakter.',
    publish: 'Tandai lengkap',
    publishing: 'Menyimpan…',
    published: 'Kalender tahun {year} ditandai lengkap. Tenggat pada tahun itu tidak lagi perkiraan.',
  },
}
