// Bahasa Indonesia texts of choosing the office (part of pages.id.ts).
export default {
  office: {
    title: 'Pilih kantor',
    lead: 'Layanan ini melayani beberapa kota dan kabupaten. Pilih provinsi, lalu kota atau kabupaten tempat izin Anda diajukan: katalog, permohonan, dan pelacakan kemudian memakai kantor itu.',
    current: 'Kantor sekarang: {office}',
    province: 'Provinsi',
    region: 'Kabupaten/kota',
    choose: 'Gunakan kantor ini',
    only: 'Layanan ini hanya melayani {office}.',
    toHome: 'Ke beranda',
    unknown: 'Kode kantor {code} tidak dilayani di sini. Pilih kantor di bawah ini.',
    link: 'Tautan untuk langsung membuka kantor ini: {link}',
    hostOnly:
      'Alamat ini hanya melayani {office}. Buka {chosen} di alamatnya sendiri, atau tanyakan alamatnya kepada kantor tersebut.',
    signedIn: {
      title: 'Anda sedang masuk di {office}',
      text: 'Akun dan sesi Anda berlaku di kantor tempat Anda masuk. Untuk memakai {chosen}, Anda akan keluar lebih dulu. Permohonan Anda tetap tersimpan di {office}; masuk lagi di sana kapan saja.',
      confirm: 'Keluar dan pindah ke {chosen}',
      cancel: 'Tetap di {office}',
    },
  },
}
