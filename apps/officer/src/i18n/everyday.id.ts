export default {
  everyday: {
    workItem: {
      tableOf: 'Tabel {name}',
    },
    printed: {
      number: 'Nomor izin',
      service: 'Layanan',
      applicationKind: 'Jenis permohonan',
      holder: 'Diberikan kepada',
      issuedOn: 'Tanggal terbit',
      validity: 'Masa berlaku',
      signer: 'Penandatangan',
      basis: 'Dasar persetujuan',
      deemed: 'Dianggap dikabulkan secara hukum (UU 30/2014 Pasal 53 sebagaimana diubah UU 6/2023)',
      audited: 'Membuka pratinjau ini tercatat di log audit karena memuat nama pemegang izin.',
      onlySigner: 'Pratinjau data izin hanya untuk petugas yang memegang tahap tanda tangan berkas ini.',
    },
  },
}
