// Bahasa Indonesia messages of officer administration: roles under a two-person rule, role
// requests, role changes and deactivation. Spread into id.ts; officerAdmin.en.ts must match.
export default {
  signers: {
    heading: 'Tanda tangan elektronik tersertifikasi',
    noService: 'Layanan tanda tangan elektronik belum dikonfigurasi (PINTU_SIGNING_SERVICE).',
    notASigner: 'Petugas ini tidak dapat bertindak sebagai penanda tangan.',
    simulatorNotice:
      'SIMULATOR otoritas sertifikat lokal: untuk uji dan demo saja, bukan sertifikat elektronik yang sah.',
    title: 'Jabatan di sertifikat',
    serial: 'Nomor seri sertifikat',
    validUntil: 'Berlaku sampai',
    revokeReason: 'Alasan pencabutan',
    revoke: 'Cabut pendaftaran dan sertifikat',
    nik: 'NIK penanda tangan',
    nip: 'NIP',
    passphrase: 'Passphrase penanda tangan',
    passphraseHelp:
      'Diketik sendiri oleh penanda tangan (minimal 8 karakter). Tidak disimpan; hanya penanda tangan yang mengetahuinya.',
    enrol: 'Daftarkan penanda tangan',
    enrolled: '{name} terdaftar sebagai penanda tangan elektronik.',
    revoked: 'Pendaftaran penanda tangan {name} dicabut.',
    nikInvalid: 'NIK terdiri dari 16 angka.',
    nipInvalid: 'NIP terdiri dari 18 angka.',
    titleRequired: 'Isi jabatan (minimal 3 karakter).',
    passphraseShort: 'Passphrase minimal 8 karakter.',
    reasonRequired: 'Isi alasan (minimal 5 karakter).',
  },
  officerAdmin: {
    pendingLabel: 'Menunggu persetujuan admin kedua',
    pending: 'menunggu persetujuan admin kedua: {roles}',
    noRoles: 'Tidak ada peran yang berlaku',
    status: 'Status akun',
    active: 'Aktif',
    deactivated: 'Dinonaktifkan',
    manage: 'Kelola {name}',
    dualControlNote:
      'Peran Administrator, Bendahara, Penandatangan dan Pengawas/Pimpinan tidak langsung berlaku: ' +
      'admin kedua, yang tidak memintanya dan tidak terkait dengan Anda atau petugasnya, harus menyetujuinya ' +
      'di halaman Permintaan peran. Peran lain berlaku segera.',
    needsSecondAdmin: 'perlu persetujuan admin kedua',
    createdPending: 'Menunggu persetujuan admin kedua: {roles}. Peran ini belum berlaku sampai disetujui.',
    pageTitle: 'Kelola petugas',
    notFound: 'Petugas ini tidak ada di daftar petugas kantor.',
    rolesTitle: 'Peran',
    rolesIntro:
      'Peran yang dicabut dan peran tanpa kendali ganda berubah segera; semua sesi petugas ini diakhiri agar ' +
      'peran barunya berlaku. Peran dengan kendali ganda diminta dan menunggu admin kedua.',
    rolesSave: 'Simpan peran',
    rolesSaving: 'Menyimpan…',
    rolesSaved: 'Peran disimpan. Berlaku sekarang: {roles}.',
    rolesSavedPending: 'Peran disimpan. Berlaku sekarang: {roles}. Menunggu persetujuan admin kedua: {pending}.',
    ownRoles:
      'Ini akun Anda sendiri: setelah disimpan, sesi Anda diakhiri dan Anda perlu masuk kembali dengan ' +
      'peran baru.',
    deactivateTitle: 'Nonaktifkan akun',
    deactivateIntro:
      'Seketika: semua sesinya berakhir, akun tidak dapat masuk lagi, berkas yang dipegangnya dialihkan ' +
      'sistem ke petugas lain, dan delegasi tanda tangan kepadanya dicabut.',
    deactivateReason: 'Alasan penonaktifan',
    deactivateReasonHelp: 'Dicatat dalam jejak audit. Minimal 10 karakter.',
    deactivate: 'Nonaktifkan akun',
    deactivateConfirmTitle: 'Nonaktifkan akun {name}?',
    deactivateConfirmText: 'Tindakan ini tidak dapat dibatalkan dari halaman ini.',
    deactivateConfirm: 'Ya, nonaktifkan',
    deactivatedResult: 'Akun {name} dinonaktifkan. {count} berkas dialihkan ke petugas lain.',
    alreadyDeactivated: 'Akun ini sudah dinonaktifkan: perannya tidak dapat diubah lagi.',
    ownAccount: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    backToList: 'Kembali ke daftar petugas',
    grantsTitle: 'Permintaan peran',
    grantsIntro:
      'Peran dengan kendali ganda berlaku setelah disetujui admin kedua. API menolak persetujuan dari admin ' +
      'yang meminta, dari petugas yang bersangkutan, dan dari akun yang terkait dengan keduanya.',
    grantsReadOnly: 'Anda dapat membaca permintaan ini, tetapi tidak memutuskannya.',
    grantsEmpty: 'Belum ada permintaan peran.',
    grantOfficer: 'Petugas',
    grantRoles: 'Peran yang diminta',
    grantRequested: 'Diminta oleh',
    grantOutcome: 'Keputusan',
    grantActions: 'Tindakan',
    waiting: 'Menunggu',
    approvedBy: 'Disetujui oleh {name}, {date}',
    refusedBy: 'Ditolak oleh {name}, {date}',
    approve: 'Setujui',
    refuse: 'Tolak',
    approveLabel: 'Setujui peran untuk {name}',
    refuseLabel: 'Tolak peran untuk {name}',
    ownRequest: 'Anda yang meminta: admin lain harus menyetujuinya.',
    forYou: 'Permintaan untuk Anda: admin lain harus menyetujuinya.',
    approved: 'Peran {roles} untuk {name} disetujui dan berlaku. Sesi {name} diakhiri agar peran itu terbawa.',
    refused: 'Permintaan peran {roles} untuk {name} ditolak.',
  },
}
