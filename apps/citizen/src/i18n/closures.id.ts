// Bahasa Indonesia texts of the notice shown while the office is declared closed (part of id.ts).
export default {
  closure: {
    title: 'Kantor DPMPTSP sedang tutup',
    short: 'Layanan daring tetap berjalan; hari tutup tidak dihitung dalam waktu layanan.',
    shortUntil: 'Tutup sampai dengan {to}.',
    shortSince: 'Tutup sejak {from}.',
    details: 'Baca selengkapnya',
    dismiss: 'Sembunyikan pemberitahuan',
    pageLead: 'Pemberitahuan resmi penutupan kantor, dengan alasan dan dasar hukumnya.',
    noneTitle: 'Kantor DPMPTSP buka seperti biasa',
    none: 'Saat ini tidak ada penutupan kantor yang diumumkan.',
    period: 'Tutup sejak {from} sampai dengan {to}.',
    since: 'Tutup sejak {from}, sampai ada pengumuman berikutnya.',
    legalBasis: '(Dasar: {basis})',
    intake: 'Layanan daring tetap berjalan: permohonan tetap diterima, dibayar melalui bank, dan dapat dilacak.',
    clock: 'Hari tutup tidak dihitung dalam waktu layanan; batas waktu permohonan bergeser sebanyak hari tutup.',
  },
}
