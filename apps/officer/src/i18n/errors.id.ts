// Bahasa Indonesia messages for the API's error codes; errors.en.ts must have the same keys.
export default {
  errors: {
    complaints: {
      not_found: 'Pengaduan tidak ditemukan.',
      not_handler: 'Laporan pungli ditangani Inspektorat; pengaduan lain ditangani supervisor.',
      step_not_allowed: 'Langkah ini tidak tersedia pada status pengaduan sekarang.',
      forward_target_required: 'Sebutkan unit tujuan.',
      outcome_required: 'Pilih hasil penutupan.',
      attachment_not_found: 'Lampiran tidak ditemukan.',
      stale: 'Pengaduan baru saja diubah orang lain; muat ulang.',
    },
    generic: 'Terjadi kesalahan. Coba lagi atau hubungi Administrator.',
    network: 'Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.',
    not_found: 'Data tidak ditemukan.',
    rate_limited: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
    internal: 'Terjadi kesalahan di server. Coba lagi nanti.',
    request: { invalid: 'Isian tidak valid. Periksa kolom yang ditandai.' },
    auth: {
      invalid_credentials: 'Email atau kata sandi salah.',
      too_many_attempts: 'Terlalu banyak percobaan masuk. Tunggu sebentar sebelum mencoba lagi.',
      locked: 'Akun atau alamat ini dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi nanti.',
      token_expired: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
      unauthenticated: 'Silakan masuk terlebih dahulu.',
      forbidden: 'Peran Anda tidak mengizinkan tindakan ini.',
      refresh_reused: 'Sesi ini dipakai di tempat lain dan telah dicabut demi keamanan. Silakan masuk kembali.',
      session_ended: 'Sesi ini telah diakhiri. Silakan masuk kembali.',
      account_deactivated: 'Akun ini telah dinonaktifkan. Hubungi Administrator kantor.',
    },
    field: {
      invalid_characters: 'Isian memuat karakter yang tidak diizinkan (karakter kontrol atau karakter rusak).',
      blank_or_invalid_characters: 'Isi dengan teks, bukan spasi saja, dan tanpa karakter kontrol.',
    },
    signing: {
      passphrase_required: 'Masukkan passphrase tanda tangan elektronik Anda untuk menandatangani.',
      wrong_passphrase: 'Passphrase tanda tangan elektronik salah. Tidak ada yang ditandatangani.',
      too_many_attempts: 'Terlalu banyak passphrase salah. Coba lagi dalam 15 menit.',
      not_enrolled: 'Anda belum terdaftar sebagai penanda tangan elektronik. Hubungi admin.',
      certificate_revoked: 'Sertifikat elektronik Anda telah dicabut dan tidak dapat dipakai menandatangani.',
      certificate_expired: 'Sertifikat elektronik Anda telah kedaluwarsa dan tidak dapat dipakai menandatangani.',
      not_configured: 'Layanan tanda tangan elektronik belum dikonfigurasi.',
      no_simulator: 'Simulator otoritas sertifikat tidak aktif.',
      unknown_officer: 'Petugas tidak ditemukan atau tidak aktif.',
      not_a_signer: 'Petugas ini tidak dapat bertindak sebagai penanda tangan.',
      already_enrolled: 'Petugas ini sudah terdaftar; cabut pendaftarannya dahulu.',
      signer_not_found: 'Penanda tangan tidak ditemukan.',
      service_unavailable: 'Layanan tanda tangan elektronik tidak dapat dihubungi. Coba lagi nanti.',
    },
    identity: {
      email_taken: 'Email ini sudah dipakai akun lain.',
      employee_number_taken: 'NIP ini sudah dipakai akun lain.',
    },
    officers: {
      not_found: 'Petugas tidak ditemukan.',
      deactivated: 'Akun petugas ini sudah dinonaktifkan.',
      grant_not_found: 'Permintaan peran tidak ditemukan atau sudah diputuskan.',
      same_admin:
        'Permintaan ini harus disetujui admin lain: bukan yang memintanya, bukan petugasnya, dan tidak ' +
        'terkait dengan keduanya (membuat akun atau menyetujui peran salah satunya). Kendali ganda.',
      cannot_deactivate_self: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
      last_admin: 'Admin terakhir yang aktif tidak dapat dinonaktifkan.',
    },
    applications: {
      not_found: 'Berkas tidak ditemukan.',
      not_assigned: 'Berkas ini tidak ditugaskan kepada Anda.',
      stale_version:
        'Berkas ini sudah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat keadaan terbaru.',
      action_not_allowed: 'Tindakan ini tidak dapat dilakukan pada tahap sekarang.',
      return_reasons_required: 'Pengembalian berkas wajib disertai alasan dan daftar yang harus diperbaiki.',
      legal_reason_required: 'Penolakan wajib disertai dasar hukum.',
      report_required: 'Kajian teknis wajib disertai laporan.',
      unknown_checklist_item: 'Daftar perbaikan memuat dokumen atau isian yang tidak ada pada layanan ini.',
      empty_checklist: 'Pilih minimal satu dokumen atau isian yang harus diperbaiki.',
      no_eligible_officer: 'Tidak ada petugas lain yang berwenang dan sedang bertugas.',
      not_in_office: 'Berkas ini tidak sedang diproses di kantor.',
      document_not_found: 'Dokumen tidak ditemukan.',
      reassign_needs_another_supervisor:
        'Anda baru saja mengalihkan berkas ini. Pengalihan berikutnya dalam 7 hari ' + 'harus dilakukan pengawas lain.',
      not_in_review:
        'Berkas ini tidak sedang dalam kajian teknis, jadi lampiran kajian tidak dapat ditambahkan. Muat ulang untuk melihat keadaan terbaru.',
    },
    documents: {
      too_large: 'Berkas terlalu besar. Lampiran paling besar 10 MB.',
      type_not_accepted: 'Jenis berkas tidak diterima. Gunakan PDF, JPG, atau PNG.',
      empty: 'Berkas kosong. Pilih berkas lain.',
      bad_file_name: 'Nama berkas tidak sah. Ganti nama berkasnya, lalu unggah lagi.',
      no_file: 'Pilih berkas terlebih dahulu.',
      one_file_only: 'Lampirkan satu berkas saja.',
      not_a_pdf:
        'Berkas ini bukan PDF yang utuh (rusak atau terpotong). ' +
        'Simpan ulang atau cetak ulang ke PDF, lalu unggah lagi.',
      pdf_active_content:
        'PDF ini memuat skrip, berkas sisipan, atau tindakan otomatis, yang tidak diterima. ' +
        'Cetak ulang ke PDF biasa, lalu unggah lagi.',
      pdf_encrypted:
        'PDF ini dikunci dengan kata sandi sehingga tidak dapat diperiksa. ' +
        'Buka kuncinya atau cetak ulang ke PDF, lalu unggah lagi.',
      pdf_uninspectable: 'PDF ini tidak dapat diperiksa. Cetak ulang ke PDF, lalu unggah lagi.',
      image_corrupt: 'Gambar ini rusak atau tidak lengkap. Ambil atau simpan ulang gambarnya, lalu unggah lagi.',
      image_dimensions: 'Ukuran gambar harus antara 1 dan 20.000 piksel pada setiap sisi.',
      busy: 'Banyak berkas sedang diperiksa. Unggah lagi sebentar lagi.',
    },
    idempotency: {
      key_reused: 'Permintaan ini bertabrakan dengan permintaan sebelumnya. Muat ulang berkas lalu coba lagi.',
      in_progress: 'Permintaan yang sama sedang diproses. Tunggu sebentar lalu coba lagi.',
      bad_key: 'Permintaan tidak dapat dikenali. Muat ulang halaman lalu coba lagi.',
    },
    payments: {
      no_invoice: 'Berkas ini tidak memiliki SKRD.',
      already_paid: 'SKRD ini sudah dibayar.',
      already_approved: 'Konfirmasi manual ini sudah disetujui.',
      reference_used: 'Referensi bank ini sudah pernah dipakai.',
      same_treasurer: 'Pembayaran manual harus disetujui bendahara lain, bukan yang mencatatnya (kendali ganda).',
      related_treasurer:
        'Pembayaran manual harus disetujui bendahara yang akunnya tidak dibuat atau disetujui oleh ' +
        'bendahara pencatat, atau sebaliknya (kendali ganda).',
      no_manual_confirmation: 'Konfirmasi manual tidak ditemukan.',
      not_found: 'SKRD atau konfirmasi manual tidak ditemukan.',
    },
    closures: {
      not_found: 'Penutupan tidak ditemukan.',
      already_ended: 'Penutupan ini sudah memiliki hari terakhir.',
      ends_before_start: 'Hari terakhir tidak boleh sebelum hari pertama.',
    },
    calendar: {
      already_holiday: 'Tanggal ini sudah tercatat sebagai hari libur.',
      out_of_range: 'Tanggal atau jumlah hari di luar kalender yang didukung (2000–2099).',
      year_published: 'Kalender tahun ini sudah ditandai lengkap.',
      already_revoked: 'Libur ini sudah dicabut.',
      not_found: 'Libur tidak ditemukan.',
    },
    transparency: { verify_running: 'Pemeriksaan log sedang berjalan. Tunggu hingga selesai lalu coba lagi.' },
    permits: {
      not_issued: 'Izin belum terbit untuk berkas ini.',
      already_revoked: 'Izin ini sudah dicabut.',
      not_found: 'Izin tidak ditemukan.',
    },
    delegations: {
      backdated: 'Delegasi tidak boleh dimulai pada tanggal yang sudah lewat.',
      overlap: 'Rentang tanggal bertumpang tindih dengan delegasi lain.',
      ends_before_start: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
      unknown_delegate: 'Petugas yang dipilih tidak dikenal atau tidak dapat menandatangani.',
      delegate_not_eligible:
        'Pejabat yang ditunjuk harus petugas lain yang aktif, sedang bertugas, dan boleh ' +
        'menandatangani: penandatangan, kepala bidang atau pengawas, bukan bendahara, auditor atau admin.',
      not_found: 'Delegasi tidak ditemukan.',
    },
    catalogue: {
      not_found: 'Layanan atau versi tidak ditemukan.',
      draft_exists: 'Layanan ini sudah memiliki draf.',
      stale_revision: 'Draf telah diubah oleh admin lain. Muat ulang untuk melihat versi terbaru.',
      version_immutable: 'Versi yang sudah terbit tidak dapat diubah.',
      same_author: 'Draf ini harus diterbitkan oleh Administrator lain (kendali ganda).',
      related_author:
        'Draf ini harus diterbitkan oleh Administrator yang akunnya tidak terkait dengan penyusun ' +
        'draf (kendali ganda).',
      invalid_definition: 'Definisi layanan tidak valid. Periksa kolom yang ditandai.',
      retired: 'Layanan ini sudah dihentikan.',
      valid_from_past: 'Tanggal mulai berlaku tidak boleh di masa lalu.',
      sla_mismatch: 'SLA harus sama dengan jumlah anggaran tahapan.',
      stage_order: 'Tahapan harus unik dan berurutan.',
      stage_missing: 'Tahapan wajib belum ada.',
      stage_role: 'Peran tahapan tidak sesuai.',
      duplicate_key: 'Kunci yang sama muncul dua kali.',
      unknown_application_kind: 'Jenis permohonan tidak dikenal layanan ini.',
      no_mandatory_requirement: 'Minimal satu persyaratan harus wajib.',
      select_without_options: 'Isian pilihan memerlukan opsi.',
      bad_range: 'Nilai minimum melebihi maksimum.',
      fee_field: 'Isian retribusi harus isian angka yang wajib diisi.',
      fee_without_basis: 'Retribusi memerlukan dasar hukum.',
    },
  },
}
